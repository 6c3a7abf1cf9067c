import { ReferralStatus } from '@nrm/domain';
import { ERASED_DECLINE_REASON } from '../src/referrals/referral.service';
import { identificationEnvelope, identifiedPerson as identifiedPersonIn, referralInState, type ReferralUnderTest, seededProvider, startReferralWithProviders } from './referral-harness';

const SHELTER_A = seededProvider('shelter-a');
const SHELTER_B = seededProvider('shelter-b');

describe('referral subgraph: person.erased withdraws pending referrals and keeps the counts', () => {
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
    referralInState(subgraph, { personId, reference }, provider, status, 'she said her brother is looking for her');

  async function states(ids: string[]): Promise<Record<string, { status: string; decline_reason: string | null }>> {
    const rows: Array<{ id: string; status: string; decline_reason: string | null }> = await subgraph.dataSource.query(
      `SELECT id, status, decline_reason FROM referral.referral WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return Object.fromEntries(rows.map(({ id, ...state }) => [id, state]));
  }

  it("withdraws the person's pending referrals, redacts decline reasons, leaves answered referrals and other people alone; a redelivery changes nothing", async () => {
    const { personId, reference } = await identifiedPerson();
    const other = await identifiedPerson();
    // One live placement per person: placed at shelter-a, a transfer to shelter-b pending.
    const accepted = await referral(personId, reference, SHELTER_A, ReferralStatus.ACCEPTED);
    const pendingB = await referral(personId, reference, SHELTER_B, ReferralStatus.PENDING);
    const declined = await referral(personId, reference, SHELTER_B, ReferralStatus.DECLINED);
    const otherPending = await referral(other.personId, other.reference, SHELTER_A, ReferralStatus.PENDING);
    const ids = [pendingB, accepted, declined, otherPending];

    const event = envelope('person.erased', { personId, reference });
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
    const after = await states(ids);
    expect(after).toEqual({
      [pendingB]: { status: 'WITHDRAWN', decline_reason: null },
      [accepted]: { status: 'ACCEPTED', decline_reason: null },
      [declined]: { status: 'DECLINED', decline_reason: ERASED_DECLINE_REASON },
      [otherPending]: { status: 'PENDING', decline_reason: null },
    });

    await expect(subgraph.consumer.handle(event)).resolves.toBe('duplicate');
    // The same erasure under another event id (a relay re-send) is harmless too.
    await expect(subgraph.consumer.handle(envelope('person.erased', { personId, reference }))).resolves.toBe('processed');
    expect(await states(ids)).toEqual(after);
    // Every referral row stays: the funnel counts referred, accepted and declined.
    const [count] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM referral.referral WHERE person_id = $1`, [personId]);
    expect(count.n).toBe(3);
  });
});
