import { startStack, type Stack, waitFor } from '@nrm/testing';
import { as, createReferral, mustSucceed, providerIds, RECORD_NEEDS_ASSESSMENT, submitPerson } from './support/nrm-fixtures';

/*
 * The needs assessment deadline through the gateway (docs/domain.md §4, docs/events.md "assessment.recorded"): opened
 * at admission, still open while areas of the comprehensive assessment are missing, met once the ninth is recorded;
 * another shelter's attempt adds nothing.
 */

jest.setTimeout(180_000);

const RESPOND = `mutation ($input: RespondToReferralInput!) { respondToReferral(input: $input) { id status caseId } }`;
const ADMIT = `mutation ($input: AdmitToCaseInput!) { admitToCase(input: $input) { id status } }`;
const DEADLINES = `query D($filter: DeadlineFilter) { deadlines(first: 20, filter: $filter) { edges { node { kind subjectId state } } } }`;
const ONE_OF_EACH: Array<[string, string]> = [
  ['PRE_DEPARTURE', 'REMAIN_IN_COUNTRY'],
  ['SECURITY', 'LOW_RISK'],
  ['ACCOMMODATION', 'RESOLVED'],
  ['LEGAL', 'NONE'],
  ['HEALTH', 'GOOD'],
  ['PSYCHOSOCIAL', 'WELL_ADJUSTED'],
  ['FAMILY', 'RESOLVED'],
  ['EDUCATION', 'NOT_INTERESTED'],
  ['EMPLOYMENT', 'NOT_INTERESTED'],
];

describe('the needs assessment deadline, through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  async function stateOf(reference: string, caseId: string): Promise<string | undefined> {
    const result = await as<{ deadlines: { edges: Array<{ node: { kind: string; subjectId: string; state: string } }> } }>(stack, 'cm.shelter-a', DEADLINES, {
      filter: { subjectRef: reference },
    });
    return result.data?.deadlines.edges.map((edge) => edge.node).find((node) => node.kind === 'NEEDS_ASSESSMENT' && node.subjectId === caseId)?.state;
  }

  it('stays open through eight areas and is met by the ninth; another shelter records nothing on the case', async () => {
    const providers = await providerIds(stack);
    const person = await submitPerson(stack, 'police.tirana', { givenName: 'Blerta', familyName: 'Assessed' });
    const referralId = await createReferral(stack, person.personId, providers['shelter-a']!);
    const { caseId } = (await mustSucceed<{ respondToReferral: { caseId: string } }>(stack, 'cm.shelter-a', RESPOND, { input: { referralId, decision: 'ACCEPT' } }))
      .respondToReferral;
    await mustSucceed(stack, 'cm.shelter-a', ADMIT, { input: { caseId, admittedAt: new Date().toISOString(), placementType: 'RESIDENTIAL_SHELTER' } });
    await waitFor(async () => (await stateOf(person.reference, caseId)) === 'OPEN', { timeoutMs: 30_000, description: 'the deadline opened at admission' });

    for (const [area, summary] of ONE_OF_EACH.slice(0, 8)) {
      await mustSucceed(stack, 'cm.shelter-a', RECORD_NEEDS_ASSESSMENT, { input: { caseId, area, summary } });
    }
    const [lastArea, lastSummary] = ONE_OF_EACH[8]!;
    // Another shelter cannot record the missing area on this case.
    const foreign = await as(stack, 'cm.shelter-b', RECORD_NEEDS_ASSESSMENT, { input: { caseId, area: lastArea, summary: lastSummary } });
    expect(foreign.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // Time for the eight events to reach notifications (each is consumed within a second on this stack).
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await stateOf(person.reference, caseId)).toBe('OPEN');

    await mustSucceed(stack, 'cm.shelter-a', RECORD_NEEDS_ASSESSMENT, { input: { caseId, area: lastArea, summary: lastSummary } });
    await waitFor(async () => (await stateOf(person.reference, caseId)) === 'MET', { timeoutMs: 30_000, description: 'the deadline met by the ninth area' });
  });
});
