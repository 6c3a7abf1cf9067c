import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { createLogger } from '@nrm/logging';
import { type PrivateRedis, runEventKeys, startPrivateRedis, testEventSigner, testEventVerifier, waitFor } from '@nrm/testing';
import {
  type DeadLetter,
  deadLetterQueueName,
  type EventEnvelope,
  EventConsumer,
  type EventHandlers,
  eventQueueName,
  outboxInboxUpSql,
  type SignedEventEnvelope,
  signedBytes,
} from '../src';

// The event consumer against the run's real PostgreSQL and a Redis of this spec's own: a verified event is handled
// once in the transaction of its inbox row; an unsigned, tampered or wrongly produced envelope is dead-lettered and
// never reaches a handler.
describe('EventConsumer (real PostgreSQL and Redis)', () => {
  const schema = `event_consumer_${process.pid}`;
  const logger = createLogger('event-consumer-spec', 'silent');
  let dataSource: DataSource;
  let privateRedis: PrivateRedis;
  let redis: Redis;
  let queue: Queue;
  let deadLetters: Queue;
  let consumer: EventConsumer;
  const handled: string[] = [];

  const noop = async (): Promise<void> => undefined;
  const handlers: EventHandlers = {
    'identification.submitted': noop,
    'consent.withdrawn': noop,
    'person.erased': noop,
    'person.linked': noop,
    'identification.age-verified': noop,
    'identification.interview-recorded': noop,
    'case.closed': noop,
    'case.opened': async (event, manager) => {
      handled.push(event.id);
      await manager.query(`INSERT INTO "${schema}".handled (event_id) VALUES ($1)`, [event.id]);
      if (event.payload.providerAgencyId === 'fails-once' && handled.filter((id) => id === event.id).length === 1) {
        throw new Error('the handler failed after its write');
      }
    },
  };

  const caseOpened = (providerAgencyId = 'shelter-a'): EventEnvelope<'case.opened'> => {
    const caseId = randomUUID();
    return {
      id: randomUUID(),
      type: 'case.opened',
      aggregateId: caseId,
      payload: { caseId, referralId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000002', providerAgencyId },
      occurredAt: '2026-12-02T00:00:00.000Z',
      correlationId: 'corr-consumer',
      producer: 'shelters',
    };
  };

  /** Signs with `service`'s key of this run whatever the envelope claims, as a compromised service could (EventSigner refuses). */
  const forge = (envelope: EventEnvelope, service: 'referral'): SignedEventEnvelope => {
    const key = runEventKeys()[service]!;
    const unsigned = { ...envelope, keyId: key.keyId };
    const privateKey = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
    return { ...unsigned, signature: sign(null, signedBytes(unsigned), privateKey).toString('base64') };
  };

  const rowsOf = async (table: 'handled' | 'inbox_event', id: string): Promise<number> => {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM "${schema}".${table} WHERE event_id = $1`, [id]);
    return count as number;
  };

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: process.env['DATABASE_URL'], poolSize: 4, extra: { max: 4 }, logging: false });
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA "${schema}"`);
    for (const statement of outboxInboxUpSql(schema)) await dataSource.query(statement);
    await dataSource.query(`CREATE TABLE "${schema}".handled (event_id uuid NOT NULL)`);
    privateRedis = await startPrivateRedis();
    redis = new Redis(privateRedis.url, { maxRetriesPerRequest: null });
    queue = new Queue(eventQueueName('referral'), { connection: redis });
    deadLetters = new Queue(deadLetterQueueName('referral'), { connection: redis });
    consumer = new EventConsumer({ consumer: 'referral', schema, dataSource, redis, logger, handlers, verifier: testEventVerifier(), concurrency: 1 });
    consumer.start();
  });

  afterAll(async () => {
    await consumer?.stop();
    await queue?.close();
    await deadLetters?.close();
    redis?.disconnect();
    await privateRedis?.stop();
    await dataSource?.query(`DROP SCHEMA "${schema}" CASCADE`);
    await dataSource?.destroy();
  });

  it('refuses to start without a handler for an event type the service subscribes to', () => {
    const { 'case.opened': _caseOpened, ...withoutCaseOpened } = handlers;
    expect(() => new EventConsumer({ consumer: 'referral', schema, dataSource, redis, logger, handlers: withoutCaseOpened, verifier: testEventVerifier() })).toThrow(
      /referral subscribes to events it has no handler for: case\.opened/,
    );
  });

  it('handles a signed event from its producer once, with its inbox row, however often it is delivered', async () => {
    const envelope = testEventSigner('shelters').sign(caseOpened());
    await queue.add(envelope.type, envelope, { jobId: envelope.id });
    await waitFor(async () => (await queue.getJob(envelope.id))?.returnvalue === 'processed', { description: 'the event handled' });

    // A redelivery (a relay re-send after a crash, a retry): the inbox row makes it a no-op.
    await queue.add(envelope.type, envelope, { jobId: `${envelope.id}-again` });
    await waitFor(async () => (await queue.getJob(`${envelope.id}-again`))?.returnvalue === 'duplicate', { description: 'the redelivery seen as a duplicate' });

    expect(handled.filter((id) => id === envelope.id)).toHaveLength(1);
    expect(await rowsOf('handled', envelope.id)).toBe(1);
    expect(await rowsOf('inbox_event', envelope.id)).toBe(1);
  });

  it('rolls the inbox row back with a failing handler, so the retry handles the event', async () => {
    const envelope = testEventSigner('shelters').sign(caseOpened('fails-once'));
    await queue.add(envelope.type, envelope, { jobId: envelope.id, attempts: 2, backoff: { type: 'fixed', delay: 10 } });
    await waitFor(async () => (await queue.getJob(envelope.id))?.returnvalue === 'processed', { description: 'the retried event handled' });
    // Two attempts ran the handler; only the second committed its write and its inbox row.
    expect(handled.filter((id) => id === envelope.id)).toHaveLength(2);
    expect(await rowsOf('handled', envelope.id)).toBe(1);
    expect(await rowsOf('inbox_event', envelope.id)).toBe(1);
  });

  it('dead-letters an unsigned, a tampered, a wrongly produced and an unsubscribed envelope, and handles none of them', async () => {
    const unsigned = caseOpened();
    const tampered: SignedEventEnvelope = { ...testEventSigner('shelters').sign(caseOpened()) };
    tampered.payload = { ...tampered.payload, providerAgencyId: 'shelter-b' };
    // Validly signed by referral, under its own name: only shelters may announce a case.
    const wrongProducer = forge({ ...caseOpened(), producer: 'referral' }, 'referral');
    // Signed by shelters under shelters' name, but signed with referral's key.
    const wrongKey = testEventSigner('referral', 'shelters').sign(caseOpened());
    // Well signed by its producer, but not a type referral subscribes to (its own referral.accepted).
    const notSubscribed = testEventSigner('referral').sign({
      id: randomUUID(),
      type: 'referral.accepted',
      aggregateId: randomUUID(),
      payload: { referralId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000003', providerAgencyId: 'shelter-a' },
      occurredAt: '2026-12-02T00:00:00.000Z',
      correlationId: null,
      producer: 'referral',
    });
    const sent: Array<[string, EventEnvelope]> = [
      ['unsigned', unsigned],
      ['bad-signature', tampered],
      ['wrong-producer', wrongProducer],
      ['bad-signature', wrongKey],
      ['not-subscribed', notSubscribed],
    ];
    for (const [, envelope] of sent) await queue.add(envelope.type, envelope, { jobId: envelope.id });

    for (const [, envelope] of sent) {
      await waitFor(async () => (await queue.getJob(envelope.id))?.returnvalue === 'dead-lettered', { description: `${envelope.id} dead-lettered` });
    }
    const letters = (await deadLetters.getJobs(['waiting'])).map((job) => job.data as DeadLetter);
    for (const [reason, envelope] of sent) {
      expect(letters).toContainEqual(expect.objectContaining({ reason, jobId: envelope.id, data: envelope }));
      expect(handled).not.toContain(envelope.id);
      expect(await rowsOf('inbox_event', envelope.id)).toBe(0);
    }
  });
});
