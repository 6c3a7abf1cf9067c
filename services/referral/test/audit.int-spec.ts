import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { verifyChain } from '@nrm/audit';
import { runVerifyCommand } from '../../../libs/audit/src/cli/verify';
import { ReferralStatus } from '@nrm/domain';
import { identifiedPerson, referralInState, type ReferralUnderTest, seededProvider, startReferralWithProviders } from './referral-harness';

jest.setTimeout(60_000);

const CREATE = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`;
const REFERRALS = `query ($filter: ReferralFilter) { referrals(filter: $filter) { edges { node { id } } } }`;
const RESPOND = `mutation ($input: RespondToReferralInput!) { respondToReferral(input: $input) { id } }`;
const REFERRAL = `query ($id: ID!) { referral(id: $id) { id } }`;

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

describe("referral's audit chain (real PostgreSQL, signed tokens)", () => {
  let subgraph: ReferralUnderTest;
  // The login user (a superuser in dev and CI): reads the chain as an administrator would.
  let owner: Client;

  beforeAll(async () => {
    subgraph = await startReferralWithProviders();
    owner = new Client({ connectionString: process.env['DATABASE_URL'] });
    await owner.connect();
  }, 60_000);

  afterAll(async () => {
    await owner?.end();
    await subgraph?.close();
  });

  /** Calls as the user with a fresh correlation id, and returns the error code with the entries the call wrote. */
  async function attempt(username: string, query: string, variables: Record<string, unknown>): Promise<{ code: unknown; entries: AuditRow[] }> {
    const correlationId = randomUUID();
    const result = await subgraph.graphql(query, variables, await subgraph.tokenFor(username), { 'x-correlation-id': correlationId });
    const { rows } = await owner.query<AuditRow>(
      `SELECT actor_username, actor_agency_id, actor_role, person_id, categories, action, basis, decision, reason
       FROM referral.audit_entry WHERE correlation_id = $1 ORDER BY seq`,
      [correlationId],
    );
    return { code: result.errors?.[0]?.extensions['code'], entries: rows };
  }

  const denied = (username: string, agencyId: string, role: string, personId: string | null, action: string) => ({
    actor_username: username,
    actor_agency_id: agencyId,
    actor_role: role,
    person_id: personId,
    categories: [],
    action,
    basis: null,
    decision: 'DENIED',
    reason: 'FORBIDDEN',
  });

  it("records a first responder's createReferral, refused by role, as a DENIED write about the person", async () => {
    const { personId } = await identifiedPerson(subgraph);
    const result = await attempt('police.tirana', CREATE, { input: { personId, providerId: seededProvider('shelter-a').id } });
    expect(result).toEqual({ code: 'FORBIDDEN', entries: [denied('police.tirana', 'police-tirana', 'first_responder', personId, 'WRITE')] });
  });

  it("records the police's referrals(filter: { personId }) as a DENIED read about the person", async () => {
    const { personId } = await identifiedPerson(subgraph);
    const result = await attempt('police.tirana', REFERRALS, { filter: { personId } });
    expect(result).toEqual({ code: 'FORBIDDEN', entries: [denied('police.tirana', 'police-tirana', 'first_responder', personId, 'READ')] });
  });

  it('records a refusal about an id this service knows nothing of without a person', async () => {
    const result = await attempt('police.tirana', CREATE, { input: { personId: randomUUID(), providerId: seededProvider('shelter-a').id } });
    expect(result).toEqual({ code: 'FORBIDDEN', entries: [denied('police.tirana', 'police-tirana', 'first_responder', null, 'WRITE')] });
  });

  it('writes at most 10 refusals a minute about unknown ids per user, and every refusal about a known person', async () => {
    const written: number[] = [];
    for (let index = 0; index < 12; index += 1) {
      const result = await attempt('coordinator', REFERRALS, { filter: { personId: randomUUID() } });
      expect(result.code).toBe('FORBIDDEN');
      written.push(result.entries.length);
    }
    expect(written).toEqual([...Array<number>(10).fill(1), 0, 0]);
    const { personId } = await identifiedPerson(subgraph);
    const known = await attempt('coordinator', REFERRALS, { filter: { personId } });
    expect(known.entries).toEqual([denied('coordinator', 'national-coordinator', 'national_coordinator', personId, 'READ')]);
  });

  it("records another provider's answer to, or read of, a referral as a DENIED attempt about the referral's person", async () => {
    const person = await identifiedPerson(subgraph);
    const referralId = await referralInState(subgraph, person, seededProvider('shelter-a'), ReferralStatus.PENDING);
    const answer = await attempt('cm.shelter-b', RESPOND, { input: { referralId, decision: 'ACCEPT' } });
    expect(answer).toEqual({ code: 'FORBIDDEN', entries: [denied('cm.shelter-b', 'shelter-b', 'case_manager', person.personId, 'WRITE')] });
    const read = await attempt('cm.shelter-b', REFERRAL, { id: referralId });
    expect(read).toEqual({ code: 'FORBIDDEN', entries: [denied('cm.shelter-b', 'shelter-b', 'case_manager', person.personId, 'READ')] });
  });

  it('writes no entry for a refusal that names no person (a referral id is not a person)', async () => {
    const result = await attempt('police.tirana', RESPOND, { input: { referralId: randomUUID(), decision: 'ACCEPT' } });
    expect(result).toEqual({ code: 'FORBIDDEN', entries: [] });
  });

  it('keeps the chain append-only for the service and verifiable, by the API and by the command line under its service name', async () => {
    await expect(subgraph.dataSource.query(`UPDATE referral.audit_entry SET actor_agency_id = 'x'`)).rejects.toThrow(/permission denied|append-only/);
    expect(await verifyChain(owner, 'referral')).toMatchObject({ ok: true, firstBrokenAt: null });
    const command = await runVerifyCommand(['referral'], { DATABASE_URL: process.env['DATABASE_URL'] });
    expect(command.exitCode).toBe(0);
    expect(JSON.parse(command.lines[0]!)).toMatchObject({ schema: 'referral', ok: true, firstBrokenAt: null });
  });
});
