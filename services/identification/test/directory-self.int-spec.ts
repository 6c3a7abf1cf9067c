import type { SubgraphUnderTest } from '@nrm/testing';
import { startIdentification } from './identification-harness';

/*
 * GET /internal/directory/me: the notifications service asks, with the reader's own token, which team function the
 * directory gives the reader (docs/domain.md §2 step 4, "Urgent findings"). Each caller learns only its own entry.
 */
describe('GET /internal/directory/me', () => {
  let subgraph: SubgraphUnderTest;

  beforeAll(async () => {
    subgraph = await startIdentification();
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it("answers the caller's own team function, and nothing else about the caller or anyone", async () => {
    const psychologist = await subgraph.get<Record<string, unknown>>('/internal/directory/me', await subgraph.tokenFor('psy.shelter-a'));
    expect(psychologist.status).toBe(200);
    expect(psychologist.body).toEqual({ teamFunction: 'PSYCHOLOGIST' });
    for (const username of ['cm.shelter-a', 'head.shelter-a', 'ra.officer', 'rdsss.tirana']) {
      const other = await subgraph.get<Record<string, unknown>>('/internal/directory/me', await subgraph.tokenFor(username));
      expect({ username, status: other.status, body: other.body }).toEqual({ username, status: 200, body: { teamFunction: null } });
    }
  });

  it('refuses a request without a token', async () => {
    const anonymous = await subgraph.get('/internal/directory/me');
    expect(anonymous.status).toBe(401);
  });
});
