import { randomUUID } from 'node:crypto';
import { Sex } from '@nrm/domain';
import type { EventConsumer, EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import { seedServiceProviders } from '../src/seed/seed-service-providers';
import { type ReferralUnderTest, seededProvider, startReferral } from './referral-harness';

const SHELTER_A = seededProvider('shelter-a');
const SHELTER_B = seededProvider('shelter-b');
const SHELTER_C = seededProvider('shelter-c');

const REFERRAL_FIELDS = `id reference status urgent createdAt respondedAt declineReason caseId person { id } provider { id agencyId placesFree }`;
const CREATE = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL_FIELDS} } }`;
const RESPOND = `mutation ($input: RespondToReferralInput!) { respondToReferral(input: $input) { ${REFERRAL_FIELDS} } }`;
const REFERRAL = `query ($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;
const REFERRALS = `query ($filter: ReferralFilter, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) { edges { cursor node { id status provider { agencyId } } } pageInfo { hasNextPage endCursor } }
}`;

interface ReferralView {
  id: string;
  reference: string;
  status: string;
  urgent: boolean;
  declineReason: string | null;
  caseId: string | null;
  person: { id: string };
  provider: { id: string; agencyId: string; placesFree: number };
}

describe('referral subgraph', () => {
  let subgraph: ReferralUnderTest;
  let consumer: EventConsumer;
  let raOfficer: string;
  let cmShelterA: string;
  let cmShelterB: string;

  beforeAll(async () => {
    subgraph = await startReferral();
    consumer = subgraph.consumer;
    await seedServiceProviders(subgraph.dataSource);
    // The suite owns the demo providers' capacity in its throwaway database: start from the seeded numbers.
    await subgraph.dataSource.query(`UPDATE referral.service_provider SET places_free = places_total, authorised = (agency_id <> 'shelter-c')`);
    [raOfficer, cmShelterA, cmShelterB] = await Promise.all(['ra.officer', 'cm.shelter-a', 'cm.shelter-b'].map((user) => subgraph.tokenFor(user)));
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  function envelope<T extends EventType>(type: T, aggregateId: string, payload: EventPayloads[T]): EventEnvelope<T> {
    return { id: randomUUID(), type, aggregateId, payload, occurredAt: new Date().toISOString(), correlationId: null, producer: 'identification' };
  }

  /** A person known to this service through the identification event, as the identification service would send it. */
  async function identifiedPerson(isChild: boolean): Promise<{ personId: string; reference: string }> {
    const personId = randomUUID();
    const reference = `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    const event = envelope('identification.submitted', randomUUID(), {
      identificationId: randomUUID(),
      personId,
      reference,
      recordingAgencyId: 'police-tirana',
      routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
      isChild,
      region: 'TIRANA',
      anonymous: false,
    });
    await expect(consumer.handle(event)).resolves.toBe('processed');
    return { personId, reference };
  }

  async function createReferral(personId: string, providerId: string, token = raOfficer) {
    return subgraph.graphql<{ createReferral: ReferralView }>(CREATE, { input: { personId, providerId } }, token);
  }

  async function pendingReferralToShelterA(): Promise<ReferralView> {
    const { personId } = await identifiedPerson(false);
    const result = await createReferral(personId, SHELTER_A.id);
    expect(result.errors).toBeUndefined();
    return result.data!.createReferral;
  }

  async function placesFree(providerId: string): Promise<number> {
    const [row] = (await subgraph.dataSource.query(`SELECT places_free FROM referral.service_provider WHERE id = $1`, [providerId])) as Array<{ places_free: number }>;
    return row!.places_free;
  }

  async function outboxRows(aggregateId: string): Promise<Array<{ type: string; payload: Record<string, unknown>; xmin: string }>> {
    return subgraph.dataSource.query(`SELECT type, payload, xmin::text AS xmin FROM referral.outbox_event WHERE aggregate_id = $1 ORDER BY position`, [aggregateId]);
  }

  describe('serviceProviders', () => {
    it('lists the directory to the Responsible Authority, with authorisation and places', async () => {
      const result = await subgraph.graphql<{ serviceProviders: Array<Record<string, unknown>> }>(
        `{ serviceProviders { id agencyId name authorised placesFree serves region } }`,
        {},
        raOfficer,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.serviceProviders).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ agencyId: 'shelter-a', authorised: true, placesFree: 40, serves: SHELTER_A.serves }),
          expect.objectContaining({ agencyId: 'shelter-b', authorised: true, placesFree: 30 }),
          expect.objectContaining({ agencyId: 'shelter-c', authorised: false }),
        ]),
      );
    });

    it('filters by the groups a provider must serve', async () => {
      const result = await subgraph.graphql<{ serviceProviders: Array<{ agencyId: string }> }>(
        `query ($filter: ServiceProviderFilter) { serviceProviders(filter: $filter) { agencyId } }`,
        { filter: { serves: ['CHILDREN'], authorisedOnly: true } },
        cmShelterB,
      );
      const agencies = result.data!.serviceProviders.map((provider) => provider.agencyId);
      expect(agencies).toContain('shelter-a');
      expect(agencies).not.toContain('shelter-b');
      expect(agencies).not.toContain('shelter-c');
    });

    it('is FORBIDDEN to a first responder and UNAUTHENTICATED without a token', async () => {
      const police = await subgraph.graphql(`{ serviceProviders { id } }`, {}, await subgraph.tokenFor('police.tirana'));
      expect(police.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const anonymous = await subgraph.graphql(`{ serviceProviders { id } }`);
      expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('seed', () => {
    it('inserts the demo providers once and never resets their places', async () => {
      const before = await placesFree(SHELTER_B.id);
      await subgraph.dataSource.query(`UPDATE referral.service_provider SET places_free = places_free - 1 WHERE id = $1`, [SHELTER_B.id]);
      await expect(seedServiceProviders(subgraph.dataSource)).resolves.toBe(0);
      expect(await placesFree(SHELTER_B.id)).toBe(before - 1);
      await subgraph.dataSource.query(`UPDATE referral.service_provider SET places_free = $2 WHERE id = $1`, [SHELTER_B.id, before]);
    });
  });

  describe('the identification projection', () => {
    it('ignores a redelivered identification event', async () => {
      const event = envelope('identification.submitted', randomUUID(), {
        identificationId: randomUUID(),
        personId: randomUUID(),
        reference: 'NRM-2026-999001',
        recordingAgencyId: 'police-tirana',
        routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
        isChild: false,
        region: 'TIRANA',
        anonymous: false,
      });
      await expect(consumer.handle(event)).resolves.toBe('processed');
      await expect(consumer.handle(event)).resolves.toBe('duplicate');
      const rows: unknown[] = await subgraph.dataSource.query(`SELECT 1 FROM referral.person_ref WHERE person_id = $1`, [event.payload.personId]);
      expect(rows).toHaveLength(1);
    });
  });

  describe('createReferral', () => {
    it('writes the referral and exactly one referral.created outbox row in the same transaction', async () => {
      const { personId, reference } = await identifiedPerson(false);
      const result = await subgraph.graphql<{ createReferral: ReferralView }>(CREATE, { input: { personId, providerId: SHELTER_A.id, urgent: true } }, raOfficer);
      expect(result.errors).toBeUndefined();
      const referral = result.data!.createReferral;
      expect(referral).toMatchObject({ status: 'PENDING', urgent: true, reference, person: { id: personId }, provider: { id: SHELTER_A.id, agencyId: 'shelter-a' } });

      const [row] = (await subgraph.dataSource.query(
        `SELECT status, person_id, provider_agency_id, urgent, created_by_agency_id, xmin::text AS xmin FROM referral.referral WHERE id = $1`,
        [referral.id],
      )) as Array<Record<string, unknown>>;
      expect(row).toMatchObject({ status: 'PENDING', person_id: personId, provider_agency_id: 'shelter-a', urgent: true, created_by_agency_id: 'responsible-authority' });
      const events = await outboxRows(referral.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'referral.created',
        payload: { referralId: referral.id, personId, reference, providerAgencyId: 'shelter-a', urgent: true },
      });
      // Same inserting transaction id: the row and its event committed together.
      expect(events[0]!.xmin).toBe(row!['xmin']);
    });

    it('refuses a second pending referral of the same person to the same provider', async () => {
      const { personId } = await identifiedPerson(false);
      expect((await createReferral(personId, SHELTER_A.id)).errors).toBeUndefined();
      const second = await createReferral(personId, SHELTER_A.id);
      expect(second.errors?.[0]?.extensions.code).toBe('CONFLICT');
      const rows: unknown[] = await subgraph.dataSource.query(`SELECT 1 FROM referral.referral WHERE person_id = $1`, [personId]);
      expect(rows).toHaveLength(1);
    });

    it('lets only one of two concurrent identical referrals through', async () => {
      const { personId } = await identifiedPerson(false);
      const results = await Promise.all([createReferral(personId, SHELTER_B.id), createReferral(personId, SHELTER_B.id)]);
      expect(results.map((result) => result.errors?.[0]?.extensions.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      const rows: unknown[] = await subgraph.dataSource.query(`SELECT 1 FROM referral.outbox_event WHERE payload->>'personId' = $1::text`, [personId]);
      expect(rows).toHaveLength(1);
    });

    it('refuses to refer a child to a provider that does not serve children, and writes nothing', async () => {
      const { personId } = await identifiedPerson(true);
      const result = await createReferral(personId, SHELTER_B.id);
      expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toMatch(/children/);
      const rows: unknown[] = await subgraph.dataSource.query(
        `SELECT 1 FROM referral.referral WHERE person_id = $1 UNION ALL SELECT 1 FROM referral.outbox_event WHERE payload->>'personId' = $1::text`,
        [personId],
      );
      expect(rows).toHaveLength(0);
    });

    it('refers a child to a provider that serves children', async () => {
      const { personId } = await identifiedPerson(true);
      const result = await createReferral(personId, SHELTER_A.id);
      expect(result.errors).toBeUndefined();
      expect(result.data!.createReferral.status).toBe('PENDING');
    });

    it('refuses to refer an adult to a provider that serves children only', async () => {
      const providerId = await insertProvider({ serves: ['CHILDREN', 'WITH_CHILDREN'], placesFree: 3 });
      const { personId } = await identifiedPerson(false);
      const result = await createReferral(personId, providerId);
      expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toMatch(/adults/);
    });

    it('refuses an unauthorised provider', async () => {
      const { personId } = await identifiedPerson(false);
      const result = await createReferral(personId, SHELTER_C.id);
      expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toMatch(/not authorised/);
    });

    it('refuses a provider with no place free', async () => {
      const providerId = await insertProvider({ serves: ['ADULTS', 'WOMEN', 'MEN'], placesFree: 0 });
      const { personId } = await identifiedPerson(false);
      const result = await createReferral(personId, providerId);
      expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toMatch(/no place/);
    });

    it('answers NOT_FOUND for a person it has not been told about', async () => {
      const result = await createReferral(randomUUID(), SHELTER_A.id);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['input.personId'] });
    });

    it('names a malformed id as BAD_USER_INPUT', async () => {
      const result = await createReferral('not-a-uuid', SHELTER_A.id);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.personId'] });
    });

    it("is FORBIDDEN to a provider's case manager", async () => {
      const { personId } = await identifiedPerson(false);
      const result = await createReferral(personId, SHELTER_A.id, cmShelterA);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('respondToReferral', () => {
    it("is FORBIDDEN to another provider's case manager", async () => {
      const referral = await pendingReferralToShelterA();
      const result = await subgraph.graphql(RESPOND, { input: { referralId: referral.id, decision: 'ACCEPT' } }, cmShelterB);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const [row] = (await subgraph.dataSource.query(`SELECT status FROM referral.referral WHERE id = $1`, [referral.id])) as Array<{ status: string }>;
      expect(row!.status).toBe('PENDING');
    });

    it('is FORBIDDEN to the Responsible Authority (the provider answers)', async () => {
      const referral = await pendingReferralToShelterA();
      const result = await subgraph.graphql(RESPOND, { input: { referralId: referral.id, decision: 'ACCEPT' } }, raOfficer);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('accepts: takes one place, fixes the case id in the answer and emits referral.accepted with it', async () => {
      const referral = await pendingReferralToShelterA();
      const before = await placesFree(SHELTER_A.id);
      const result = await subgraph.graphql<{ respondToReferral: ReferralView }>(RESPOND, { input: { referralId: referral.id, decision: 'ACCEPT' } }, cmShelterA);
      expect(result.errors).toBeUndefined();
      expect(result.data!.respondToReferral).toMatchObject({ status: 'ACCEPTED', provider: { placesFree: before - 1 } });
      const caseId = result.data!.respondToReferral.caseId;
      expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await placesFree(SHELTER_A.id)).toBe(before - 1);
      const events = await outboxRows(referral.id);
      expect(events.map((event) => event.type)).toEqual(['referral.created', 'referral.accepted']);
      expect(events[1]!.payload).toEqual({ referralId: referral.id, personId: referral.person.id, reference: referral.reference, providerAgencyId: 'shelter-a', caseId });
    });

    it('answers CONFLICT to a second answer, and changes nothing', async () => {
      const referral = await pendingReferralToShelterA();
      expect((await subgraph.graphql(RESPOND, { input: { referralId: referral.id, decision: 'ACCEPT' } }, cmShelterA)).errors).toBeUndefined();
      const places = await placesFree(SHELTER_A.id);
      const again = await subgraph.graphql(RESPOND, { input: { referralId: referral.id, decision: 'DECLINE', reason: 'changed our mind' } }, cmShelterA);
      expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
      expect(await placesFree(SHELTER_A.id)).toBe(places);
      expect(await outboxRows(referral.id)).toHaveLength(2);
    });

    it('lets exactly one of two concurrent answers win', async () => {
      const referral = await pendingReferralToShelterA();
      const answers = await Promise.all([
        subgraph.graphql(RESPOND, { input: { referralId: referral.id, decision: 'ACCEPT' } }, cmShelterA),
        subgraph.graphql(RESPOND, { input: { referralId: referral.id, decision: 'DECLINE', reason: 'no female staff on duty' } }, cmShelterA),
      ]);
      const codes = answers.map((answer) => answer.errors?.[0]?.extensions.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect(await outboxRows(referral.id)).toHaveLength(2);
    });

    it('refuses to accept when the provider has no place left', async () => {
      const referral = await pendingReferralToShelterA();
      const saved = await placesFree(SHELTER_A.id);
      await subgraph.dataSource.query(`UPDATE referral.service_provider SET places_free = 0 WHERE id = $1`, [SHELTER_A.id]);
      try {
        const result = await subgraph.graphql(RESPOND, { input: { referralId: referral.id, decision: 'ACCEPT' } }, cmShelterA);
        expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
        const [row] = (await subgraph.dataSource.query(`SELECT status FROM referral.referral WHERE id = $1`, [referral.id])) as Array<{ status: string }>;
        expect(row!.status).toBe('PENDING');
      } finally {
        await subgraph.dataSource.query(`UPDATE referral.service_provider SET places_free = $2 WHERE id = $1`, [SHELTER_A.id, saved]);
      }
    });

    it('refuses a decline without a reason, naming input.reason', async () => {
      const referral = await pendingReferralToShelterA();
      const missing = await subgraph.graphql(RESPOND, { input: { referralId: referral.id, decision: 'DECLINE' } }, cmShelterA);
      expect(missing.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.reason'] });
      const blank = await subgraph.graphql(RESPOND, { input: { referralId: referral.id, decision: 'DECLINE', reason: '   ' } }, cmShelterA);
      expect(blank.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.reason'] });
    });

    it('declines with a reason: emits referral.declined and keeps the places', async () => {
      const referral = await pendingReferralToShelterA();
      const places = await placesFree(SHELTER_A.id);
      const result = await subgraph.graphql<{ respondToReferral: ReferralView }>(
        RESPOND,
        { input: { referralId: referral.id, decision: 'DECLINE', reason: 'needs specialised mental-health care' } },
        cmShelterA,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.respondToReferral).toMatchObject({ status: 'DECLINED', declineReason: 'needs specialised mental-health care' });
      expect(await placesFree(SHELTER_A.id)).toBe(places);
      expect((await outboxRows(referral.id)).map((event) => event.type)).toEqual(['referral.created', 'referral.declined']);
    });

    it("answers an unknown referral exactly as another provider's, so a case manager cannot probe ids", async () => {
      const result = await subgraph.graphql(RESPOND, { input: { referralId: randomUUID(), decision: 'ACCEPT' } }, cmShelterA);
      expect(result.errors?.map((error) => ({ message: error.message, extensions: error.extensions }))).toEqual([
        { message: 'Only the provider the person was referred to may answer', extensions: { code: 'FORBIDDEN' } },
      ]);
    });
  });

  describe('referral and referrals', () => {
    let pending: ReferralView;
    let accepted: ReferralView;
    let declined: ReferralView;

    beforeAll(async () => {
      [pending, accepted, declined] = [await pendingReferralToShelterA(), await pendingReferralToShelterA(), await pendingReferralToShelterA()];
      const answer = await subgraph.graphql<{ respondToReferral: ReferralView }>(RESPOND, { input: { referralId: accepted.id, decision: 'ACCEPT' } }, cmShelterA);
      accepted = answer.data!.respondToReferral;
      await subgraph.graphql(RESPOND, { input: { referralId: declined.id, decision: 'DECLINE', reason: 'full for this profile' } }, cmShelterA);
    });

    async function visibleIds(token: string, filter: Record<string, unknown> = {}): Promise<string[]> {
      const ids: string[] = [];
      let after: string | undefined;
      for (;;) {
        const result = await subgraph.graphql<{ referrals: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
          REFERRALS,
          { filter, first: 100, after },
          token,
        );
        expect(result.errors).toBeUndefined();
        ids.push(...result.data!.referrals.edges.map((edge) => edge.node.id));
        if (!result.data!.referrals.pageInfo.hasNextPage) return ids;
        after = result.data!.referrals.pageInfo.endCursor ?? undefined;
      }
    }

    it('shows the Responsible Authority every referral, declined ones with their reason', async () => {
      const ids = await visibleIds(raOfficer);
      expect(ids).toEqual(expect.arrayContaining([pending.id, accepted.id, declined.id]));
      const result = await subgraph.graphql<{ referral: ReferralView }>(REFERRAL, { id: declined.id }, raOfficer);
      expect(result.data!.referral).toMatchObject({ status: 'DECLINED', declineReason: 'full for this profile' });
    });

    it("shows a provider's staff their pending and accepted referrals, not declined ones", async () => {
      for (const user of ['cm.shelter-a', 'psy.shelter-a']) {
        const ids = await visibleIds(await subgraph.tokenFor(user));
        expect(ids).toEqual(expect.arrayContaining([pending.id, accepted.id]));
        expect(ids).not.toContain(declined.id);
      }
      const result = await subgraph.graphql(REFERRAL, { id: declined.id }, cmShelterA);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it("hides another provider's referrals", async () => {
      const ids = await visibleIds(cmShelterB);
      expect(ids).not.toContain(pending.id);
      expect(ids).not.toContain(accepted.id);
      const result = await subgraph.graphql(REFERRAL, { id: pending.id }, cmShelterB);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('filters by status and person, and pages with a cursor', async () => {
      expect(await visibleIds(raOfficer, { personId: accepted.person.id })).toEqual([accepted.id]);
      const statuses = await subgraph.graphql<{ referrals: { edges: Array<{ node: { status: string } }> } }>(REFERRALS, { filter: { status: 'ACCEPTED' } }, raOfficer);
      expect(new Set(statuses.data!.referrals.edges.map((edge) => edge.node.status))).toEqual(new Set(['ACCEPTED']));
      const page = await subgraph.graphql<{ referrals: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        REFERRALS,
        { first: 1 },
        raOfficer,
      );
      const next = await subgraph.graphql<{ referrals: { edges: Array<{ node: { id: string } }> } }>(REFERRALS, { first: 1, after: page.data!.referrals.pageInfo.endCursor }, raOfficer);
      expect(page.data!.referrals.pageInfo.hasNextPage).toBe(true);
      expect(next.data!.referrals.edges[0]!.node.id).not.toBe(page.data!.referrals.edges[0]!.node.id);
    });

    it('is FORBIDDEN to roles outside the referral workflow', async () => {
      const result = await subgraph.graphql(REFERRAL, { id: pending.id }, await subgraph.tokenFor('coordinator'));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      expect((await subgraph.graphql(REFERRAL, { id: randomUUID() }, raOfficer)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect((await subgraph.graphql(REFERRAL, { id: 'x' }, raOfficer)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['id'] });
    });

    it('keeps the case id fixed at acceptance when the case.opened event arrives', async () => {
      const event: EventEnvelope<'case.opened'> = {
        ...envelope('case.opened', accepted.caseId!, {
          caseId: accepted.caseId!,
          referralId: accepted.id,
          personId: accepted.person.id,
          reference: accepted.reference,
          providerAgencyId: 'shelter-a',
        }),
        producer: 'shelters',
      };
      await expect(consumer.handle(event)).resolves.toBe('processed');
      const result = await subgraph.graphql<{ referral: ReferralView }>(REFERRAL, { id: accepted.id }, cmShelterA);
      expect(result.data!.referral.caseId).toBe(accepted.caseId);
    });
  });

  async function insertProvider(options: { serves: string[]; placesFree: number }): Promise<string> {
    const id = randomUUID();
    await subgraph.dataSource.query(
      `INSERT INTO referral.service_provider (id, agency_id, agency_type, name, authorised, places_total, places_free, serves, services, region)
       VALUES ($1, $2, 'SHELTER_NGO', 'Test provider', true, 5, $3, $4, '{ACCOMMODATION}', 'TIRANA')`,
      [id, `test-provider-${id}`, options.placesFree, options.serves],
    );
    return id;
  }
});
