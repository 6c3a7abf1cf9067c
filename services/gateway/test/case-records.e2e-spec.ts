import { Client } from 'pg';
import { startStack, type GraphQLResult, type Stack, waitFor } from '@nrm/testing';
import { CASES, createReferral, errorsOn, mustSucceed, providerIds, RESPOND, submitPerson } from './support/nrm-fixtures';

/**
 * Case management through the gateway with the demo users' real tokens (docs/domain.md §2 steps 4–7): the urgent
 * alert on suicide risk reaching the shelter's case manager and psychologist in myNotifications within seconds and
 * nobody else; the reintegration plan locked by signatures; monitoring contacts and the next contact due; a complaint
 * to the state social service kept from the shelter's staff.
 */
const ASSESS = `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id } }`;
const MINE = `query { myNotifications(first: 200) { id kind subjectRef subjectId dueAt } }`;
const SAVE = `mutation ($input: SaveReintegrationPlanInput!) { saveReintegrationPlan(input: $input) { id version status } }`;
const SIGN = `mutation ($input: SignReintegrationPlanInput!) { signReintegrationPlan(input: $input) { version status } }`;
const PLANS = `query ($id: ID!) { person(id: $id) { id reintegrationPlans { version status objectives { objective } } } }`;
const CONTACT = `mutation ($input: RecordMonitoringContactInput!) { recordMonitoringContact(input: $input) { contact { id phase contactedAt } nextContactDueAt } }`;
const CASE_DUE = `query ($id: ID!) { case(id: $id) { id nextMonitoringContactDueAt } }`;
const LODGE = `mutation ($input: LodgeComplaintInput!) { lodgeComplaint(input: $input) { id addressee } }`;
const COMPLAINTS = `query { complaints(first: 200) { id description } }`;

const ADMIT = `mutation ($input: AdmitToCaseInput!) { admitToCase(input: $input) { id status } }`;
const SET_TEAM = `mutation ($input: SetCaseTeamInput!) { setCaseTeam(input: $input) { id } }`;
const MOVE_PHASE = `mutation ($input: MoveCasePhaseInput!) { moveCasePhase(input: $input) { id phase } }`;

describe('case records through the gateway', () => {
  let stack: Stack;
  let db: Client;
  let personId: string;
  let caseId: string;

  const codeOf = (result: GraphQLResult): unknown => result.errors?.[0]?.extensions?.['code'];
  const as = async (username: string, query: string, variables: Record<string, unknown> = {}) => stack.graphql(query, variables, await stack.tokenFor(username));

  beforeAll(async () => {
    stack = await startStack();
    db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    const providers = await providerIds(stack);
    ({ personId } = await submitPerson(stack, 'police.tirana', { givenName: 'Drita', familyName: 'Caserecords' }));
    const referralId = await createReferral(stack, personId, providers['shelter-a']!);
    await mustSucceed(stack, 'cm.shelter-a', RESPOND, { input: { referralId, decision: 'ACCEPT' } });
    caseId = await waitFor(
      async () => {
        const data = await mustSucceed<{ cases: { edges: Array<{ node: { id: string; person: { id: string } } }> } }>(stack, 'cm.shelter-a', CASES);
        return data.cases.edges.find((edge) => edge.node.person.id === personId)?.node.id;
      },
      { timeoutMs: 20_000, description: 'the case of the accepted referral' },
    );
    // Admitted, and psy.shelter-a named on the team: shelter_staff work only on their team's cases.
    await mustSucceed(stack, 'cm.shelter-a', ADMIT, { input: { caseId, admittedAt: new Date().toISOString(), placementType: 'RESIDENTIAL_SHELTER' } });
    await mustSucceed(stack, 'head.shelter-a', SET_TEAM, { input: { caseId, memberIds: ['00000000-0000-4000-8000-000000000010'] } });
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  }, 30_000);

  it('tells the case manager and the psychologist of suicide risk within seconds, and nobody else', async () => {
    await mustSucceed(stack, 'psy.shelter-a', ASSESS, {
      input: { caseId, area: 'PSYCHOSOCIAL', summary: 'DIFFICULTIES_OUTWEIGH_STRENGTHS', suicideRisk: true, notes: 'Spoke of self-harm' },
    });
    const started = Date.now();
    const alertOf = async (username: string) => {
      const data = await mustSucceed<{ myNotifications: Array<{ kind: string; subjectId: string }> }>(stack, username, MINE);
      return data.myNotifications.find((notification) => notification.kind === 'URGENT_SUICIDE_RISK' && notification.subjectId === caseId);
    };
    await waitFor(() => alertOf('cm.shelter-a'), { timeoutMs: 10_000, description: "the case manager's urgent alert" });
    await waitFor(() => alertOf('psy.shelter-a'), { timeoutMs: 10_000, description: "the psychologist's urgent alert" });
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const other of ['head.shelter-a', 'cm.shelter-b', 'ra.officer', 'rdsss.tirana']) expect({ other, alert: await alertOf(other) }).toEqual({ other, alert: undefined });
    const mine = await as('psy.shelter-a', MINE);
    expect(JSON.stringify(mine.data)).not.toContain('self-harm');
  });

  it('locks a signed reintegration plan: a change is a new version, and both stay readable to the shelter only', async () => {
    const input = (objective: string) => ({
      caseId,
      objectives: [{ area: 'EMPLOYMENT', objective, actions: [{ description: 'CV workshop', responsible: 'PERSON', reviewDate: '2099-05-01', successIndicator: 'CV ready' }] }],
    });
    await mustSucceed(stack, 'cm.shelter-a', SAVE, { input: input('A first job') });
    await mustSucceed(stack, 'cm.shelter-a', SIGN, { input: { caseId, version: 1, signatory: 'PERSON' } });
    const signed = await mustSucceed<{ signReintegrationPlan: { status: string } }>(stack, 'cm.shelter-a', SIGN, { input: { caseId, version: 1, signatory: 'CASE_MANAGER' } });
    expect(signed.signReintegrationPlan.status).toBe('SIGNED');
    const next = await mustSucceed<{ saveReintegrationPlan: { version: number } }>(stack, 'cm.shelter-a', SAVE, { input: input('A better job') });
    expect(next.saveReintegrationPlan.version).toBe(2);

    const own = await as('cm.shelter-a', PLANS, { id: personId });
    expect(own.errors ?? []).toEqual([]);
    expect((own.data?.['person'] as { reintegrationPlans: Array<{ version: number; status: string }> }).reintegrationPlans.map((v) => [v.version, v.status])).toEqual([
      [1, 'SIGNED'],
      [2, 'DRAFT'],
    ]);
    expect(errorsOn(await as('ra.officer', PLANS, { id: personId }), ['person', 'reintegrationPlans'])).toContain('CONSENT_REQUIRED');

    expect(codeOf(await as('psy.shelter-a', SIGN, { input: { caseId, version: 2, signatory: 'CASE_MANAGER' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('cm.shelter-b', SAVE, { input: input('hijack') }))).toBe('FORBIDDEN');
    expect(codeOf(await as('cm.shelter-a', SIGN, { input: { caseId, version: 1, signatory: 'PERSON' } }))).toBe('CONFLICT');
  });

  it('gives the next monitoring contact due by the phase of the case', async () => {
    await mustSucceed(stack, 'head.shelter-a', MOVE_PHASE, { input: { caseId, phase: 'STABILISATION' } });
    // Now (contactedAt left out): the case opened seconds ago, and a contact before it is refused.
    const recorded = await mustSucceed<{ recordMonitoringContact: { contact: { contactedAt: string }; nextContactDueAt: string } }>(stack, 'cm.shelter-a', CONTACT, {
      input: { caseId, mode: 'PHONE', areas: ['EMOTIONS', 'EMPLOYMENT'] },
    });
    const contactedAt = new Date(recorded.recordMonitoringContact.contact.contactedAt);
    expect(new Date(recorded.recordMonitoringContact.nextContactDueAt).getTime()).toBe(contactedAt.getTime() + 7 * 86_400_000);
    await mustSucceed(stack, 'head.shelter-a', MOVE_PHASE, { input: { caseId, phase: 'SOCIAL_INCLUSION' } });
    const due = await mustSucceed<{ case: { nextMonitoringContactDueAt: string } }>(stack, 'cm.shelter-a', CASE_DUE, { id: caseId });
    const monthLater = new Date(contactedAt);
    monthLater.setUTCMonth(monthLater.getUTCMonth() + 1);
    expect(new Date(due.case.nextMonitoringContactDueAt).getTime()).toBe(monthLater.getTime());
    expect(codeOf(await as('cm.shelter-a', CONTACT, { input: { caseId, mode: 'PHONE', areas: ['her mood'] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('cm.shelter-b', CONTACT, { input: { caseId, mode: 'PHONE', areas: ['FAMILY'] } }))).toBe('FORBIDDEN');
  });

  it('keeps a complaint to the state social service from every member of the shelter', async () => {
    const lodged = await mustSucceed<{ lodgeComplaint: { id: string } }>(stack, 'cm.shelter-a', LODGE, {
      input: { caseId, anonymous: false, channel: 'VERBAL', addressee: 'STATE_SOCIAL_SERVICE', aspect: 'STAFF_CONDUCT', description: 'Threatened with eviction' },
    });
    const ids = async (username: string) => ((await mustSucceed<{ complaints: Array<{ id: string }> }>(stack, username, COMPLAINTS)).complaints ?? []).map((c) => c.id);
    for (const staff of ['cm.shelter-a', 'psy.shelter-a', 'head.shelter-a', 'cm.shelter-b']) expect({ staff, sees: (await ids(staff)).includes(lodged.lodgeComplaint.id) }).toEqual({ staff, sees: false });
    expect(await ids('rdsss.tirana')).toContain(lodged.lodgeComplaint.id);
    expect(codeOf(await as('ra.officer', COMPLAINTS))).toBe('FORBIDDEN');
  });
});
