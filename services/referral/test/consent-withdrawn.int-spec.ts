import { randomUUID } from 'node:crypto';
import { ReferralStatus } from '@nrm/domain';
import { identificationEnvelope, identifiedPerson as identifiedPersonIn, referralInState, type ReferralUnderTest, seededProvider, startReferralWithProviders } from './referral-harness';

const SHELTER_A = seededProvider('shelter-a');
const SHELTER_B = seededProvider('shelter-b');
const SHELTER_C = seededProvider('shelter-c');
const REFERRAL = `query ($id: ID!) { referral(id: $id) { consentWithdrawn consentWithdrawnAt } }`;

describe('referral subgraph: a withdrawn consent marks the live referrals that relied on it', () => {
  let subgraph: ReferralUnderTest;

  beforeAll(async () => {
    subgraph = await startReferralWithProviders();
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  const identifiedPerson = () => identifiedPersonIn(subgraph);
  const envelope = identificationEnvelope;
  const referral = (personId: string, reference: string, provider: typeof SHELTER_A, status: ReferralStatus) =>
    referralInState(subgraph, { personId, reference }, provider, status);

  async function consentWithdrawn(id: string): Promise<{ consentWithdrawn: boolean; consentWithdrawnAt: string | null }> {
    const result = await subgraph.graphql<{ referral: { consentWithdrawn: boolean; consentWithdrawnAt: string | null } }>(
      REFERRAL,
      { id },
      await subgraph.tokenFor('ra.officer'),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.referral;
  }

  it("marks the person's pending and accepted referrals to the grantee, and no other", async () => {
    // One live placement per person: an accepted referral and a pending transfer elsewhere, or one pending referral.
    const placed = await identifiedPerson();
    const waiting = await identifiedPerson();
    const other = await identifiedPerson();
    const accepted = await referral(placed.personId, placed.reference, SHELTER_A, ReferralStatus.ACCEPTED);
    const declined = await referral(placed.personId, placed.reference, SHELTER_A, ReferralStatus.DECLINED);
    const toOtherProvider = await referral(placed.personId, placed.reference, SHELTER_B, ReferralStatus.PENDING);
    const pending = await referral(waiting.personId, waiting.reference, SHELTER_A, ReferralStatus.PENDING);
    const otherPerson = await referral(other.personId, other.reference, SHELTER_A, ReferralStatus.ACCEPTED);
    expect((await consentWithdrawn(accepted)).consentWithdrawn).toBe(false);

    const events = [placed, waiting].map(({ personId, reference }) => envelope('consent.withdrawn', { grantId: randomUUID(), personId, reference, granteeAgencyId: 'shelter-a' }));
    for (const event of events) await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');

    expect(await consentWithdrawn(accepted)).toEqual({ consentWithdrawn: true, consentWithdrawnAt: events[0]!.occurredAt });
    expect(await consentWithdrawn(pending)).toEqual({ consentWithdrawn: true, consentWithdrawnAt: events[1]!.occurredAt });
    for (const untouched of [declined, toOtherProvider, otherPerson]) {
      expect(await consentWithdrawn(untouched)).toEqual({ consentWithdrawn: false, consentWithdrawnAt: null });
    }
  });

  it("marks, for a grant to an agency type, the person's live referrals to every provider of that type and no other", async () => {
    const placed = await identifiedPerson();
    const waiting = await identifiedPerson();
    const toNgoShelter = await referral(placed.personId, placed.reference, SHELTER_A, ReferralStatus.ACCEPTED);
    const toStateShelter = await referral(placed.personId, placed.reference, SHELTER_B, ReferralStatus.PENDING);
    const toOtherNgoShelter = await referral(waiting.personId, waiting.reference, SHELTER_C, ReferralStatus.PENDING);

    const events = [placed, waiting].map(({ personId, reference }) =>
      envelope('consent.withdrawn', { grantId: randomUUID(), personId, reference, granteeAgencyId: null, granteeAgencyType: 'SHELTER_NGO', liveReferralAgencyIds: ['shelter-a', 'shelter-c'] }),
    );
    for (const event of events) await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');

    expect(await consentWithdrawn(toNgoShelter)).toEqual({ consentWithdrawn: true, consentWithdrawnAt: events[0]!.occurredAt });
    expect(await consentWithdrawn(toOtherNgoShelter)).toEqual({ consentWithdrawn: true, consentWithdrawnAt: events[1]!.occurredAt });
    expect(await consentWithdrawn(toStateShelter)).toEqual({ consentWithdrawn: false, consentWithdrawnAt: null });
  });

  it('keeps the first withdrawal time when the event is redelivered or another grant is withdrawn later', async () => {
    const { personId, reference } = await identifiedPerson();
    const accepted = await referral(personId, reference, SHELTER_A, ReferralStatus.ACCEPTED);
    const first = envelope('consent.withdrawn', { grantId: randomUUID(), personId, reference, granteeAgencyId: 'shelter-a' });
    await expect(subgraph.consumer.handle(first)).resolves.toBe('processed');
    await expect(subgraph.consumer.handle(first)).resolves.toBe('duplicate');
    const later = { ...envelope('consent.withdrawn', { ...first.payload, grantId: randomUUID() }), occurredAt: new Date(Date.now() + 60_000).toISOString() };
    await expect(subgraph.consumer.handle(later)).resolves.toBe('processed');
    expect((await consentWithdrawn(accepted)).consentWithdrawnAt).toBe(first.occurredAt);
  });
});
