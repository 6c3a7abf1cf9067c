import { randomUUID } from 'node:crypto';
import { Sex } from '@nrm/domain';
import { identificationEnvelope, type ReferralUnderTest, seededProvider, startReferralWithProviders } from './referral-harness';

/*
 * One live placement per person (docs/domain.md §2 step 2): a second referral while one is pending or accepted is
 * refused unless it is a transfer, acceptance is checked again when it happens, and the RA can withdraw a pending
 * referral. The providers' places are this suite's own: each test starts them full.
 */

const SHELTER_A = seededProvider('shelter-a');
const SHELTER_B = seededProvider('shelter-b');

const FIELDS = `id status transferFromReferralId withdrawnAt withdrawalReason closedAt provider { id agencyId placesFree }`;
const CREATE = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${FIELDS} } }`;
const RESPOND = `mutation ($input: RespondToReferralInput!) { respondToReferral(input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation ($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { ${FIELDS} } }`;

interface ReferralView {
  id: string;
  status: string;
  transferFromReferralId: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  closedAt: string | null;
  provider: { id: string; agencyId: string; placesFree: number };
}

describe('one live placement per person', () => {
  let subgraph: ReferralUnderTest;
  let raOfficer: string;
  let cmShelterA: string;
  let cmShelterB: string;
  let firstResponder: string;

  beforeAll(async () => {
    subgraph = await startReferralWithProviders();
    [raOfficer, cmShelterA, cmShelterB, firstResponder] = await Promise.all(
      ['ra.officer', 'cm.shelter-a', 'cm.shelter-b', 'police.tirana'].map((user) => subgraph.tokenFor(user)),
    );
  }, 60_000);

  beforeEach(async () => {
    await subgraph.dataSource.query(`UPDATE referral.service_provider SET places_free = places_total, authorised = (agency_id <> 'shelter-c')`);
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  async function person(facts: Partial<{ isChild: boolean; sex: Sex; foreign: boolean }> = {}): Promise<string> {
    const personId = randomUUID();
    const result = await subgraph.consumer.handle(
      identificationEnvelope('identification.submitted', {
        identificationId: randomUUID(),
        personId,
        reference: `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
        recordingAgencyId: 'border-kakavije',
        isChild: facts.isChild ?? false,
        region: 'GJIROKASTER',
        anonymous: false,
        routing: { sex: facts.sex ?? Sex.FEMALE, foreign: facts.foreign ?? false, accompanyingChildren: false },
      }),
    );
    expect(result).toBe('processed');
    return personId;
  }

  async function create(input: Record<string, unknown>, token = raOfficer) {
    return subgraph.graphql<{ createReferral: ReferralView }>(CREATE, { input }, token);
  }

  async function respond(referralId: string, token: string, decision = 'ACCEPT') {
    return subgraph.graphql<{ respondToReferral: ReferralView }>(RESPOND, { input: { referralId, decision, reason: decision === 'DECLINE' ? 'full' : undefined } }, token);
  }

  async function withdraw(referralId: string, reason = 'PERSON_WITHDREW', token = raOfficer) {
    return subgraph.graphql<{ withdrawReferral: ReferralView }>(WITHDRAW, { input: { referralId, reason } }, token);
  }

  async function placed(personId: string, token: string, providerId: string): Promise<ReferralView> {
    const created = await create({ personId, providerId });
    expect(created.errors).toBeUndefined();
    const accepted = await respond(created.data!.createReferral.id, token);
    expect(accepted.errors).toBeUndefined();
    return accepted.data!.respondToReferral;
  }

  async function statuses(personId: string): Promise<string[]> {
    const rows: Array<{ status: string }> = await subgraph.dataSource.query(`SELECT status FROM referral.referral WHERE person_id = $1 ORDER BY created_at, id`, [personId]);
    return rows.map((row) => row.status);
  }

  async function placesFree(providerId: string): Promise<number> {
    const [row]: Array<{ places_free: number }> = await subgraph.dataSource.query(`SELECT places_free FROM referral.service_provider WHERE id = $1`, [providerId]);
    return row!.places_free;
  }

  async function eventTypes(aggregateId: string): Promise<string[]> {
    const rows: Array<{ type: string }> = await subgraph.dataSource.query(`SELECT type FROM referral.outbox_event WHERE aggregate_id = $1 ORDER BY position`, [aggregateId]);
    return rows.map((row) => row.type);
  }

  it('refuses a second referral to another provider while the first is pending, and writes nothing', async () => {
    const personId = await person();
    expect((await create({ personId, providerId: SHELTER_A.id })).errors).toBeUndefined();
    const second = await create({ personId, providerId: SHELTER_B.id });
    expect(second.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toMatch(/pending referral/);
    expect(await statuses(personId)).toEqual(['PENDING']);
  });

  it('lets only one of two concurrent referrals of one person to two providers through', async () => {
    const personId = await person();
    const results = await Promise.all([create({ personId, providerId: SHELTER_A.id }), create({ personId, providerId: SHELTER_B.id })]);
    expect(results.map((result) => result.errors?.[0]?.extensions.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await statuses(personId)).toEqual(['PENDING']);
  });

  it('refuses a plain referral of a placed person: a second place is taken only by transfer', async () => {
    const personId = await person();
    await placed(personId, cmShelterA, SHELTER_A.id);
    const second = await create({ personId, providerId: SHELTER_B.id });
    expect(second.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toMatch(/transferFromReferralId/);
    expect(await statuses(personId)).toEqual(['ACCEPTED']);
  });

  it('refuses a transfer that names another referral than the accepted one, or the same provider, naming the field', async () => {
    const personId = await person();
    const current = await placed(personId, cmShelterA, SHELTER_A.id);
    const wrongSource = await create({ personId, providerId: SHELTER_B.id, transferFromReferralId: randomUUID() });
    expect(wrongSource.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.transferFromReferralId'] });
    const otherPerson = await person();
    const someoneElses = await placed(otherPerson, cmShelterA, SHELTER_A.id);
    const stolen = await create({ personId, providerId: SHELTER_B.id, transferFromReferralId: someoneElses.id });
    expect(stolen.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.transferFromReferralId'] });
    const sameProvider = await create({ personId, providerId: SHELTER_A.id, transferFromReferralId: current.id });
    expect(sameProvider.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.providerId'] });
    expect(await statuses(personId)).toEqual(['ACCEPTED']);
  });

  it('transfers: accepting the transfer closes the old placement, gives back its place and tells the old provider', async () => {
    const personId = await person();
    const current = await placed(personId, cmShelterA, SHELTER_A.id);
    expect(await placesFree(SHELTER_A.id)).toBe(SHELTER_A.placesTotal - 1);
    const transfer = await create({ personId, providerId: SHELTER_B.id, transferFromReferralId: current.id.toUpperCase() });
    expect(transfer.errors).toBeUndefined();
    expect(transfer.data!.createReferral.transferFromReferralId).toBe(current.id);
    // Until the new provider accepts, the person stays placed where they are.
    expect(await statuses(personId)).toEqual(['ACCEPTED', 'PENDING']);

    const accepted = await respond(transfer.data!.createReferral.id, cmShelterB);
    expect(accepted.errors).toBeUndefined();
    expect(await statuses(personId)).toEqual(['CLOSED', 'ACCEPTED']);
    expect(await placesFree(SHELTER_A.id)).toBe(SHELTER_A.placesTotal);
    expect(await placesFree(SHELTER_B.id)).toBe(SHELTER_B.placesTotal - 1);
    expect(await eventTypes(current.id)).toEqual(['referral.created', 'referral.accepted', 'referral.closed']);
    const [closed]: Array<{ payload: Record<string, unknown> }> = await subgraph.dataSource.query(
      `SELECT payload FROM referral.outbox_event WHERE aggregate_id = $1 AND type = 'referral.closed'`,
      [current.id],
    );
    expect(closed!.payload).toMatchObject({ referralId: current.id, providerAgencyId: 'shelter-a', reason: 'TRANSFERRED', transferredToReferralId: transfer.data!.createReferral.id });
    expect(Object.keys(closed!.payload).sort()).toEqual(['personId', 'providerAgencyId', 'reason', 'reference', 'referralId', 'transferredToReferralId']);
  });

  it('checks acceptance again when it happens: a referral written before the rule cannot place the person twice', async () => {
    // Two pending referrals of one person, as a database from before this rule could hold them (the index now
    // forbids it, so the second is written as PENDING after the first is accepted).
    const personId = await person();
    const first = await placed(personId, cmShelterA, SHELTER_A.id);
    const stale = randomUUID();
    await subgraph.dataSource.query(
      `INSERT INTO referral.referral (id, person_id, reference, provider_id, provider_agency_id, status, urgent, created_by, created_by_agency_id)
       SELECT $1, person_id, reference, $2, 'shelter-b', 'PENDING', false, 'ra-sub', 'responsible-authority' FROM referral.referral WHERE id = $3`,
      [stale, SHELTER_B.id, first.id],
    );
    const accept = await respond(stale, cmShelterB);
    expect(accept.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(accept.errors?.[0]?.message).toMatch(/placed with another provider/);
    expect(await placesFree(SHELTER_B.id)).toBe(SHELTER_B.placesTotal);
    expect(await statuses(personId)).toEqual(['ACCEPTED', 'PENDING']);
  });

  it('withdraws a pending referral with a coded reason: the provider can no longer answer it, and the person can be referred again', async () => {
    const personId = await person();
    const created = await create({ personId, providerId: SHELTER_A.id });
    const referralId = created.data!.createReferral.id;
    const withdrawn = await withdraw(referralId, 'PERSON_CHOSE_ANOTHER_PROVIDER');
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawReferral).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'PERSON_CHOSE_ANOTHER_PROVIDER' });
    expect(withdrawn.data!.withdrawReferral.withdrawnAt).toEqual(expect.any(String));
    expect(await eventTypes(referralId)).toEqual(['referral.created', 'referral.withdrawn']);

    const late = await respond(referralId, cmShelterA);
    expect(late.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(await placesFree(SHELTER_A.id)).toBe(SHELTER_A.placesTotal);
    expect((await create({ personId, providerId: SHELTER_B.id })).errors).toBeUndefined();
  });

  it('refuses to withdraw an accepted, declined or already withdrawn referral, and an unknown id', async () => {
    const personId = await person();
    const accepted = await placed(personId, cmShelterA, SHELTER_A.id);
    expect((await withdraw(accepted.id)).errors?.[0]?.extensions.code).toBe('CONFLICT');
    const other = await person();
    const pending = (await create({ personId: other, providerId: SHELTER_B.id })).data!.createReferral;
    expect((await withdraw(pending.id)).errors).toBeUndefined();
    expect((await withdraw(pending.id)).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await withdraw(randomUUID())).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['input.referralId'] });
    expect(await statuses(personId)).toEqual(['ACCEPTED']);
  });

  it('lets only the Responsible Authority withdraw, and refuses a reason no form offers', async () => {
    const personId = await person();
    const pending = (await create({ personId, providerId: SHELTER_A.id })).data!.createReferral;
    for (const token of [cmShelterA, firstResponder]) {
      expect((await withdraw(pending.id, 'PERSON_WITHDREW', token)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const free = await withdraw(pending.id, 'she said so');
    expect(free.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await statuses(personId)).toEqual(['PENDING']);
  });

  it('routes a foreign girl of 16 to a provider of the demo directory (girls, foreigners)', async () => {
    const personId = await person({ isChild: true, sex: Sex.FEMALE, foreign: true });
    expect((await create({ personId, providerId: SHELTER_B.id })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await create({ personId, providerId: SHELTER_A.id })).errors).toBeUndefined();
  });

  it('routes a boy to a provider of children that names no sex of children', async () => {
    const personId = await person({ isChild: true, sex: Sex.MALE });
    expect((await create({ personId, providerId: SHELTER_A.id })).errors).toBeUndefined();
  });
});
