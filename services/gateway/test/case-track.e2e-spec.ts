import { randomUUID } from 'node:crypto';
import { startStack, type Stack, waitFor } from '@nrm/testing';
import { as, createReferral, errorsOn, mustSucceed, providerIds, RECORD_NEEDS_ASSESSMENT, submitPerson } from './support/nrm-fixtures';

/*
 * The case track through the gateway as the demo users (docs/domain.md, "The case track"; docs/api.md, "The case
 * track"): admission, case manager, team, phases, follow-up and closure with their refusals, and a transfer that
 * closes the old shelter's case as CLOSED_REFERRED and ends its access to the person. Team members are checked against
 * the real directory (identification's copy of the development realm).
 */

const CM_A = '00000000-0000-4000-8000-000000000009';
const PSY_A = '00000000-0000-4000-8000-000000000010';
const CM_B = '00000000-0000-4000-8000-000000000011';

const RESPOND = `mutation ($input: RespondToReferralInput!) { respondToReferral(input: $input) { id status caseId } }`;
const FIELDS = `id status phase admittedAt placementType assessmentsDueAt caseManagerId teamMemberIds phaseReviewDueAt closureType
  closureReviewNotes transferredToReferralId caseManagerChangeRequests { id outcome }`;
const CASE = `query ($id: ID!) { case(id: $id) { ${FIELDS} } }`;
const ADMIT = `mutation ($input: AdmitToCaseInput!) { admitToCase(input: $input) { ${FIELDS} } }`;
const ASSIGN = `mutation ($input: AssignCaseManagerInput!) { assignCaseManager(input: $input) { ${FIELDS} } }`;
const REQUEST_CHANGE = `mutation ($input: RequestCaseManagerChangeInput!) { requestCaseManagerChange(input: $input) { id outcome } }`;
const DECIDE_CHANGE = `mutation ($input: DecideCaseManagerChangeInput!) { decideCaseManagerChange(input: $input) { id outcome decidedBy } }`;
const SET_TEAM = `mutation ($input: SetCaseTeamInput!) { setCaseTeam(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation ($input: MoveCasePhaseInput!) { moveCasePhase(input: $input) { ${FIELDS} } }`;
const FOLLOW_UP = `mutation ($caseId: ID!) { startFollowUp(caseId: $caseId) { ${FIELDS} } }`;
const CLOSE = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { ${FIELDS} } }`;
const SUMMARY = `query ($id: ID!) { person(id: $id) { id summary { ageBand } } }`;
const NOTIFICATIONS = `{ myNotifications { kind subjectRef dueAt } }`;
/** The list as a shelter's client shows it: the NRM reference from the case, the person's from identification. */
const CASE_LIST = `{ cases(first: 100) { edges { node { id status reference person { id reference } } } } }`;

type CaseListView = {
  cases: { edges: Array<{ node: { id: string; status: string; reference: string; person: { id: string; reference: string } | null } }> } | null;
};


describe('the case track, through the gateway', () => {
  let stack: Stack;
  let providers: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    providers = await providerIds(stack);
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  async function refusal(username: string, query: string, variables: Record<string, unknown>): Promise<{ code: string; message: string }> {
    const result = await as(stack, username, query, variables);
    expect(result.errors).toBeDefined();
    return { code: String(result.errors![0]!.extensions.code), message: result.errors![0]!.message };
  }

  /** A person referred to and accepted by `agency`; the case id comes back with the acceptance. */
  async function acceptedCase(agency: 'shelter-a' | 'shelter-b', givenName: string) {
    const person = await submitPerson(stack, 'police.tirana', { givenName, familyName: 'Track' });
    const referralId = await createReferral(stack, person.personId, providers[agency]!);
    const answered = await mustSucceed<{ respondToReferral: { caseId: string } }>(stack, agency === 'shelter-a' ? 'cm.shelter-a' : 'cm.shelter-b', RESPOND, {
      input: { referralId, decision: 'ACCEPT' },
    });
    return { ...person, referralId, caseId: answered.respondToReferral.caseId };
  }

  it('runs ACCEPTED → ACTIVE (I → II → III) → FOLLOW_UP → CLOSED with each refusal on the way', async () => {
    const { caseId, reference } = await acceptedCase('shelter-a', 'Arta');
    const admission = { input: { caseId, admittedAt: new Date(Date.now() - 3_600_000).toISOString(), placementType: 'RESIDENTIAL_SHELTER' } };

    // Admission, straight after the acceptance: only the shelter's case manager or head.
    expect((await refusal('psy.shelter-a', ADMIT, admission)).code).toBe('FORBIDDEN');
    const otherShelter = await refusal('cm.shelter-b', ADMIT, admission);
    expect(otherShelter.code).toBe('FORBIDDEN');
    expect(await refusal('cm.shelter-b', ADMIT, { input: { ...admission.input, caseId: randomUUID() } })).toEqual(otherShelter);
    expect((await refusal('cm.shelter-a', ADMIT, { input: { ...admission.input, caseId: `${caseId}\u0000` } })).code).toBe('BAD_USER_INPUT');
    expect((await refusal('cm.shelter-a', ADMIT, { input: { ...admission.input, placementType: 'CASTLE' } })).code).toBeDefined();
    const admitted = await as(stack, 'cm.shelter-a', ADMIT, admission);
    expect(admitted.errors).toBeUndefined();
    expect(admitted.data!.admitToCase).toMatchObject({ status: 'ACTIVE', phase: 'CRISIS_INTERVENTION' });
    expect(new Date(admitted.data!.admitToCase.assessmentsDueAt!).getTime() - new Date(admission.input.admittedAt).getTime()).toBe(14 * 86_400_000);
    const twice = await refusal('cm.shelter-a', ADMIT, admission);
    expect(twice).toMatchObject({ code: 'CONFLICT' });
    expect(twice.message).toMatch(/ACTIVE.*ACTIVE/);

    // The case manager takes the case; the team is picked from the directory; shelter_staff see their team's cases only.
    expect((await as(stack, 'cm.shelter-a', ASSIGN, { input: { caseId, caseManagerId: CM_A } })).errors).toBeUndefined();
    expect((await refusal('head.shelter-a', ASSIGN, { input: { caseId, caseManagerId: CM_B } })).code).toBe('BAD_USER_INPUT');
    expect((await refusal('psy.shelter-a', CASE, { id: caseId })).code).toBe('FORBIDDEN');
    expect((await refusal('cm.shelter-a', SET_TEAM, { input: { caseId, memberIds: [CM_B] } })).code).toBe('BAD_USER_INPUT');
    expect((await as(stack, 'cm.shelter-a', SET_TEAM, { input: { caseId, memberIds: [PSY_A] } })).data!.setCaseTeam.teamMemberIds).toEqual([PSY_A]);
    expect((await as(stack, 'psy.shelter-a', CASE, { id: caseId })).data!.case.status).toBe('ACTIVE');
    expect((await as(stack, 'psy.shelter-a', RECORD_NEEDS_ASSESSMENT, { input: { caseId, area: 'HEALTH', summary: 'GOOD' } })).errors).toBeUndefined();
    await waitFor(
      async () => {
        const told = await as<{ myNotifications: Array<{ kind: string; subjectRef: string; dueAt: string | null }> }>(stack, 'cm.shelter-a', NOTIFICATIONS, {});
        return told.data?.myNotifications.some((entry) => entry.kind === 'NEEDS_ASSESSMENT_DUE' && entry.subjectRef === reference && entry.dueAt === admitted.data!.admitToCase.assessmentsDueAt);
      },
      { timeoutMs: 20_000, description: 'the case managers told the assessment is due' },
    );

    // The person asks for another case manager; the head decides.
    const request = await as<{ requestCaseManagerChange: { id: string } }>(stack, 'psy.shelter-a', REQUEST_CHANGE, { input: { caseId } });
    expect(request.errors).toBeUndefined();
    const requestId = request.data!.requestCaseManagerChange.id;
    expect((await refusal('cm.shelter-a', DECIDE_CHANGE, { input: { requestId, outcome: 'REFUSED' } })).code).toBe('FORBIDDEN');
    expect((await as<{ decideCaseManagerChange: { outcome: string } }>(stack, 'head.shelter-a', DECIDE_CHANGE, { input: { requestId, outcome: 'REFUSED' } })).data!.decideCaseManagerChange.outcome).toBe('REFUSED');

    // Phases, one step forward at a time, by the case manager only.
    expect((await refusal('psy.shelter-a', MOVE, { input: { caseId, phase: 'STABILISATION' } })).code).toBe('FORBIDDEN');
    expect((await refusal('cm.shelter-a', MOVE, { input: { caseId, phase: 'SOCIAL_INCLUSION' } })).code).toBe('CONFLICT');
    expect((await as(stack, 'cm.shelter-a', MOVE, { input: { caseId, phase: 'STABILISATION' } })).data!.moveCasePhase.phase).toBe('STABILISATION');
    expect((await as(stack, 'cm.shelter-a', MOVE, { input: { caseId, phase: 'SOCIAL_INCLUSION' } })).data!.moveCasePhase.phase).toBe('SOCIAL_INCLUSION');

    // Closure needs follow-up first and a review.
    const early = await refusal('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'Goals met.' } });
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toMatch(/ACTIVE.*CLOSED/);
    expect((await as(stack, 'cm.shelter-a', FOLLOW_UP, { caseId })).data!.startFollowUp.status).toBe('FOLLOW_UP');
    expect((await as(stack, 'cm.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL' } })).errors).toBeDefined();
    expect((await refusal('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: '   ' } })).code).toBe('BAD_USER_INPUT');
    expect((await refusal('cm.shelter-b', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'x' } })).code).toBe('FORBIDDEN');
    const closed = await as(stack, 'cm.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'Review held with the person.' } });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeCase).toMatchObject({ status: 'CLOSED', closureType: 'PLANNED_MUTUAL' });

    for (const [query, variables] of [
      [ADMIT, admission],
      [FOLLOW_UP, { caseId }],
      [MOVE, { input: { caseId, phase: 'SOCIAL_INCLUSION' } }],
      [CLOSE, { input: { caseId, closureType: 'UNPLANNED', reviewNotes: 'again' } }],
    ] as const) {
      const refused = await refusal('head.shelter-a', query, variables);
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toMatch(/CLOSED/);
    }
  });

  it('closes the old shelter’s case as CLOSED_REFERRED on a transfer, and the old shelter loses the person', async () => {
    const { caseId, personId, referralId, reference } = await acceptedCase('shelter-a', 'Blerta');
    const stillHere = await acceptedCase('shelter-a', 'Mirela');
    await mustSucceed(stack, 'cm.shelter-a', ADMIT, { input: { caseId, admittedAt: new Date(Date.now() - 60_000).toISOString(), placementType: 'PROTECTED_APARTMENT' } });
    const summaryOf = async (username: string) => {
      const result = await as<{ person: { summary: { ageBand: string } | null } | null }>(stack, username, SUMMARY, { id: personId });
      return result.data?.person?.summary ? 'OK' : (result.errors?.[0]?.extensions.code ?? 'NONE');
    };
    await waitFor(async () => (await summaryOf('cm.shelter-a')) === 'OK', { timeoutMs: 20_000, description: 'shelter-a reads the person' });

    const transfer = await createReferral(stack, personId, providers['shelter-b']!, referralId);
    await mustSucceed(stack, 'cm.shelter-b', RESPOND, { input: { referralId: transfer, decision: 'ACCEPT' } });

    await waitFor(async () => (await as(stack, 'cm.shelter-a', CASE, { id: caseId })).data?.case.status === 'CLOSED_REFERRED', {
      timeoutMs: 20_000,
      description: 'the old case closed as referred',
    });
    expect((await as(stack, 'cm.shelter-a', CASE, { id: caseId })).data!.case.transferredToReferralId).toBe(transfer);
    await waitFor(async () => (await summaryOf('cm.shelter-a')) !== 'OK', { timeoutMs: 20_000, description: 'shelter-a loses the person' });
    expect(await summaryOf('psy.shelter-a')).not.toBe('OK');
    const refused = await refusal('head.shelter-a', FOLLOW_UP, { caseId });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/CLOSED_REFERRED.*FOLLOW_UP/);
    expect((await refusal('cm.shelter-a', RECORD_NEEDS_ASSESSMENT, { input: { caseId, area: 'HEALTH', summary: 'GOOD' } })).code).toBe('CONFLICT');
    // The new shelter reads the person.
    await waitFor(async () => (await summaryOf('cm.shelter-b')) === 'OK', { timeoutMs: 20_000, description: 'shelter-b reads the person' });

    // The old shelter's list of cases still comes back whole: the transferred case with its reference and no person,
    // the error at that case's person only; the other cases with their person.
    for (const username of ['cm.shelter-a', 'head.shelter-a']) {
      const listed = await as<CaseListView>(stack, username, CASE_LIST, {});
      expect(listed.data?.cases).toBeTruthy();
      const edges = listed.data!.cases!.edges;
      const index = edges.findIndex((edge) => edge.node.id === caseId);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(edges[index]!.node).toEqual({ id: caseId, status: 'CLOSED_REFERRED', reference, person: null });
      expect(errorsOn(listed, ['cases', 'edges', index, 'node', 'person']).length).toBeGreaterThan(0);
      // Errors only at the person of a closed case (the first test's case is closed too: its person is gone as well).
      for (const error of listed.errors ?? []) {
        expect(error.path?.slice(0, 2)).toEqual(['cases', 'edges']);
        expect(error.path?.[4]).toBe('person');
        expect(edges[error.path![2] as number]!.node).toMatchObject({ status: expect.stringMatching(/^CLOSED/), person: null });
      }
      expect(edges.find((edge) => edge.node.id === stillHere.caseId)!.node).toEqual({
        id: stillHere.caseId,
        status: 'ACCEPTED',
        reference: stillHere.reference,
        person: { id: stillHere.personId, reference: stillHere.reference },
      });
    }
    // The new shelter lists its case with the person.
    const theirs = await as<CaseListView>(stack, 'cm.shelter-b', CASE_LIST, {});
    const theirEdges = theirs.data!.cases!.edges;
    // Other files' cases share the run's database: a case shelter-b closed elsewhere lists with its person null.
    for (const error of theirs.errors ?? []) {
      expect(error.path?.[4]).toBe('person');
      expect(theirEdges[error.path![2] as number]!.node).toMatchObject({ status: expect.stringMatching(/^CLOSED/), person: null });
    }
    expect(theirEdges.find((edge) => edge.node.reference === reference)?.node).toMatchObject({ status: 'ACCEPTED', reference, person: { id: personId, reference } });
  });
});
