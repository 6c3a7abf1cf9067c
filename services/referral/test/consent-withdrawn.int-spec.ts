import { randomUUID } from 'node:crypto';
import { ReferralStatus, Sex } from '@nrm/domain';
import type { EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import { seedServiceProviders } from '../src/seed/seed-service-providers';
import { SERVICE_PROVIDER_SEED } from '../src/seed/service-providers.seed';
import { type ReferralUnderTest, startReferral } from './referral-harness';

const SHELTER_A = SERVICE_PROVIDER_SEED.find((provider) => provider.agencyId === 'shelter-a')!;
const SHELTER_B = SERVICE_PROVIDER_SEED.find((provider) => provider.agencyId === 'shelter-b')!;
const REFERRAL = `query ($id: ID!) { referral(id: $id) { consentWithdrawn consentWithdrawnAt } }`;

describe('referral subgraph: a withdrawn consent marks the live referrals that relied on it', () => {
  let subgraph: ReferralUnderTest;

  beforeAll(async () => {
    subgraph = await startReferral();
    await seedServiceProviders(subgraph.dataSource);
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  function envelope<T extends EventType>(type: T, payload: EventPayloads[T]): EventEnvelope<T> {
    return { id: randomUUID(), type, aggregateId: randomUUID(), payload, occurredAt: new Date().toISOString(), correlationId: null, producer: 'identification' };
  }

  async function identifiedPerson(): Promise<{ personId: string; reference: string }> {
    const personId = randomUUID();
    const reference = `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    const event = envelope('identification.submitted', {
      identificationId: randomUUID(),
      personId,
      reference,
      recordingAgencyId: 'police-tirana',
      isChild: false,
      region: 'TIRANA',
      anonymous: false,
      routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
    });
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
    return { personId, reference };
  }

  /**
   * A referral in the given state, written directly: going through createReferral and respondToReferral would take
   * places the main referral suite (running alongside, same database) counts.
   */
  async function referral(personId: string, reference: string, provider: typeof SHELTER_A, status: ReferralStatus): Promise<string> {
    const id = randomUUID();
    const answered = status !== ReferralStatus.PENDING;
    await subgraph.dataSource.query(
      `INSERT INTO referral.referral (id, person_id, reference, provider_id, provider_agency_id, status, urgent, created_by, created_by_agency_id,
         responded_at, responded_by, decline_reason)
       VALUES ($1, $2, $3, $4, $5, $6, false, 'ra-officer-sub', 'responsible-authority', $7, $8, $9)`,
      [
        id,
        personId,
        reference,
        provider.id,
        provider.agencyId,
        status,
        answered ? new Date() : null,
        answered ? 'cm-sub' : null,
        status === ReferralStatus.DECLINED ? 'no place for this need' : null,
      ],
    );
    return id;
  }

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
    const { personId, reference } = await identifiedPerson();
    const other = await identifiedPerson();
    const pending = await referral(personId, reference, SHELTER_A, ReferralStatus.PENDING);
    const accepted = await referral(personId, reference, SHELTER_A, ReferralStatus.ACCEPTED);
    const declined = await referral(personId, reference, SHELTER_A, ReferralStatus.DECLINED);
    const toOtherProvider = await referral(personId, reference, SHELTER_B, ReferralStatus.ACCEPTED);
    const otherPerson = await referral(other.personId, other.reference, SHELTER_A, ReferralStatus.ACCEPTED);
    expect((await consentWithdrawn(accepted)).consentWithdrawn).toBe(false);

    const event = envelope('consent.withdrawn', { grantId: randomUUID(), personId, reference, granteeAgencyId: 'shelter-a' });
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');

    expect(await consentWithdrawn(pending)).toEqual({ consentWithdrawn: true, consentWithdrawnAt: event.occurredAt });
    expect(await consentWithdrawn(accepted)).toEqual({ consentWithdrawn: true, consentWithdrawnAt: event.occurredAt });
    for (const untouched of [declined, toOtherProvider, otherPerson]) {
      expect(await consentWithdrawn(untouched)).toEqual({ consentWithdrawn: false, consentWithdrawnAt: null });
    }
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
