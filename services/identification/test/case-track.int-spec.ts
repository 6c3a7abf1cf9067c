import { randomUUID } from 'node:crypto';
import type { EventConsumer, EventEnvelope } from '@nrm/events';
import type { SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

/*
 * Identification's side of the case track (docs/domain.md, "The case track"): the directory lookup the shelters
 * service checks case managers and team members on (GET /internal/directory/members/:userId, the caller's own agency
 * only), and `case.closed` ending the shelter's OPEN_CASE relationship.
 */

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { person { id reference } } }`;
const CM_A = '00000000-0000-4000-8000-000000000009';
const PSY_A = '00000000-0000-4000-8000-000000000010';
const CM_B = '00000000-0000-4000-8000-000000000011';

describe('identification: the case track', () => {
  let subgraph: SubgraphUnderTest;
  let consumer: EventConsumer;

  beforeAll(async () => {
    subgraph = await startIdentification();
    consumer = subgraph.consumer!;
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  describe('GET /internal/directory/members/:userId', () => {
    it("answers a case manager or head about a user of their own shelter: ids, roles and team function, never an e-mail", async () => {
      for (const username of ['cm.shelter-a', 'head.shelter-a']) {
        const answer = await subgraph.get<Record<string, unknown>>(`/internal/directory/members/${PSY_A}`, await subgraph.tokenFor(username));
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({ id: PSY_A, agencyId: 'shelter-a', roles: ['shelter_staff'], teamFunction: 'PSYCHOLOGIST' });
        expect(answer.text).not.toMatch(/@|email/i);
      }
      expect((await subgraph.get(`/internal/directory/members/${CM_A}`, await subgraph.tokenFor('cm.shelter-a'))).status).toBe(200);
    });

    it("answers another shelter's user, an unknown one and a malformed id alike: 404", async () => {
      const token = await subgraph.tokenFor('cm.shelter-a');
      const other = await subgraph.get(`/internal/directory/members/${CM_B}`, token);
      const unknown = await subgraph.get(`/internal/directory/members/${randomUUID()}`, token);
      const malformed = await subgraph.get(`/internal/directory/members/${encodeURIComponent("x' OR 1=1")}`, token);
      expect([other.status, unknown.status, malformed.status]).toEqual([404, 404, 404]);
      expect(other.text).toBe(unknown.text);
    });

    it('refuses every other role, and no token at all', async () => {
      for (const username of ['psy.shelter-a', 'police.tirana', 'ra.officer', 'admin']) {
        expect((await subgraph.get(`/internal/directory/members/${PSY_A}`, await subgraph.tokenFor(username))).status).toBe(403);
      }
      expect((await subgraph.get(`/internal/directory/members/${PSY_A}`)).status).toBe(401);
    });
  });

  describe('case.closed', () => {
    function envelope<T extends 'case.opened' | 'case.closed'>(type: T, payload: EventEnvelope<T>['payload']): EventEnvelope<T> {
      return { id: randomUUID(), type, aggregateId: randomUUID(), payload, occurredAt: new Date().toISOString(), correlationId: null, producer: 'shelters' };
    }

    async function openCaseLinks(personId: string): Promise<Array<{ source_id: string; active: boolean }>> {
      return subgraph.dataSource.query(
        `SELECT source_id::text, active FROM identification.person_relationship WHERE person_id = $1 AND agency_id = 'shelter-a' AND relationship = 'OPEN_CASE'`,
        [personId],
      );
    }

    it("ends the shelter's OPEN_CASE relationship of that case only, once", async () => {
      const submitted = await subgraph.graphql<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(
        SUBMIT,
        { input: adultInput() },
        await subgraph.tokenFor('police.tirana'),
      );
      const { id: personId, reference } = submitted.data!.submitInitialIdentification.person;
      const [first, second] = [randomUUID(), randomUUID()];
      for (const caseId of [first, second]) {
        await expect(consumer.handle(envelope('case.opened', { caseId, referralId: randomUUID(), personId, reference, providerAgencyId: 'shelter-a' }))).resolves.toBe('processed');
      }
      const closed = envelope('case.closed', { caseId: first, referralId: randomUUID(), personId, providerAgencyId: 'shelter-a', status: 'CLOSED_REFERRED', closureType: null });
      await expect(consumer.handle(closed)).resolves.toBe('processed');
      await expect(consumer.handle(closed)).resolves.toBe('duplicate');
      const links = await openCaseLinks(personId);
      expect(links.find((link) => link.source_id === first)?.active).toBe(false);
      expect(links.find((link) => link.source_id === second)?.active).toBe(true);
    });
  });
});
