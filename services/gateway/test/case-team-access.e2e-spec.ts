import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type GraphQLResult, startStack, type Stack, waitFor } from '@nrm/testing';
import { CASES, createReferral, demoUser, errorsOn, GRANT, mustSucceed, providerIds, RECORD_NEEDS_ASSESSMENT, RESPOND, submitPerson } from './support/nrm-fixtures';

/*
 * Need to know within a shelter (docs/domain.md §3, "Within a shelter: the case team"): shelter_staff read a person, and
 * the shelter's records of the person, only while the team of the person's open case at their shelter names them. The
 * case manager and the head read as the shelter. A change of the team holds on the very next read, both ways.
 */

const CM_A = '00000000-0000-4000-8000-000000000009';
const PSY_A = '00000000-0000-4000-8000-000000000010';
const CM_B = '00000000-0000-4000-8000-000000000011';
const CASE_MANAGER_OF: Record<string, string> = { 'cm.shelter-a': CM_A, 'cm.shelter-b': CM_B };
const ASSIGN = `mutation ($input: AssignCaseManagerInput!) { assignCaseManager(input: $input) { id caseManagerId } }`;
const SET_TEAM = `mutation ($input: SetCaseTeamInput!) { setCaseTeam(input: $input) { id teamMemberIds } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { id summary { sex } identity { givenName } health { assessments { area } } } }`;
const CASE = `query ($id: ID!) { case(id: $id) { id } }`;
const CLOSE = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { id status } }`;

describe('case team: shelter_staff read a person only while the case team names them', () => {
  let stack: Stack;
  let db: Client;
  let personId: string;
  let caseId: string;
  let personAtB: string;

  const as = async (username: string, query: string, variables: Record<string, unknown> = {}, correlationId?: string): Promise<GraphQLResult> =>
    stack.graphql(query, variables, await stack.tokenFor(username), correlationId ? { 'x-correlation-id': correlationId } : {});
  /** What the user reads of the person: each field ALLOWED or the code of its refusal. */
  const readsOf = async (username: string, id = personId, correlationId?: string): Promise<Record<string, string>> => {
    const result = await as(username, PERSON, { id }, correlationId);
    const person = (result.data as { person: Record<string, unknown> | null } | null | undefined)?.person ?? null;
    if (person === null) return { person: errorsOn(result, ['person']).join(',') || 'NONE' };
    return Object.fromEntries(
      ['summary', 'identity', 'health'].map((field) => [field, person[field] !== null ? 'ALLOWED' : errorsOn(result, ['person', field]).join(',')]),
    );
  };
  const setTeam = (username: string, memberIds: string[], id = caseId) => as(username, SET_TEAM, { input: { caseId: id, memberIds } });
  const codeOf = (result: GraphQLResult): unknown => result.errors?.[0]?.extensions?.['code'];
  const internal = async (service: string, path: string, username: string): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${stack.subgraphUrls[service]}${path}`, { headers: { authorization: `Bearer ${await stack.tokenFor(username)}`, accept: 'application/json' } });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
  const ALLOWED_ALL = { summary: 'ALLOWED', identity: 'ALLOWED', health: 'ALLOWED' };
  const REFUSED = { person: 'FORBIDDEN' };

  /** A person referred to the shelter, accepted, with consent to the shelter for IDENTITY and HEALTH, and a health record. */
  async function caseAt(agency: 'shelter-a' | 'shelter-b', caseManager: string, givenName: string): Promise<{ personId: string; caseId: string }> {
    const providers = await providerIds(stack);
    const { personId: id } = await submitPerson(stack, 'police.tirana', { givenName, familyName: 'Ekipi' });
    await mustSucceed(stack, 'ra.officer', GRANT, {
      input: { personId: id, granteeAgencyId: agency, purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY', 'HEALTH'], givenBy: 'PERSON', evidenceReference: 'CF-TEAM-1' },
    });
    const referralId = await createReferral(stack, id, providers[agency]!);
    await mustSucceed(stack, caseManager, RESPOND, { input: { referralId, decision: 'ACCEPT' } });
    const opened = await waitFor(
      async () => {
        const data = await mustSucceed<{ cases: { edges: Array<{ node: { id: string; person: { id: string } } }> } }>(stack, caseManager, CASES);
        return data.cases.edges.find((edge) => edge.node.person.id === id)?.node.id;
      },
      { timeoutMs: 20_000, description: `the case at ${agency}` },
    );
    // The case manager takes the unassigned case (assignCaseManager): the case's own case manager names its team.
    await mustSucceed(stack, caseManager, ASSIGN, { input: { caseId: opened, caseManagerId: CASE_MANAGER_OF[caseManager] } });
    await mustSucceed(stack, caseManager, RECORD_NEEDS_ASSESSMENT, { input: { caseId: opened, area: 'HEALTH', summary: 'GOOD' } });
    await waitFor(async () => JSON.stringify(await readsOf(caseManager, id)) === JSON.stringify(ALLOWED_ALL), {
      timeoutMs: 20_000,
      description: `${caseManager} reading the consented person`,
    });
    return { personId: id, caseId: opened };
  }

  beforeAll(async () => {
    stack = await startStack();
    db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    ({ personId, caseId } = await caseAt('shelter-a', 'cm.shelter-a', 'Teuta'));
    ({ personId: personAtB } = await caseAt('shelter-b', 'cm.shelter-b', 'Mimoza'));
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  }, 30_000);

  it('refuses a shelter_staff member the team does not name everything of the person, the summary included, and audits it', async () => {
    const correlationId = randomUUID();
    expect(await readsOf('psy.shelter-a', personId, correlationId)).toEqual(REFUSED);
    // The case itself is hidden from them as before, and the shelter's case manager and head read as the shelter.
    expect(codeOf(await as('psy.shelter-a', CASE, { id: caseId }))).toBe('FORBIDDEN');
    expect(await readsOf('cm.shelter-a')).toEqual(ALLOWED_ALL);
    expect(await readsOf('head.shelter-a')).toMatchObject({ summary: 'ALLOWED', identity: 'ALLOWED' });
    const { rows } = await db.query<{ decision: string; reason: string; actor_username: string; person_id: string }>(
      `SELECT decision, reason, actor_username, person_id FROM identification.audit_entry WHERE correlation_id = $1`,
      [correlationId],
    );
    expect(rows).toEqual([{ decision: 'DENIED', reason: 'FORBIDDEN', actor_username: 'psy.shelter-a', person_id: personId }]);
  });

  it('refuses the same at the internal endpoints, which answer for the token alone', async () => {
    // identification's access facts: the same answer as for a person the caller is not linked to.
    expect((await internal('identification', `/internal/access-facts/${personId}`, 'psy.shelter-a')).status).toBe(404);
    expect((await internal('identification', `/internal/access-facts/${personId}`, 'cm.shelter-a')).status).toBe(200);
    // shelters' case team: about the caller's own agency and subject; nothing in the path can name another user.
    expect(await internal('shelters', `/internal/case-team/person/${personId}`, 'psy.shelter-a')).toEqual({ status: 200, body: { personId, onCaseTeam: false } });
    expect(await internal('shelters', `/internal/case-team/person/${personId}?userId=${PSY_A}`, 'psy.shelter-a')).toEqual({ status: 200, body: { personId, onCaseTeam: false } });
    expect((await internal('shelters', `/internal/case-team/person/${encodeURIComponent("x' OR 1=1")}`, 'psy.shelter-a')).status).toBe(404);
    for (const username of ['police.tirana', 'ra.officer', 'coordinator']) {
      expect({ username, status: (await internal('shelters', `/internal/case-team/person/${personId}`, username)).status }).toEqual({ username, status: 403 });
    }
  });

  it('does not let staff put themselves on the team, another shelter name its own staff, or a forged id through', async () => {
    expect(codeOf(await setTeam('psy.shelter-a', [PSY_A]))).toBe('FORBIDDEN');
    expect(codeOf(await setTeam('cm.shelter-b', [PSY_A]))).toBe('FORBIDDEN');
    expect(codeOf(await setTeam('cm.shelter-a', [randomUUID()]))).toBe('BAD_USER_INPUT');
    expect(codeOf(await setTeam('cm.shelter-a', [CM_B]))).toBe('BAD_USER_INPUT');
    expect(codeOf(await setTeam('cm.shelter-a', ["x' OR 1=1"]))).toBe('BAD_USER_INPUT');
    expect(await readsOf('psy.shelter-a')).toEqual(REFUSED);
  });

  it('lets a member read at once when named, and refuses them at once when taken off', async () => {
    expect((await setTeam('head.shelter-a', [PSY_A])).errors).toBeUndefined();
    // The very next read, no waiting: the shelters service is the truth and is asked on every request.
    expect(await readsOf('psy.shelter-a')).toEqual(ALLOWED_ALL);
    expect((await as('psy.shelter-a', CASE, { id: caseId })).errors).toBeUndefined();
    expect(await internal('shelters', `/internal/case-team/person/${personId}`, 'psy.shelter-a')).toEqual({ status: 200, body: { personId, onCaseTeam: true } });
    // identification's access facts (what shelters asks before serving its records) link the member too.
    expect((await internal('identification', `/internal/access-facts/${personId}`, 'psy.shelter-a')).status).toBe(200);

    expect((await setTeam('cm.shelter-a', [])).errors).toBeUndefined();
    const correlationId = randomUUID();
    expect(await readsOf('psy.shelter-a', personId, correlationId)).toEqual(REFUSED);
    const { rows } = await db.query<{ decision: string; reason: string }>(`SELECT decision, reason FROM identification.audit_entry WHERE correlation_id = $1`, [correlationId]);
    expect(rows).toEqual([{ decision: 'DENIED', reason: 'FORBIDDEN' }]);
    // The case manager's own read never depended on the team.
    expect(await readsOf('cm.shelter-a')).toEqual(ALLOWED_ALL);
  });

  it("keeps another shelter's person from shelter-a's staff, on the team of their own case or not", async () => {
    expect((await setTeam('cm.shelter-a', [PSY_A])).errors).toBeUndefined();
    expect(await readsOf('psy.shelter-a')).toEqual(ALLOWED_ALL);
    expect(await readsOf('psy.shelter-a', personAtB)).toEqual(REFUSED);
    expect(await internal('shelters', `/internal/case-team/person/${personAtB}`, 'psy.shelter-a')).toEqual({ status: 200, body: { personId: personAtB, onCaseTeam: false } });
    expect(demoUser('cm.shelter-b').agencyId).toBe('shelter-b');
    expect(await readsOf('cm.shelter-b', personAtB)).toEqual(ALLOWED_ALL);
    expect(await readsOf('cm.shelter-b', personId)).toEqual(REFUSED);
  });

  it('refuses a member at once when the case closes, the team unchanged', async () => {
    // The team still names psy.shelter-a from the test above.
    expect(await readsOf('psy.shelter-a')).toEqual(ALLOWED_ALL);
    expect((await as('head.shelter-a', CLOSE, { input: { caseId, closureType: 'UNPLANNED', reviewNotes: 'Left the shelter without notice.' } })).errors).toBeUndefined();
    expect(await readsOf('psy.shelter-a')).toEqual(REFUSED);
  });
});
