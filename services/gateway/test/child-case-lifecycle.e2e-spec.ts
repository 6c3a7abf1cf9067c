import { startStack, type Stack, waitFor } from '@nrm/testing';
import { as, type CaseView, CREATE_REFERRAL, errorsOn, GRANT, identificationInput, mustSucceed, providerIds, RECORD_NEEDS_ASSESSMENT, SUBMIT } from './support/nrm-fixtures';

/*
 * A child's case from the first responder's submission to its closure, through the gateway as the demo users
 * (docs/domain.md §2 steps 1–8, "The case track"): the child is identified with a guardian present and the child
 * protection unit of the region is told; the unit records the guardian's consent (never the child's alone); the RA
 * refers the child to the one shelter that takes children; the shelter accepts, admits, the head assigns the case
 * manager, the team is named, the needs assessed, a plan signed by the child, the case manager and the guardian,
 * contacts recorded, the phases moved, follow-up started, the case closed. Then the placement ends: the referral is
 * closed, the place given back, the shelter's placement relationship ended in identification, and the RA refers the
 * child again at once (before the closure's events have necessarily arrived).
 */

const CM_A = '00000000-0000-4000-8000-000000000009';
const PSY_A = '00000000-0000-4000-8000-000000000010';

const NOTIFICATIONS = `{ myNotifications(first: 200) { kind subjectRef } }`;
const RESPOND = `mutation ($input: RespondToReferralInput!) { respondToReferral(input: $input) { id status caseId provider { placesFree } } }`;
const REFERRAL = `query ($id: ID!) { referral(id: $id) { id status closedAt provider { agencyId placesFree } } }`;
const CASE_FIELDS = `id status phase reference caseManagerId teamMemberIds closedAt closureType`;
const CASE = `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
const CASE_LIST = `{ cases(first: 100) { edges { node { id status reference person { id reference } } } } }`;
const ADMIT = `mutation ($input: AdmitToCaseInput!) { admitToCase(input: $input) { ${CASE_FIELDS} } }`;
const ASSIGN = `mutation ($input: AssignCaseManagerInput!) { assignCaseManager(input: $input) { ${CASE_FIELDS} } }`;
const SET_TEAM = `mutation ($input: SetCaseTeamInput!) { setCaseTeam(input: $input) { ${CASE_FIELDS} } }`;
const MOVE = `mutation ($input: MoveCasePhaseInput!) { moveCasePhase(input: $input) { ${CASE_FIELDS} } }`;
const FOLLOW_UP = `mutation ($caseId: ID!) { startFollowUp(caseId: $caseId) { ${CASE_FIELDS} } }`;
const CLOSE = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { ${CASE_FIELDS} } }`;
const SAVE_PLAN = `mutation ($input: SaveReintegrationPlanInput!) { saveReintegrationPlan(input: $input) { id version status guardianRequired } }`;
const SIGN_PLAN = `mutation ($input: SignReintegrationPlanInput!) { signReintegrationPlan(input: $input) { version status guardianSignedAt signedAt } }`;
const CONTACT = `mutation ($input: RecordMonitoringContactInput!) { recordMonitoringContact(input: $input) { contact { id phase } nextContactDueAt } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { id summary { isChild } identity { givenName } } }`;


describe('a child’s case from submission to closure, through the gateway', () => {
  let stack: Stack;
  let providers: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    providers = await providerIds(stack);
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  async function codeOf(username: string, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
    const result = await as(stack, username, query, variables);
    expect(result.errors).toBeDefined();
    return result.errors![0]!.extensions.code;
  }

  async function told(username: string, kind: string, reference: string): Promise<boolean> {
    const result = await as<{ myNotifications: Array<{ kind: string; subjectRef: string }> }>(stack, username, NOTIFICATIONS);
    return Boolean(result.data?.myNotifications.some((entry) => entry.kind === kind && entry.subjectRef === reference));
  }

  /** What a reader gets of the child: `OK` for the category, or the code it was refused with. */
  async function reads(username: string, personId: string, category: 'summary' | 'identity'): Promise<unknown> {
    const result = await as<{ person: { summary: unknown; identity: unknown } | null }>(stack, username, PERSON, { id: personId });
    if (result.data?.person?.[category]) return 'OK';
    return errorsOn(result, ['person', category])[0] ?? 'NONE';
  }

  async function placesFreeAtShelterA(referralId: string): Promise<number> {
    const data = await mustSucceed<{ referral: { provider: { placesFree: number } } }>(stack, 'ra.officer', REFERRAL, { id: referralId });
    return data.referral.provider.placesFree;
  }

  it('runs the whole case and gives the place back at the closure; the child can be referred again at once', async () => {
    // 1. Identification: a girl of 13, interviewed with her guardian present, in Tirana.
    const base = identificationInput({ givenName: 'Ana', familyName: 'Femija', child: true });
    const submitted = await mustSucceed<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(stack, 'police.tirana', SUBMIT, {
      input: { ...base, interview: { ...(base['interview'] as Record<string, unknown>), guardianPresent: true } },
    });
    const { id: personId, reference } = submitted.submitInitialIdentification.person;
    // The RA and the child protection unit of the region are told (by reference); another region's unit is not.
    await waitFor(() => told('cpw.tirana', 'NEW_IDENTIFICATION', reference), { timeoutMs: 20_000, description: 'the child protection unit told' });
    await waitFor(() => told('ra.officer', 'NEW_IDENTIFICATION', reference), { timeoutMs: 20_000, description: 'the RA told' });
    expect(await told('cpw.gjirokaster', 'NEW_IDENTIFICATION', reference)).toBe(false);

    // 2. Consent: a child never consents alone; the unit records the guardian's consent to the shelter.
    const alone = { personId, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'CF-2026-CHILD-1' };
    const refusedAlone = await as(stack, 'cpw.tirana', GRANT, { input: alone });
    expect(refusedAlone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.givenBy'] });
    await mustSucceed(stack, 'cpw.tirana', GRANT, { input: { ...alone, givenBy: 'GUARDIAN' } });

    // 3. Referral: the adults' shelter is refused for a child; the shelter that serves children takes her.
    const toAdults = await waitFor(
      async () => {
        const result = await as<{ createReferral: { id: string } }>(stack, 'ra.officer', CREATE_REFERRAL, { input: { personId, providerId: providers['shelter-b'], urgent: true } });
        const code = result.errors?.[0]?.extensions.code;
        return code === 'NOT_FOUND' ? undefined : { code, message: result.errors?.[0]?.message ?? '' };
      },
      { timeoutMs: 30_000, intervalMs: 100, description: 'the referral service knows the child' },
    );
    expect(toAdults.code).toBe('CONFLICT');
    expect(toAdults.message).toMatch(/child/i);
    const referred = await mustSucceed<{ createReferral: { id: string } }>(stack, 'ra.officer', CREATE_REFERRAL, { input: { personId, providerId: providers['shelter-a'], urgent: true } });
    const referralId = referred.createReferral.id;
    const placesBefore = await placesFreeAtShelterA(referralId);
    expect(await codeOf('cm.shelter-b', RESPOND, { input: { referralId, decision: 'ACCEPT' } })).toBe('FORBIDDEN');
    const accepted = await mustSucceed<{ respondToReferral: { caseId: string; provider: { placesFree: number } } }>(stack, 'cm.shelter-a', RESPOND, {
      input: { referralId, decision: 'ACCEPT' },
    });
    const { caseId } = accepted.respondToReferral;
    expect(accepted.respondToReferral.provider.placesFree).toBe(placesBefore - 1);
    await waitFor(async () => (await reads('cm.shelter-a', personId, 'identity')) === 'OK', { timeoutMs: 20_000, description: 'the shelter reads what the guardian consented to' });

    // 4. The case track: admission, the head assigns the case manager, the team, the assessment, the plan.
    const admitted = await mustSucceed<{ admitToCase: CaseView }>(stack, 'cm.shelter-a', ADMIT, {
      input: { caseId, admittedAt: new Date(Date.now() - 3_600_000).toISOString(), placementType: 'RESIDENTIAL_SHELTER' },
    });
    expect(admitted.admitToCase).toMatchObject({ status: 'ACTIVE', phase: 'CRISIS_INTERVENTION', reference });
    expect(await codeOf('cm.shelter-b', ASSIGN, { input: { caseId, caseManagerId: CM_A } })).toBe('FORBIDDEN');
    expect((await mustSucceed<{ assignCaseManager: CaseView }>(stack, 'head.shelter-a', ASSIGN, { input: { caseId, caseManagerId: CM_A } })).assignCaseManager.caseManagerId).toBe(CM_A);
    expect((await mustSucceed<{ setCaseTeam: CaseView }>(stack, 'cm.shelter-a', SET_TEAM, { input: { caseId, memberIds: [PSY_A] } })).setCaseTeam.teamMemberIds).toEqual([PSY_A]);
    await mustSucceed(stack, 'psy.shelter-a', RECORD_NEEDS_ASSESSMENT, { input: { caseId, area: 'PSYCHOSOCIAL', summary: 'SOME_DIFFICULTIES', notes: 'Settling in.' } });
    await mustSucceed(stack, 'cm.shelter-a', RECORD_NEEDS_ASSESSMENT, { input: { caseId, area: 'EDUCATION', summary: 'NOT_ENROLLED_MISSED_YEARS' } });

    const plan = await mustSucceed<{ saveReintegrationPlan: { version: number; status: string; guardianRequired: boolean } }>(stack, 'cm.shelter-a', SAVE_PLAN, {
      input: {
        caseId,
        objectives: [{ area: 'EDUCATION', objective: 'Back to school', actions: [{ description: 'Enrol in the local school', responsible: 'TEAM_MEMBER', responsibleUserId: PSY_A, reviewDate: '2099-09-15', successIndicator: 'Attends every week' }] }],
      },
    });
    expect(plan.saveReintegrationPlan).toMatchObject({ version: 1, status: 'DRAFT', guardianRequired: true });
    await mustSucceed(stack, 'cm.shelter-a', SIGN_PLAN, { input: { caseId, version: 1, signatory: 'PERSON' } });
    const bothButGuardian = await mustSucceed<{ signReintegrationPlan: { status: string } }>(stack, 'cm.shelter-a', SIGN_PLAN, { input: { caseId, version: 1, signatory: 'CASE_MANAGER' } });
    // A child's plan is not signed without the guardian.
    expect(bothButGuardian.signReintegrationPlan.status).toBe('AWAITING_SIGNATURES');
    expect(await codeOf('psy.shelter-a', SIGN_PLAN, { input: { caseId, version: 1, signatory: 'GUARDIAN' } })).toBe('FORBIDDEN');
    const signed = await mustSucceed<{ signReintegrationPlan: { status: string; guardianSignedAt: string | null } }>(stack, 'cm.shelter-a', SIGN_PLAN, {
      input: { caseId, version: 1, signatory: 'GUARDIAN' },
    });
    expect(signed.signReintegrationPlan).toMatchObject({ status: 'SIGNED', guardianSignedAt: expect.any(String) });

    // 5. Monitoring through the phases, follow-up, closure.
    const contact = await mustSucceed<{ recordMonitoringContact: { contact: { phase: string } } }>(stack, 'psy.shelter-a', CONTACT, { input: { caseId, mode: 'VISIT', areas: ['EDUCATION', 'EMOTIONS'] } });
    expect(contact.recordMonitoringContact.contact.phase).toBe('CRISIS_INTERVENTION');
    expect(await codeOf('psy.shelter-a', MOVE, { input: { caseId, phase: 'STABILISATION' } })).toBe('FORBIDDEN');
    expect((await mustSucceed<{ moveCasePhase: CaseView }>(stack, 'cm.shelter-a', MOVE, { input: { caseId, phase: 'STABILISATION' } })).moveCasePhase.phase).toBe('STABILISATION');
    await mustSucceed(stack, 'cm.shelter-a', CONTACT, { input: { caseId, mode: 'PHONE', areas: ['FAMILY'] } });
    expect((await mustSucceed<{ moveCasePhase: CaseView }>(stack, 'head.shelter-a', MOVE, { input: { caseId, phase: 'SOCIAL_INCLUSION' } })).moveCasePhase.phase).toBe('SOCIAL_INCLUSION');
    expect(await codeOf('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'Too early.' } })).toBe('CONFLICT');
    expect((await mustSucceed<{ startFollowUp: CaseView }>(stack, 'cm.shelter-a', FOLLOW_UP, { caseId })).startFollowUp.status).toBe('FOLLOW_UP');
    await mustSucceed(stack, 'cm.shelter-a', CONTACT, { input: { caseId, mode: 'OFFICE', areas: ['EDUCATION'] } });
    expect(await codeOf('cm.shelter-b', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'Not mine.' } })).toBe('FORBIDDEN');
    expect(await codeOf('psy.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'Not my decision.' } })).toBe('FORBIDDEN');
    const closed = await mustSucceed<{ closeCase: CaseView }>(stack, 'cm.shelter-a', CLOSE, {
      input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'Review with the child, her guardian and the unit: goals met, back with family.' },
    });
    expect(closed.closeCase).toMatchObject({ status: 'CLOSED', closureType: 'PLANNED_MUTUAL', closedAt: expect.any(String) });

    // 6. Read-your-writes: the RA refers the child again at once, one attempt, and the shelter sees its case closed.
    const again = await as<{ createReferral: { id: string } }>(stack, 'ra.officer', CREATE_REFERRAL, { input: { personId, providerId: providers['shelter-a'], urgent: false } });
    expect(again.errors).toBeUndefined();
    const newReferralId = again.data!.createReferral.id;
    expect((await mustSucceed<{ case: CaseView }>(stack, 'cm.shelter-a', CASE, { id: caseId })).case.status).toBe('CLOSED');

    // The old referral is closed and its place given back; the new one is pending and takes none yet.
    const old = await mustSucceed<{ referral: { status: string; closedAt: string | null } }>(stack, 'ra.officer', REFERRAL, { id: referralId });
    expect(old.referral).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });
    expect(await placesFreeAtShelterA(newReferralId)).toBe(placesBefore);
    // The shelter keeps nothing of the closed placement: the guardian's consent opened the child's identity only while
    // the child was placed there; the new pending referral shows the summary only.
    await waitFor(async () => (await reads('cm.shelter-a', personId, 'identity')) !== 'OK', { timeoutMs: 20_000, description: 'the shelter loses the identity' });
    expect(await reads('cm.shelter-a', personId, 'summary')).toBe('OK');
    // Closing a case is not a transfer: nobody is told of one.
    expect(await told('cm.shelter-a', 'PLACEMENT_TRANSFERRED', reference)).toBe(false);
    // A closed case never moves again, and is not closed twice.
    expect(await codeOf('head.shelter-a', CLOSE, { input: { caseId, closureType: 'UNPLANNED', reviewNotes: 'again' } })).toBe('CONFLICT');
    expect(await codeOf('cm.shelter-a', CONTACT, { input: { caseId, mode: 'PHONE', areas: ['FAMILY'] } })).toBe('CONFLICT');

    // 7. The new placement: a second case, and the shelter's list holds both with their references.
    const reaccepted = await mustSucceed<{ respondToReferral: { caseId: string; provider: { placesFree: number } } }>(stack, 'cm.shelter-a', RESPOND, {
      input: { referralId: newReferralId, decision: 'ACCEPT' },
    });
    expect(reaccepted.respondToReferral.caseId).not.toBe(caseId);
    expect(reaccepted.respondToReferral.provider.placesFree).toBe(placesBefore - 1);
    await waitFor(async () => (await reads('cm.shelter-a', personId, 'identity')) === 'OK', { timeoutMs: 20_000, description: 'the shelter reads the child again' });
    const listed = await as<{ cases: { edges: Array<{ node: { id: string; status: string; reference: string } }> } }>(stack, 'cm.shelter-a', CASE_LIST);
    expect(listed.data?.cases).toBeTruthy();
    const mine = listed.data!.cases.edges.map((edge) => edge.node).filter((node) => node.reference === reference);
    expect(mine.map((node) => [node.id, node.status]).sort()).toEqual(
      [
        [caseId, 'CLOSED'],
        [reaccepted.respondToReferral.caseId, 'ACCEPTED'],
      ].sort(),
    );
    // And still one live placement: a third referral is refused.
    const third = await as(stack, 'ra.officer', CREATE_REFERRAL, { input: { personId, providerId: providers['shelter-a'], urgent: false } });
    expect(third.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});
