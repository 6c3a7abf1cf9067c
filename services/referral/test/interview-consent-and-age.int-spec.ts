import { randomUUID } from 'node:crypto';
import { Sex } from '@nrm/domain';
import type { EventPayloads } from '@nrm/events';
import { identificationEnvelope, type ReferralUnderTest, seededProvider, startReferralWithProviders } from './referral-harness';

// What the referral service projects of a person's interview consent and verified age, and how createReferral uses it
// (docs/domain.md, "An interview later" and "Age and the presumption of childhood").
const SHELTER_A = seededProvider('shelter-a');
const SHELTER_B = seededProvider('shelter-b');
const CREATE = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`;

describe('referral: interview consent and verified age', () => {
  let subgraph: ReferralUnderTest;
  let raOfficer: string;

  beforeAll(async () => {
    // Identification is not running here: a refusal that asks it for fresh facts must fail closed.
    subgraph = await startReferralWithProviders();
    await subgraph.dataSource.query(`UPDATE referral.service_provider SET places_free = places_total, authorised = true`);
    raOfficer = await subgraph.tokenFor('ra.officer');
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  async function identified(overrides: Partial<EventPayloads['identification.submitted']>): Promise<{ personId: string; reference: string }> {
    const personId = randomUUID();
    const reference = `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    const result = await subgraph.consumer.handle(
      identificationEnvelope('identification.submitted', {
        identificationId: randomUUID(),
        personId,
        reference,
        recordingAgencyId: 'police-tirana',
        isChild: false,
        region: 'TIRANA',
        anonymous: false,
        routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
        ...overrides,
      }),
    );
    expect(result).toBe('processed');
    return { personId, reference };
  }

  const refer = (personId: string, providerId: string) => subgraph.graphql<{ createReferral: { id: string } }>(CREATE, { input: { personId, providerId } }, raOfficer);
  const referralCount = async (personId: string): Promise<number> =>
    (await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM referral.referral WHERE person_id = $1`, [personId]))[0].n;

  it('projects a person recorded without consent to the interview as not referrable', async () => {
    const person = await identified({ anonymous: true });
    const [row] = await subgraph.dataSource.query(`SELECT interview_consent FROM referral.person_ref WHERE person_id = $1`, [person.personId]);
    expect(row.interview_consent).toBe(false);
  });

  it('refuses to refer such a person as CONSENT_REQUIRED naming the person, when identification cannot say otherwise', async () => {
    const person = await identified({ anonymous: true });
    const result = await refer(person.personId, SHELTER_A.id);
    // The projection says no consent; identification (down here) is asked whether that changed: no answer, no referral.
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', fields: ['input.personId'] });
    expect(result.errors?.[0]?.message).not.toContain(person.reference);
    expect(await referralCount(person.personId)).toBe(0);
  });

  it('refers the person once the interview-recorded event arrives, and only then', async () => {
    const person = await identified({ anonymous: true });
    const recorded = identificationEnvelope('identification.interview-recorded', {
      identificationId: randomUUID(),
      personId: person.personId,
      reference: person.reference,
      recordingAgencyId: 'police-tirana',
      isChild: false,
      region: 'TIRANA',
      childProtectionUnit: null,
    });
    expect(await subgraph.consumer.handle(recorded)).toBe('processed');
    expect(await subgraph.consumer.handle(recorded)).toBe('duplicate');
    const result = await refer(person.personId, SHELTER_B.id);
    expect(result.errors).toBeUndefined();
  });

  it('routes a presumed child verified adult to an adults-only shelter once the age-verified event arrives', async () => {
    const person = await identified({ isChild: true });
    const verified = identificationEnvelope('identification.age-verified', {
      verificationId: randomUUID(),
      personId: person.personId,
      reference: person.reference,
      outcome: 'ADULT',
      isChild: false,
      region: 'TIRANA',
      childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true },
    });
    expect(await subgraph.consumer.handle(verified)).toBe('processed');
    const [row] = await subgraph.dataSource.query(`SELECT is_child FROM referral.person_ref WHERE person_id = $1`, [person.personId]);
    expect(row.is_child).toBe(false);
    expect((await refer(person.personId, SHELTER_B.id)).errors).toBeUndefined();
  });

  it('keeps a newer fact when an older submission event arrives late', async () => {
    const personId = randomUUID();
    const reference = 'NRM-2026-999001';
    const later = identificationEnvelope('identification.interview-recorded', {
      identificationId: randomUUID(),
      personId,
      reference,
      recordingAgencyId: 'police-tirana',
      isChild: false,
      region: 'TIRANA',
      childProtectionUnit: null,
    });
    const submitted = identificationEnvelope('identification.submitted', {
      identificationId: randomUUID(),
      personId,
      reference,
      recordingAgencyId: 'police-tirana',
      isChild: true,
      region: 'TIRANA',
      anonymous: true,
      routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
    });
    await subgraph.consumer.handle({ ...submitted, occurredAt: new Date(Date.now() - 60_000).toISOString() });
    await subgraph.consumer.handle(later);
    const [row] = await subgraph.dataSource.query(`SELECT is_child, interview_consent FROM referral.person_ref WHERE person_id = $1`, [personId]);
    expect(row).toEqual({ is_child: false, interview_consent: true });
  });
});
