import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Sex } from '@nrm/domain';
import { eventQueueName, OutboxWriter, type EventEnvelope } from '@nrm/events';
import { type SubgraphUnderTest } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id status submittedAt person { id reference } screening { meetsThreshold missingGroups } }
}`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id reference summary { isChild sex ageBand } identity { givenName familyName } } }`;

describe('identification subgraph (real PostgreSQL, Redis and signed tokens)', () => {
  let subgraph: SubgraphUnderTest;
  let police: string;
  let redis: Redis;

  beforeAll(async () => {
    subgraph = await startIdentification();
    police = await subgraph.tokenFor('police.tirana');
    redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  });

  afterAll(async () => {
    await redis.quit();
    await subgraph.close();
  });

  const outboxCount = async (aggregateId?: string): Promise<number> => {
    const [row] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS n FROM identification.outbox_event ${aggregateId ? 'WHERE aggregate_id = $1' : ''}`,
      aggregateId ? [aggregateId] : [],
    );
    return row.n;
  };

  async function submit(input = adultInput(), token = police) {
    const result = await subgraph.graphql<{ submitInitialIdentification: { id: string; status: string; person: { id: string; reference: string }; screening: { meetsThreshold: boolean; missingGroups: string[] } } }>(SUBMIT, { input }, token);
    return result;
  }

  it('records a presumed victim with a reference and exactly one outbox event', async () => {
    const { data, errors } = await submit();
    expect(errors).toBeUndefined();
    const record = data!.submitInitialIdentification;
    expect(record.status).toBe('PRESUMED');
    expect(record.screening).toEqual({ meetsThreshold: true, missingGroups: [] });
    expect(record.person.reference).toMatch(/^NRM-\d{4}-\d{6}$/);
    expect(await outboxCount(record.id)).toBe(1);
    const [event] = await subgraph.dataSource.query(`SELECT payload FROM identification.outbox_event WHERE aggregate_id = $1`, [record.id]);
    expect(JSON.stringify(event.payload)).not.toMatch(/Arta|Test|1998/);
    expect(event.payload).toEqual({
      identificationId: record.id,
      personId: record.person.id,
      reference: record.person.reference,
      recordingAgencyId: 'police-tirana',
      isChild: false,
      region: 'TIRANA',
      anonymous: false,
      routing: { sex: 'FEMALE', foreign: false, accompanyingChildren: false },
      childProtectionUnit: null,
      // Codes for the national statistics (docs/statistics.md); the gateway's e2e test covers each age case.
      statistics: expect.objectContaining({ sex: 'FEMALE', ageGroup: 'ADULT', agencyType: 'STATE_POLICE', exploitationTypes: ['SEXUAL'], status: 'PRESUMED' }),
    });
    const mandates = await subgraph.dataSource.query(`SELECT 1 FROM identification.person_relationship WHERE person_id = $1`, [record.person.id]);
    expect(mandates).toHaveLength(0);
  });

  it("gives the region's child protection unit its mandate for a child, with the submission", async () => {
    const child = adultInput({ person: { ...adultInput().person, dateOfBirth: `${new Date().getUTCFullYear() - 15}-01-01` } });
    const { data, errors } = await submit(child);
    expect(errors).toBeUndefined();
    const record = data!.submitInitialIdentification;
    const mandates = await subgraph.dataSource.query(
      `SELECT agency_id, relationship, source_id, active FROM identification.person_relationship WHERE person_id = $1`,
      [record.person.id],
    );
    expect(mandates).toEqual([{ agency_id: 'cpu-tirana', relationship: 'CHILD_PROTECTION_MANDATE', source_id: record.id, active: true }]);
    const [event] = await subgraph.dataSource.query(`SELECT payload FROM identification.outbox_event WHERE aggregate_id = $1`, [record.id]);
    expect(event.payload).toMatchObject({ isChild: true, reference: record.person.reference });
  });

  it("stamps its event with the request's correlation id, from the gateway's header", async () => {
    const token = await subgraph.tokenFor('police.tirana');
    const result = await subgraph.graphql<{ submitInitialIdentification: { id: string } }>(SUBMIT, { input: adultInput() }, token, {
      'x-correlation-id': '5e1f4d1a-2b3c-4d5e-8f90-a1b2c3d4e5f6',
    });
    expect(result.errors).toBeUndefined();
    const [event] = await subgraph.dataSource.query(`SELECT correlation_id FROM identification.outbox_event WHERE aggregate_id = $1`, [
      result.data!.submitInitialIdentification.id,
    ]);
    expect(event.correlation_id).toBe('5e1f4d1a-2b3c-4d5e-8f90-a1b2c3d4e5f6');
  });

  const referenceNumber = (reference: string): number => Number(reference.split('-')[2]);

  it('returns the same record for the same clientRequestId, even when sent concurrently, and uses up no reference number', async () => {
    const input = adultInput();
    const before = await outboxCount();
    const first = (await submit()).data!.submitInitialIdentification.person.reference;
    const results = await Promise.all([submit(input), submit(input), submit(input), submit(input)]);
    const ids = new Set(results.map((result) => result.data?.submitInitialIdentification.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    expect(await outboxCount(id)).toBe(1);
    // The duplicates wrote nothing: no event of theirs is left behind.
    expect(await outboxCount()).toBe(before + 2);
    const [row] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.initial_identification WHERE client_request_id = $1`, [input.clientRequestId]);
    expect(row.n).toBe(1);
    const duplicated = new Set(results.map((result) => result.data!.submitInitialIdentification.person.reference));
    expect([...duplicated]).toHaveLength(1);
    const after = (await submit()).data!.submitInitialIdentification.person.reference;
    // One number for the four duplicates, none skipped around them.
    expect([first, ...duplicated, after].map(referenceNumber)).toEqual([1, 2, 3].map((step) => referenceNumber(first) + step - 1));
  });

  it('answers an identical replay with the same record, whatever the key order, explicit nulls and list order', async () => {
    const input = adultInput();
    const original = (await submit(input)).data!.submitInitialIdentification;
    const { indicatorCodes, interview, person, immediateNeeds, ...rest } = input;
    const reordered = {
      immediateNeeds: [...immediateNeeds].reverse(),
      ...rest,
      interview: { guardianPresent: null, ...interview },
      person: { estimatedAge: null, ...person },
      indicatorCodes: [...indicatorCodes].reverse(),
    };
    const replay = await submit(reordered as typeof input);
    expect(replay.errors).toBeUndefined();
    expect(replay.data!.submitInitialIdentification).toEqual(original);
    const next = (await submit()).data!.submitInitialIdentification.person.reference;
    expect(referenceNumber(next)).toBe(referenceNumber(original.person.reference) + 1);
  });

  it('refuses a replay with an edited payload as CONFLICT naming clientRequestId, writes nothing and uses up no reference number', async () => {
    const input = adultInput();
    const original = (await submit(input)).data!.submitInitialIdentification;
    const persons = async () => (await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.person`))[0].n as number;
    const personsBefore = await persons();
    const outboxBefore = await outboxCount();
    const edits = [
      { person: { ...input.person, givenName: 'Drita' } },
      { indicatorCodes: input.indicatorCodes.slice(0, 2) },
      { interview: { ...input.interview, interpreterUsed: true } },
      { region: 'DURRES' },
    ];
    for (const edit of edits) {
      const edited = await submit({ ...input, ...edit });
      expect(edited.data).toBeNull();
      expect(edited.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: ['input.clientRequestId'] });
      expect(edited.errors?.[0]?.message).toMatch(/already used for a different submission/);
      expect(edited.errors?.[0]?.message).not.toMatch(/Drita|Arta|Test|DURRES/);
    }
    expect(await persons()).toBe(personsBefore);
    expect(await outboxCount()).toBe(outboxBefore);
    const [row] = await subgraph.dataSource.query(`SELECT region FROM identification.initial_identification WHERE id = $1`, [original.id]);
    expect(row.region).toBe('TIRANA');
    // The original submission still replays.
    expect((await submit(input)).data!.submitInitialIdentification).toEqual(original);
    const next = (await submit()).data!.submitInitialIdentification.person.reference;
    expect(referenceNumber(next)).toBe(referenceNumber(original.person.reference) + 1);
  });

  it('answers any replay of an erased identification with CONFLICT: its hash went with the data', async () => {
    const input = adultInput();
    const original = (await submit(input)).data!.submitInitialIdentification;
    // What erasure leaves of the hash (IdentificationService.eraseFacts).
    await subgraph.dataSource.query(`UPDATE identification.initial_identification SET input_hash = 'ERASED' WHERE id = $1`, [original.id]);
    const replay = await submit(input);
    expect(replay.errors?.map((error) => error.extensions.code)).toEqual(['CONFLICT']);
  });

  it('keeps the clientRequestId per agency: another agency may use the same id for its own submission', async () => {
    const input = adultInput();
    const police = (await submit(input)).data!.submitInitialIdentification;
    const border = await submit({ ...input, region: 'DURRES' }, await subgraph.tokenFor('border.kakavije'));
    expect(border.errors).toBeUndefined();
    expect(border.data!.submitInitialIdentification.id).not.toBe(police.id);
  });

  it('screens an adult without means as at risk, naming the missing group', async () => {
    const { data } = await submit(adultInput({ indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'C01_SEXUAL_EXPLOITATION'] }));
    expect(data!.submitInitialIdentification.status).toBe('AT_RISK');
    expect(data!.submitInitialIdentification.screening.missingGroups).toEqual(['MEANS']);
  });

  it('rejects malformed input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await outboxCount();
    const badEnum = await submit(adultInput({ venue: 'MOON' }));
    expect(badEnum.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.venue'] });
    const badCountry = await submit(adultInput({ person: { ...adultInput().person, citizenship: ['XX'] } }));
    expect(badCountry.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.person.citizenship'] });
    const unknownIndicator = await submit(adultInput({ indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'NOPE'] }));
    expect(unknownIndicator.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.indicatorCodes.1'] });
    const unknownRegion = await submit(adultInput({ region: 'ATLANTIS' }));
    expect(unknownRegion.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.region'] });
    expect(JSON.stringify([badEnum, badCountry])).not.toContain('Arta');
    expect(await outboxCount()).toBe(before);
  });

  it('keeps no identity when the person declines the interview', async () => {
    const { data } = await submit(adultInput({ interview: { consentToInterview: false } }));
    const [person] = await subgraph.dataSource.query(`SELECT given_name, family_name, date_of_birth, anonymous FROM identification.person WHERE id = $1`, [
      data!.submitInitialIdentification.person.id,
    ]);
    expect(person).toEqual({ given_name: null, family_name: null, date_of_birth: null, anonymous: true });
  });

  it('refuses submission to roles other than first responders', async () => {
    const result = await submit(adultInput(), await subgraph.tokenFor('cm.shelter-a'));
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await subgraph.graphql(SUBMIT, { input: adultInput() });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  describe('person categories through the access policy', () => {
    let personId: string;
    beforeAll(async () => {
      personId = (await submit()).data!.submitInitialIdentification.person.id;
    });

    it('shows identity to the recording agency and to the RA by mandate', async () => {
      for (const user of ['police.tirana', 'ra.officer']) {
        const result = await subgraph.graphql<{ person: { identity: { givenName: string } } }>(PERSON, { id: personId }, await subgraph.tokenFor(user));
        expect(result.errors).toBeUndefined();
        expect(result.data!.person.identity.givenName).toBe('Arta');
      }
    });

    it('forbids an agency with no relationship and another first responder', async () => {
      for (const user of ['cm.shelter-a', 'border.kakavije']) {
        const result = await subgraph.graphql(PERSON, { id: personId }, await subgraph.tokenFor(user));
        expect(result.data?.['person']).toBeNull();
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
    });

    it('never shows a person to the national coordinator', async () => {
      const result = await subgraph.graphql(PERSON, { id: personId }, await subgraph.tokenFor('coordinator'));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });

    it('gives a provider with a pending referral the summary but not the identity', async () => {
      const referralId = randomUUID();
      const envelope: EventEnvelope<'referral.created'> = {
        id: randomUUID(),
        type: 'referral.created',
        aggregateId: referralId,
        payload: { referralId, personId, reference: 'NRM-TEST', providerAgencyId: 'shelter-a', urgent: false },
        occurredAt: new Date().toISOString(),
        correlationId: null,
        producer: 'referral',
      };
      const consumer = await consumerOf(subgraph);
      expect(await consumer.handle(envelope)).toBe('processed');
      const result = await subgraph.graphql<{ person: { summary: { sex: string }; identity: unknown } }>(PERSON, { id: personId }, await subgraph.tokenFor('cm.shelter-a'));
      expect(result.data!.person.summary.sex).toBe('FEMALE');
      expect(result.data!.person.identity).toBeNull();
      expect(result.errors).toEqual([expect.objectContaining({ path: ['person', 'identity'], extensions: { code: 'CONSENT_REQUIRED' } })]);
      const other = await subgraph.graphql(PERSON, { id: personId }, await subgraph.tokenFor('cm.shelter-b'));
      expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('the interview details, as TRAFFICKING_EXPERIENCE through the access policy', () => {
    const INTERVIEW = `query Interview($id: ID!) {
      initialIdentification(id: $id) { id region interview { consentToInterview language interpreterUsed privateSetting guardianPresent } }
    }`;
    type InterviewResult = { initialIdentification: { id: string; region: string; interview: Record<string, unknown> | null } | null };
    const read = async (username: string, id: string, correlationId = randomUUID()) => ({
      correlationId,
      result: await subgraph.graphql<InterviewResult>(INTERVIEW, { id }, await subgraph.tokenFor(username), { 'x-correlation-id': correlationId }),
    });
    const entries = (correlationId: string) =>
      subgraph.dataSource.query<Array<{ person_id: string | null; actor_agency_id: string; categories: string[]; basis: string | null; decision: string; reason: string | null }>>(
        `SELECT person_id, actor_agency_id, categories, basis, decision, reason FROM identification.audit_entry WHERE correlation_id = $1 ORDER BY seq`,
        [correlationId],
      );
    const childInput = () =>
      adultInput({
        person: { ...adultInput().person, dateOfBirth: `${new Date().getUTCFullYear() - 15}-01-01` },
        interview: { consentToInterview: true, language: 'ro', interpreterUsed: true, privateSetting: false, guardianPresent: true },
      });
    const stored = { consentToInterview: true, language: 'ro', interpreterUsed: true, privateSetting: false, guardianPresent: true };

    it('serves the recording agency the interview as recorded, with nothing audited (its own record)', async () => {
      const input = adultInput({ interview: { consentToInterview: true, language: 'ro', interpreterUsed: true } });
      const submitted = await subgraph.graphql<{ submitInitialIdentification: { id: string; interview: unknown } }>(
        `mutation Submit($input: SubmitInitialIdentificationInput!) {
          submitInitialIdentification(input: $input) { id interview { consentToInterview language interpreterUsed privateSetting guardianPresent } }
        }`,
        { input },
        police,
      );
      expect(submitted.errors).toBeUndefined();
      const expected = { consentToInterview: true, language: 'ro', interpreterUsed: true, privateSetting: true, guardianPresent: null };
      expect(submitted.data!.submitInitialIdentification.interview).toEqual(expected);
      const { result, correlationId } = await read('police.tirana', submitted.data!.submitInitialIdentification.id);
      expect(result.errors).toBeUndefined();
      expect(result.data!.initialIdentification!.interview).toEqual(expected);
      expect(await entries(correlationId)).toEqual([]);
    });

    it('serves the RA by legal mandate, and audits the read as TRAFFICKING_EXPERIENCE', async () => {
      const { data } = await submit(childInput());
      const { id, person } = data!.submitInitialIdentification;
      const { result, correlationId } = await read('ra.officer', id);
      expect(result.errors).toBeUndefined();
      expect(result.data!.initialIdentification!.interview).toEqual(stored);
      // The identification's workflow fields (SUMMARY) and its interview join the request's one entry.
      expect(await entries(correlationId)).toEqual([
        {
          person_id: person.id,
          actor_agency_id: 'responsible-authority',
          categories: ['SUMMARY', 'TRAFFICKING_EXPERIENCE'],
          basis: 'LEGAL_MANDATE',
          decision: 'ALLOWED',
          reason: null,
        },
      ]);
    });

    it('refuses a first responder of another agency (FORBIDDEN) and records the denial', async () => {
      const { data } = await submit(childInput());
      const { id, person } = data!.submitInitialIdentification;
      const { result, correlationId } = await read('border.kakavije', id);
      expect(result.data?.initialIdentification ?? null).toBeNull();
      expect(result.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
      expect(result.text).not.toMatch(/"ro"|guardianPresent":true/);
      expect(await entries(correlationId)).toEqual([
        { person_id: person.id, actor_agency_id: 'border-kakavije', categories: ['SUMMARY'], basis: null, decision: 'DENIED', reason: 'FORBIDDEN' },
      ]);
      // The same probe with an id that names nothing: the same answer, an entry about no one.
      const unknown = await read('border.kakavije', randomUUID());
      expect(unknown.result.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
      expect(await entries(unknown.correlationId)).toEqual([
        { person_id: null, actor_agency_id: 'border-kakavije', categories: ['SUMMARY'], basis: null, decision: 'DENIED', reason: 'FORBIDDEN' },
      ]);
    });

    it('closes the interview to the child protection unit once the person is no longer a child, and audits the refusal', async () => {
      const { data } = await submit(childInput());
      const { id, person } = data!.submitInitialIdentification;
      const asChild = await read('cpw.tirana', id);
      expect(asChild.result.errors).toBeUndefined();
      expect(asChild.result.data!.initialIdentification!.interview).toEqual(stored);
      // The unit's mandate holds for a child only: the identification stays listed to it, its interview does not.
      await subgraph.dataSource.query(`UPDATE identification.person SET is_child = false WHERE id = $1`, [person.id]);
      const asAdult = await read('cpw.tirana', id);
      expect(asAdult.result.data!.initialIdentification).toMatchObject({ id, region: 'TIRANA', interview: null });
      expect(asAdult.result.errors?.map((error) => [error.path, error.extensions.code])).toEqual([[['initialIdentification', 'interview'], 'FORBIDDEN']]);
      expect(await entries(asAdult.correlationId)).toContainEqual(
        expect.objectContaining({ person_id: person.id, actor_agency_id: 'cpu-tirana', categories: ['TRAFFICKING_EXPERIENCE'], decision: 'DENIED' }),
      );
    });
  });

  describe('outbox and inbox', () => {
    it('publishes nothing for a rolled-back write', async () => {
      const before = await outboxCount();
      const aggregateId = randomUUID();
      await expect(
        subgraph.dataSource.transaction(async (manager) => {
          const payload = {
            identificationId: aggregateId,
            personId: aggregateId,
            reference: 'NRM-ROLLBACK',
            recordingAgencyId: 'police-tirana',
            isChild: false,
            region: 'TIRANA',
            anonymous: false,
            routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
          };
          await new OutboxWriter('identification').append(manager, 'identification.submitted', aggregateId, payload, null);
          throw new Error('business rule failed after the event was appended');
        }),
      ).rejects.toThrow('business rule failed');
      expect(await outboxCount()).toBe(before);
      await subgraph.messaging.relay?.flush();
      const queue = new Queue(eventQueueName('notifications'), { connection: redis });
      const jobs = await queue.getJobs(['waiting', 'active', 'completed', 'delayed', 'failed']);
      expect(jobs.some((job) => job.data.aggregateId === aggregateId)).toBe(false);
      await queue.close();
    });

    it('relays a committed event once per subscriber with the outbox id as job id, even when re-sent', async () => {
      const { data } = await submit();
      const identificationId = data!.submitInitialIdentification.id;
      const [event] = await subgraph.dataSource.query(`SELECT id FROM identification.outbox_event WHERE aggregate_id = $1`, [identificationId]);
      const relay = await relayOf(subgraph);
      await relay.flush();
      const queue = new Queue(eventQueueName('notifications'), { connection: redis });
      expect((await queue.getJob(event.id))?.data.aggregateId).toBe(identificationId);
      // A crash between enqueueing and marking as published makes the relay send the row again.
      await subgraph.dataSource.query(`UPDATE identification.outbox_event SET published_at = NULL WHERE id = $1`, [event.id]);
      await relay.flush();
      const jobs = await queue.getJobs(['waiting', 'active', 'completed', 'delayed', 'failed']);
      expect(jobs.filter((job) => job.id === event.id)).toHaveLength(1);
      await queue.close();
    });

    it('changes nothing when an event is delivered twice', async () => {
      const personId = (await submit()).data!.submitInitialIdentification.person.id;
      const referralId = randomUUID();
      const envelope: EventEnvelope<'referral.accepted'> = {
        id: randomUUID(),
        type: 'referral.accepted',
        aggregateId: referralId,
        payload: { referralId, personId, reference: 'NRM-TEST', providerAgencyId: 'shelter-a' },
        occurredAt: new Date().toISOString(),
        correlationId: null,
        producer: 'referral',
      };
      const consumer = await consumerOf(subgraph);
      expect(await consumer.handle(envelope)).toBe('processed');
      const snapshot = await subgraph.dataSource.query(`SELECT * FROM identification.person_relationship WHERE person_id = $1 ORDER BY relationship`, [personId]);
      expect(await consumer.handle(envelope)).toBe('duplicate');
      expect(await subgraph.dataSource.query(`SELECT * FROM identification.person_relationship WHERE person_id = $1 ORDER BY relationship`, [personId])).toEqual(snapshot);
    });
  });
});

/** Starts the workers on demand: the rest of the suite drives them by hand. */
async function relayOf(subgraph: SubgraphUnderTest) {
  if (!subgraph.messaging.relay) await subgraph.messaging.startWorkers();
  return subgraph.messaging.relay!;
}
async function consumerOf(subgraph: SubgraphUnderTest) {
  if (!subgraph.messaging.consumer) await subgraph.messaging.startWorkers();
  return subgraph.messaging.consumer!;
}
