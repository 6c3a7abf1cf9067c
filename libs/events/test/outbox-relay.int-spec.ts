import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { createLogger } from '@nrm/logging';
import { type PrivateRedis, startPrivateRedis, testEventSigner, testEventVerifier, waitFor } from '@nrm/testing';
import {
  EVENT_SUBSCRIBERS,
  EventConsumer,
  type EventHandlers,
  type EventPayloads,
  eventQueueName,
  OutboxRelay,
  outboxInboxUpSql,
  OutboxWriter,
  type SignedEventEnvelope,
} from '../src';

// The outbox relay against the run's real PostgreSQL and a Redis of this spec's own (its queues are the services'
// queue names, which no other spec may see): a committed row is published once per subscriber and marked; a crash
// between publishing and marking publishes it again, which the consumer's inbox absorbs.
describe('OutboxRelay (real PostgreSQL and Redis)', () => {
  const schema = `outbox_relay_${process.pid}`;
  const logger = createLogger('outbox-relay-spec', 'silent');
  const outbox = new OutboxWriter(schema);
  let dataSource: DataSource;
  let privateRedis: PrivateRedis;
  let redis: Redis;
  let relay: OutboxRelay;
  const queues = new Map<string, Queue>();

  const queueOf = (consumer: (typeof EVENT_SUBSCRIBERS)['case.opened'][number]): Queue => {
    const name = eventQueueName(consumer);
    if (!queues.has(name)) {
      const queue = new Queue(name, { connection: redis });
      // While the Redis restart test has it down, the queue reports the refused connection; the test waits it out.
      queue.on('error', () => undefined);
      queues.set(name, queue);
    }
    return queues.get(name)!;
  };

  const caseOpened = (): EventPayloads['case.opened'] => ({
    caseId: randomUUID(),
    referralId: randomUUID(),
    personId: randomUUID(),
    reference: 'NRM-2026-000001',
    providerAgencyId: 'shelter-a',
  });

  /** Appends a case.opened in its own committed transaction, as a service's write would. */
  const appendCommitted = (payload: EventPayloads['case.opened']): Promise<string> =>
    dataSource.transaction((manager) => outbox.append(manager, 'case.opened', payload.caseId, payload, 'corr-relay'));

  const publishedAt = async (id: string): Promise<Date | null> => {
    const [row] = await dataSource.query(`SELECT published_at FROM "${schema}".outbox_event WHERE id = $1`, [id]);
    return (row as { published_at: Date | null }).published_at;
  };

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: process.env['DATABASE_URL'], poolSize: 4, extra: { max: 4 }, logging: false });
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA "${schema}"`);
    for (const statement of outboxInboxUpSql(schema)) await dataSource.query(statement);
    await dataSource.query(`CREATE TABLE "${schema}".handled (event_id uuid NOT NULL, case_id uuid NOT NULL)`);
    privateRedis = await startPrivateRedis();
    redis = new Redis(privateRedis.url, { maxRetriesPerRequest: null });
    relay = new OutboxRelay({
      producer: 'shelters',
      signer: testEventSigner('shelters'),
      schema,
      dataSource,
      databaseUrl: process.env['DATABASE_URL']!,
      redis,
      logger,
      // Only flush() and the commit notification publish: nothing happens behind the test's back between steps.
      pollIntervalMs: 600_000,
      coalesceMs: 0,
    });
    await relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await Promise.all([...queues.values()].map((queue) => queue.close()));
    redis?.disconnect();
    await privateRedis?.stop();
    await dataSource?.query(`DROP SCHEMA "${schema}" CASCADE`);
    await dataSource?.destroy();
  });

  it('refuses a signing key of another producer', () => {
    expect(
      () =>
        new OutboxRelay({
          producer: 'shelters',
          signer: testEventSigner('referral'),
          schema,
          dataSource,
          databaseUrl: process.env['DATABASE_URL']!,
          redis,
          logger,
        }),
    ).toThrow(/referral's signing key/);
  });

  it('publishes a committed row once to every subscriber, with the outbox id as job id and a verifiable signature, and marks it', async () => {
    const payload = caseOpened();
    const id = await appendCommitted(payload);
    await relay.flush();

    expect(await publishedAt(id)).toBeInstanceOf(Date);
    const verifier = testEventVerifier();
    for (const consumer of EVENT_SUBSCRIBERS['case.opened']) {
      const job = await queueOf(consumer).getJob(id);
      expect(job?.name).toBe('case.opened');
      const verdict = verifier.verify(job?.data);
      expect(verdict).toMatchObject({ accepted: true, envelope: { id, type: 'case.opened', producer: 'shelters', aggregateId: payload.caseId, payload, correlationId: 'corr-relay' } });
    }

    // Flushing again, and publishing a later row, does not publish the first one a second time.
    const later = await appendCommitted(caseOpened());
    await relay.flush();
    await relay.flush();
    for (const consumer of EVENT_SUBSCRIBERS['case.opened']) {
      const ids = (await queueOf(consumer).getJobs(['waiting', 'active', 'completed', 'failed', 'delayed'])).map((job) => job.id);
      expect(ids.filter((jobId) => jobId === id)).toHaveLength(1);
      expect(ids).toContain(later);
    }
  });

  it('publishes nothing of a transaction that rolled back', async () => {
    const payload = caseOpened();
    let id: string | undefined;
    await expect(
      dataSource.transaction(async (manager) => {
        id = await outbox.append(manager, 'case.opened', payload.caseId, payload, null);
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    await relay.flush();
    expect(id).toBeDefined();
    for (const consumer of EVENT_SUBSCRIBERS['case.opened']) expect(await queueOf(consumer).getJob(id!)).toBeUndefined();
  });

  it('after a crash between publishing and marking, publishes the row again and the inbox applies it once', async () => {
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
        await manager.query(`INSERT INTO "${schema}".handled (event_id, case_id) VALUES ($1, $2)`, [event.id, event.payload.caseId]);
      },
    };
    const consumer = new EventConsumer({ consumer: 'referral', schema, dataSource, redis, logger, handlers, verifier: testEventVerifier(), concurrency: 1 });
    const referralQueue = queueOf('referral');
    // Start from an empty queue: the earlier tests' jobs are not this test's.
    await referralQueue.obliterate({ force: true });

    // The mark fails after Redis accepted the jobs: the relay's transaction rolls back, as if the process died there.
    await dataSource.query(`CREATE FUNCTION "${schema}".crash_before_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'crash between publish and mark'; END $$`);
    await dataSource.query(`CREATE TRIGGER crash_before_mark BEFORE UPDATE ON "${schema}".outbox_event
      FOR EACH ROW EXECUTE FUNCTION "${schema}".crash_before_mark()`);
    const payload = caseOpened();
    const id = await appendCommitted(payload);
    await relay.flush();
    expect(await referralQueue.getJob(id)).toBeDefined();
    expect(await publishedAt(id)).toBeNull();

    consumer.start();
    try {
      await waitFor(async () => (await referralQueue.getJob(id))?.returnvalue === 'processed', { description: 'the first delivery handled' });
      // The completed job ages out of Redis, so the second publish is a real second delivery to the consumer.
      await (await referralQueue.getJob(id))!.remove();

      await dataSource.query(`DROP TRIGGER crash_before_mark ON "${schema}".outbox_event`);
      await relay.flush();
      expect(await publishedAt(id)).toBeInstanceOf(Date);
      await waitFor(async () => (await referralQueue.getJob(id))?.returnvalue === 'duplicate', { description: 'the second delivery seen as a duplicate' });
    } finally {
      await consumer.stop();
    }

    expect(handled).toEqual([id]);
    const rows = await dataSource.query(`SELECT case_id FROM "${schema}".handled WHERE event_id = $1`, [id]);
    expect(rows).toEqual([{ case_id: payload.caseId }]);
    const inbox = await dataSource.query(`SELECT consumer, event_type FROM "${schema}".inbox_event WHERE event_id = $1`, [id]);
    expect(inbox).toEqual([{ consumer: 'referral', event_type: 'case.opened' }]);
  });

  it('publishes recent events again when Redis comes back empty', async () => {
    const id = await appendCommitted(caseOpened());
    await relay.flush();
    expect(await queueOf('identification').getJob(id)).toBeDefined();

    await privateRedis.restartEmpty();
    // The relay sees the new run id on reconnect and clears published_at of the recent rows, then publishes them.
    const job = await waitFor(async () => (await queueOf('identification').getJob(id)) ?? undefined, { timeoutMs: 20_000, description: 'the event republished' });
    expect((job.data as SignedEventEnvelope).id).toBe(id);
    await waitFor(async () => (await publishedAt(id)) !== null, { description: 'the row marked again' });
  });
});
