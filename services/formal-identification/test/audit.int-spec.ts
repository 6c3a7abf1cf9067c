import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { verifyChain } from '@nrm/audit';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { runVerifyCommand } from '../../../libs/audit/src/cli/verify';
import { formalIdentificationDefinition } from '../src/service-definition';

jest.setTimeout(60_000);

const LIST = `query List($personId: ID!) { formalIdentifications(personId: $personId) { id } }`;

interface AuditRow {
  actor_username: string;
  actor_agency_id: string;
  actor_role: string;
  person_id: string | null;
  categories: string[];
  action: string;
  basis: string | null;
  decision: string;
  reason: string | null;
}

describe("formal identification's audit chain (real PostgreSQL, signed tokens)", () => {
  let subgraph: SubgraphUnderTest;
  // The login user (a superuser in dev and CI): writes fixtures and reads the chain as an administrator would.
  let owner: Client;

  beforeAll(async () => {
    subgraph = await startSubgraph(formalIdentificationDefinition);
    owner = new Client({ connectionString: process.env['DATABASE_URL'] });
    await owner.connect();
  }, 60_000);

  afterAll(async () => {
    await owner?.end();
    await subgraph?.close();
  });

  /** A person with a requested formal identification (written as a fixture: requests are recorded by a later mutation). */
  async function personWithFormalIdentification(): Promise<string> {
    const personId = randomUUID();
    await owner.query(
      `INSERT INTO formal_identification.formal_identification (id, person_id, status, requested_by_agency_id, requested_by)
       VALUES ($1, $2, 'REQUESTED', 'responsible-authority', 'ra-user')`,
      [randomUUID(), personId],
    );
    return personId;
  }

  async function attempt(username: string, personId: string): Promise<{ code: unknown; entries: AuditRow[] }> {
    const correlationId = randomUUID();
    const result = await subgraph.graphql(LIST, { personId }, await subgraph.tokenFor(username), { 'x-correlation-id': correlationId });
    const { rows } = await owner.query<AuditRow>(
      `SELECT actor_username, actor_agency_id, actor_role, person_id, categories, action, basis, decision, reason
       FROM formal_identification.audit_entry WHERE correlation_id = $1 ORDER BY seq`,
      [correlationId],
    );
    return { code: result.errors?.[0]?.extensions['code'], entries: rows };
  }

  const denied = (username: string, agencyId: string, role: string, personId: string | null) => ({
    actor_username: username,
    actor_agency_id: agencyId,
    actor_role: role,
    person_id: personId,
    categories: [],
    action: 'READ',
    basis: null,
    decision: 'DENIED',
    reason: 'FORBIDDEN',
  });

  it("records formalIdentifications(personId) by a role outside the group's work as a DENIED read about the person", async () => {
    const personId = await personWithFormalIdentification();
    expect(await attempt('police.tirana', personId)).toEqual({ code: 'FORBIDDEN', entries: [denied('police.tirana', 'police-tirana', 'first_responder', personId)] });
    expect(await attempt('cm.shelter-a', personId)).toEqual({ code: 'FORBIDDEN', entries: [denied('cm.shelter-a', 'shelter-a', 'case_manager', personId)] });
  });

  it('records a refusal about an id this service knows nothing of without a person, at most 10 a minute per user', async () => {
    const written: number[] = [];
    for (let index = 0; index < 12; index += 1) {
      const result = await attempt('coordinator', randomUUID());
      expect(result.code).toBe('FORBIDDEN');
      expect(result.entries.every((entry) => entry.person_id === null)).toBe(true);
      written.push(result.entries.length);
    }
    expect(written).toEqual([...Array<number>(10).fill(1), 0, 0]);
    // A refusal about a person this service knows is never limited.
    const personId = await personWithFormalIdentification();
    expect((await attempt('coordinator', personId)).entries).toEqual([denied('coordinator', 'national-coordinator', 'national_coordinator', personId)]);
  });

  it('keeps the chain append-only for the service and verifiable, by the command line under the service name', async () => {
    await expect(subgraph.dataSource.query(`DELETE FROM formal_identification.audit_entry`)).rejects.toThrow(/permission denied|append-only/);
    expect(await verifyChain(owner, 'formal_identification')).toMatchObject({ ok: true, firstBrokenAt: null });
    const command = await runVerifyCommand(['formal-identification'], { DATABASE_URL: process.env['DATABASE_URL'] });
    expect(command.exitCode).toBe(0);
    expect(JSON.parse(command.lines[0]!)).toMatchObject({ schema: 'formal_identification', ok: true, firstBrokenAt: null });
  });
});
