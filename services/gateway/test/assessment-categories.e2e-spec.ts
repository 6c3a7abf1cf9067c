import { startStack, type Stack } from '@nrm/testing';
import { createReferral, errorsOn, GRANT, mustSucceed, providerIds, submitPerson } from './support/nrm-fixtures';

/*
 * Every needs-assessment area is served under its data category (docs/domain.md §2 step 4, "Which category each
 * area's assessments belong to"): security under TRAFFICKING_EXPERIENCE, long-term accommodation under
 * CONTACT_LOCATION, pre-departure with legal under LEGAL. Through the gateway, each reader gets what the one policy
 * gives it for that category: the shelter that wrote them everything, the RA what its mandate opens
 * (TRAFFICKING_EXPERIENCE and CONTACT_LOCATION) and LEGAL only with consent, the identifying police and another
 * shelter nothing.
 */

const RESPOND = `mutation ($input: RespondToReferralInput!) { respondToReferral(input: $input) { caseId } }`;
const RECORD = `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id area summary legalProblems } }`;
const RECORDS = `query ($id: ID!) {
  person(id: $id) {
    id
    security { assessments { area summary notes } }
    accommodation { assessments { area summary } }
    legal { assessments { area summary legalProblems } }
  }
}`;

type Entry = { area: string; summary: string };
type Records = {
  person: { security: { assessments: Entry[] } | null; accommodation: { assessments: Entry[] } | null; legal: { assessments: Entry[] } | null } | null;
};

describe('needs assessments served under their data categories', () => {
  let stack: Stack;
  let personId: string;
  let caseId: string;

  beforeAll(async () => {
    stack = await startStack();
    const providers = await providerIds(stack);
    ({ personId } = await submitPerson(stack, 'police.tirana', { givenName: 'Flutura', familyName: 'Categories' }));
    const referralId = await createReferral(stack, personId, providers['shelter-a']!);
    const { respondToReferral } = await mustSucceed<{ respondToReferral: { caseId: string } }>(stack, 'cm.shelter-a', RESPOND, {
      input: { referralId, decision: 'ACCEPT' },
    });
    caseId = respondToReferral.caseId;
    for (const input of [
      { area: 'SECURITY', summary: 'HIGH_RISK', notes: 'the recruiter has been seen near the shelter' },
      { area: 'ACCOMMODATION', summary: 'INDEPENDENT_HOUSING_PLAN', disagreement: 'The social worker would wait for the family inquiry first' },
      { area: 'PRE_DEPARTURE', summary: 'REMAIN_IN_COUNTRY' },
      { area: 'LEGAL', summary: 'PROBLEMS_IDENTIFIED', legalProblems: ['COMPENSATION_CLAIM'] },
    ]) {
      await mustSucceed(stack, 'cm.shelter-a', RECORD, { input: { caseId, ...input } });
    }
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  async function readAs(username: string) {
    const result = await stack.graphql<Records>(RECORDS, { id: personId }, await stack.tokenFor(username));
    const field = (name: 'security' | 'accommodation' | 'legal') =>
      result.data?.person?.[name]?.assessments.map((entry) => `${entry.area}:${entry.summary}`).sort() ?? errorsOn(result, ['person', name])[0] ?? 'NONE';
    return { security: field('security'), accommodation: field('accommodation'), legal: field('legal') };
  }

  it("records a disagreement within the team in the area it concerns, served with that area's category only", async () => {
    const DISAGREEMENTS = `query ($id: ID!) { person(id: $id) { accommodation { assessments { area disagreement } } security { assessments { area disagreement } } } }`;
    const read = await mustSucceed<{ person: { accommodation: { assessments: unknown[] }; security: { assessments: unknown[] } } }>(stack, 'cm.shelter-a', DISAGREEMENTS, { id: personId });
    expect(read.person.accommodation.assessments).toEqual([{ area: 'ACCOMMODATION', disagreement: 'The social worker would wait for the family inquiry first' }]);
    expect(read.person.security.assessments).toEqual([{ area: 'SECURITY', disagreement: null }]);
    // Another shelter reads no area, so no disagreement either.
    const other = await stack.graphql(DISAGREEMENTS, { id: personId }, await stack.tokenFor('cm.shelter-b'));
    expect(other.data?.person ?? null).toBeNull();

    // Blank is no disagreement; an essay beyond the limit is refused naming the field.
    const blank = await mustSucceed<{ recordNeedsAssessment: { id: string } }>(stack, 'cm.shelter-a', `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id disagreement } }`, {
      input: { caseId, area: 'HEALTH', summary: 'GOOD', disagreement: '   ' },
    });
    expect(blank.recordNeedsAssessment).toMatchObject({ disagreement: null });
    const tooLong = await stack.graphql(RECORD, { input: { caseId, area: 'HEALTH', summary: 'GOOD', disagreement: 'x'.repeat(10_001) } }, await stack.tokenFor('cm.shelter-a'));
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.disagreement'] });
  });

  it('serves the shelter that wrote them every area, each in its category', async () => {
    expect(await readAs('cm.shelter-a')).toEqual({
      security: ['SECURITY:HIGH_RISK'],
      accommodation: ['ACCOMMODATION:INDEPENDENT_HOUSING_PLAN'],
      legal: ['LEGAL:PROBLEMS_IDENTIFIED', 'PRE_DEPARTURE:REMAIN_IN_COUNTRY'],
    });
  });

  it('gives the RA the categories of its mandate, and LEGAL only once the person consents', async () => {
    expect(await readAs('ra.officer')).toEqual({
      security: ['SECURITY:HIGH_RISK'],
      accommodation: ['ACCOMMODATION:INDEPENDENT_HOUSING_PLAN'],
      legal: 'CONSENT_REQUIRED',
    });
    await mustSucceed(stack, 'cm.shelter-a', GRANT, {
      input: { personId, granteeAgencyId: 'responsible-authority', purpose: 'REFERRAL_ASSISTANCE', categories: ['LEGAL'], givenBy: 'PERSON', evidenceReference: 'CF-2026-1201' },
    });
    expect((await readAs('ra.head')).legal).toEqual(['LEGAL:PROBLEMS_IDENTIFIED', 'PRE_DEPARTURE:REMAIN_IN_COUNTRY']);
  });

  it('gives the identifying police no shelter record, and another shelter nothing at all', async () => {
    expect(await readAs('police.tirana')).toEqual({ security: 'CONSENT_REQUIRED', accommodation: 'CONSENT_REQUIRED', legal: 'CONSENT_REQUIRED' });
    expect(await readAs('cm.shelter-b')).toEqual({ security: 'FORBIDDEN', accommodation: 'FORBIDDEN', legal: 'FORBIDDEN' });
  });
});
