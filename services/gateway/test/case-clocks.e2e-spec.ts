import { type Stack, startStack, waitFor } from '@nrm/testing';
import { createReferral, mustSucceed, OVERRIDE, providerIds, SUBMIT, identificationInput } from './support/nrm-fixtures';

// Clocks kept from other services' events, through the platform with real tokens (docs/domain.md §4): the RA's first
// referral of a person meets its acknowledgement deadline, and a legal-basis override's review is due 72 h after its
// grant and met by another ra_head's review. Proves the new events travel: signed, relayed, consumed.

jest.setTimeout(180_000);

const DEADLINES = `query D($filter: DeadlineFilter) { deadlines(first: 20, filter: $filter) { edges { node { id kind subjectId dueAt state metBy } } } }`;
const REVIEW = `mutation R($id: ID!) { reviewLegalBasisOverride(id: $id, outcome: UPHELD, note: "Checked: justified") { id reviewedAt } }`;

interface DeadlineNode {
  id: string;
  kind: string;
  subjectId: string;
  dueAt: string;
  state: string;
  metBy: string | null;
}

describe('clocks from referral and identification events, through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function deadlineOf(reference: string, kind: string, state?: string): Promise<DeadlineNode | undefined> {
    const result = await stack.graphql<{ deadlines: { edges: Array<{ node: DeadlineNode }> } }>(DEADLINES, { filter: { subjectRef: reference } }, await stack.tokenFor('ra.head'));
    expect(result.errors).toBeUndefined();
    return result.data!.deadlines.edges.map((edge) => edge.node).find((node) => node.kind === kind && (!state || node.state === state));
  }

  const until = (reference: string, kind: string, state: string) =>
    waitFor(async () => deadlineOf(reference, kind, state), { timeoutMs: 30_000, description: `${kind} ${state}` });

  it("meets the acknowledgement by the RA's first referral, then keeps an override's review for 72 h until another head reviews it", async () => {
    const submitted = await mustSucceed<{ submitInitialIdentification: { id: string; person: { id: string; reference: string } } }>(stack, 'police.tirana', SUBMIT, {
      input: identificationInput({ givenName: 'Mira', familyName: 'Clocktest' }),
    });
    const { id: personId, reference } = submitted.submitInitialIdentification.person;
    await until(reference, 'RA_ACKNOWLEDGEMENT', 'OPEN');

    const providers = await providerIds(stack);
    await createReferral(stack, personId, providers['shelter-a']!);
    const met = await until(reference, 'RA_ACKNOWLEDGEMENT', 'MET');
    expect(met).toMatchObject({ subjectId: submitted.submitInitialIdentification.id, metBy: null });
    await until(reference, 'REFERRAL_RESPONSE', 'OPEN');

    const before = Date.now();
    const granted = await mustSucceed<{ grantLegalBasisOverride: { id: string } }>(stack, 'ra.head', OVERRIDE, {
      input: { personId, granteeAgencyId: 'shelter-a', categories: ['CONTACT_LOCATION'], reason: 'Vital interests: urgent medical care' },
    });
    const review = await until(reference, 'OVERRIDE_REVIEW', 'OPEN');
    expect(review.subjectId).toBe(granted.grantLegalBasisOverride.id);
    const dueIn = new Date(review.dueAt).getTime() - before;
    expect(dueIn).toBeGreaterThan(72 * 3_600_000 - 60_000);
    expect(dueIn).toBeLessThan(72 * 3_600_000 + 60_000);

    await mustSucceed(stack, 'ra.deputy', REVIEW, { id: granted.grantLegalBasisOverride.id });
    await until(reference, 'OVERRIDE_REVIEW', 'MET');
  });
});
