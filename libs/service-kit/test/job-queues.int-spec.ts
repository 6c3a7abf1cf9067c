import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { loadConfig, baseConfigSchema } from '@nrm/config';
import { createLogger } from '@nrm/logging';
import { type PrivateRedis, startPrivateRedis, testEventSigner, testEventVerifier, waitFor } from '@nrm/testing';
import { deadLetterQueueName, type EventEnvelope, EventConsumer, type EventHandlers, eventQueueName, outboxInboxUpSql, PERIODIC_JOB_QUEUES, type ServiceName } from '@nrm/events';
import { failedJobKey, FailedJobs, MetricsServer, recordJobFailure, type ServiceRuntime, WorkerMetrics } from '../src';

// The dead-letter state and the metrics of a service's queues against the run's real PostgreSQL and a Redis of this
// spec's own: a failed event job is listed with its error's name only (never its message or data), a retry runs it
// exactly once and the idempotent consumer writes its record once; a refused event is listed and never retried; a
// scrape of /metrics after known jobs shows their depth, age and failures under service/queue/kind labels only.
const schema = `job_queues_${process.pid}`;
const logger = createLogger('job-queues-spec', 'silent');
const PERSONAL = 'Jane Doe, born 1990-01-01';

let dataSource: DataSource;
let privateRedis: PrivateRedis;
let redis: Redis;
let consumer: EventConsumer;
let failing = true;
const handled: string[] = [];

function runtimeOf(name: ServiceName, env: Record<string, string> = {}): ServiceRuntime {
  const config = { ...loadConfig(baseConfigSchema, { ...env }), PORT: 0 };
  return { name, schema, mode: 'worker', config, logger };
}

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
    // The message quotes what a careless handler might: the failed reason must not keep it.
    if (failing) throw new Error(`could not place ${PERSONAL}`);
  },
};

function caseOpened(): EventEnvelope<'case.opened'> {
  const caseId = randomUUID();
  return {
    id: randomUUID(),
    type: 'case.opened',
    aggregateId: caseId,
    payload: { caseId, referralId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000002', providerAgencyId: 'shelter-a' },
    occurredAt: '2026-12-02T00:00:00.000Z',
    correlationId: 'corr-job-queues',
    producer: 'shelters',
  };
}

const rowsOf = async (id: string): Promise<number> => {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM "${schema}".handled WHERE event_id = $1`, [id]);
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
  consumer = new EventConsumer({
    consumer: 'referral',
    schema,
    dataSource,
    redis,
    logger,
    handlers,
    verifier: testEventVerifier(),
    concurrency: 1,
    onFailed: recordJobFailure,
  });
  consumer.start();
});

afterAll(async () => {
  await consumer?.stop();
  redis?.disconnect();
  await privateRedis?.stop();
  await dataSource?.query(`DROP SCHEMA "${schema}" CASCADE`);
  await dataSource?.destroy();
});

describe('failed jobs of a service', () => {
  let failedJobs: FailedJobs;
  let queue: Queue;

  beforeAll(() => {
    failedJobs = new FailedJobs(runtimeOf('referral'), redis);
    queue = new Queue(eventQueueName('referral'), { connection: redis });
  });

  afterAll(async () => {
    await failedJobs.onApplicationShutdown();
    await queue.close();
  });

  it('lists a failed event with its error name only, retries it exactly once, and the record is written once', async () => {
    failing = true;
    const envelope = testEventSigner('shelters').sign(caseOpened());
    await queue.add(envelope.type, envelope, { jobId: envelope.id, attempts: 1 });
    await waitFor(async () => (await queue.getJob(envelope.id))?.failedReason !== undefined, { description: 'the event failed' });

    const listed = (await failedJobs.list(50)).find((job) => job.id === envelope.id);
    expect(listed).toEqual({
      id: envelope.id,
      service: 'referral',
      queue: 'events.referral',
      kind: 'events',
      name: 'case.opened',
      failedReason: 'Error',
      attemptsMade: 1,
      failedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    // Nothing of the message reaches Redis either: not the reason, not the stack trace.
    const stored = await queue.getJob(envelope.id);
    expect(JSON.stringify([stored?.failedReason, stored?.stacktrace])).not.toContain('Jane');
    expect(await rowsOf(envelope.id)).toBe(0);

    failing = false;
    expect(await failedJobs.retry('events.referral', envelope.id)).toBe('RETRIED');
    // A second retry, before or after the first has run, finds no failed job.
    expect(await failedJobs.retry('events.referral', envelope.id)).toBe('NOT_FOUND');
    await waitFor(async () => (await queue.getJob(envelope.id))?.returnvalue === 'processed', { description: 'the retried event handled' });
    expect(await failedJobs.retry('events.referral', envelope.id)).toBe('NOT_FOUND');
    expect(handled.filter((id) => id === envelope.id)).toHaveLength(2);
    expect(await rowsOf(envelope.id)).toBe(1);

    // A redelivery of the same event (a relay re-send) is a duplicate for the inbox: still one record.
    expect(await consumer.handle(envelope)).toBe('duplicate');
    expect(await rowsOf(envelope.id)).toBe(1);
    expect((await failedJobs.list(50)).some((job) => job.id === envelope.id)).toBe(false);
  });

  it('lists a forged event in the dead-letter queue by its refusal, and never retries it', async () => {
    const forged = { ...testEventSigner('shelters').sign(caseOpened()) };
    forged.payload = { ...forged.payload, providerAgencyId: 'shelter-b' };
    await queue.add(forged.type, forged, { jobId: forged.id });
    const deadLetters = new Queue(deadLetterQueueName('referral'), { connection: redis });
    await waitFor(async () => (await deadLetters.getWaitingCount()) > 0, { description: 'the forged event dead-lettered' });
    await deadLetters.close();

    const [letter] = await failedJobs.list(50, 'events.referral.dead-letter');
    expect(letter).toMatchObject({ service: 'referral', queue: 'events.referral.dead-letter', kind: 'dead-letter', name: 'bad-signature', failedReason: 'bad-signature' });
    expect(await failedJobs.retry('events.referral.dead-letter', letter!.id)).toBe('NOT_RETRYABLE');
    expect(await rowsOf(forged.id)).toBe(0);
  });

  it('pages newest first by (failedAt, key): each page resumes after the last one, without repeats', async () => {
    failing = true;
    for (let index = 0; index < 3; index += 1) {
      const envelope = testEventSigner('shelters').sign(caseOpened());
      await queue.add(envelope.type, envelope, { jobId: envelope.id, attempts: 1 });
    }
    await waitFor(async () => (await queue.getFailedCount()) >= 3, { description: 'three failed events' });
    const all = await failedJobs.list(100);
    const paged: string[] = [];
    let before: { at: string; key: string } | undefined;
    for (;;) {
      const [job] = await failedJobs.list(1, undefined, before);
      if (!job) break;
      paged.push(job.id);
      before = { at: job.failedAt, key: failedJobKey(job) };
    }
    expect(paged).toEqual(all.map((job) => job.id));
    failing = false;
  });

  it("answers for its own queues only: another service's queue is a bad input naming queue", () => {
    expect(() => failedJobs.queuesOf('events.shelters')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ fields: ['queue'] }) }));
  });
});

describe('worker metrics', () => {
  it('serves queue depth, oldest waiting age, dead letters and failures on /metrics, labelled by service, queue and kind only', async () => {
    // Known jobs in the notifications queues, which no worker of this spec takes.
    const sweepQueue = new Queue(PERIODIC_JOB_QUEUES.notifications.deadlineSweep, { connection: redis });
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) await sweepQueue.add('sweep', {}, { jobId: id });
    await sweepQueue.add('sweep', {}, { jobId: randomUUID(), delay: 60_000 });
    const deadLetters = new Queue(deadLetterQueueName('notifications'), { connection: redis });
    await deadLetters.add('bad-signature', { reason: 'bad-signature' });
    recordJobFailure(PERIODIC_JOB_QUEUES.notifications.deadlineSweep);

    const runtime = runtimeOf('notifications', { METRICS_PORT: '0', WORKERS_IN_PROCESS: 'true' });
    const metrics = new WorkerMetrics(runtime, redis);
    const server = new MetricsServer(runtime, metrics);
    await server.onApplicationBootstrap();
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
      expect(response.status).toBe(200);
      const body = await response.text();
      const sweep = 'service="notifications",queue="notifications.deadline-sweep",kind="periodic"';
      expect(body).toContain(`nrm_queue_waiting_jobs{${sweep}} 3`);
      expect(body).toContain(`nrm_queue_delayed_jobs{${sweep}} 1`);
      expect(body).toContain(`nrm_queue_active_jobs{${sweep}} 0`);
      expect(body).toContain(`nrm_job_failures_total{${sweep}} 1`);
      expect(body).toContain('nrm_queue_dead_letter_jobs{service="notifications",queue="events.notifications.dead-letter",kind="dead-letter"} 1');
      const age = Number(new RegExp(`nrm_queue_oldest_waiting_age_seconds\\{${sweep}\\} ([0-9.e-]+)`).exec(body)?.[1]);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(60);

      // Every label is service, queue or kind, and no value is a job id or anything but a code.
      const labelSets = [...body.matchAll(/^[a-z_]+\{([^}]*)\}/gm)].map((match) => match[1]!);
      expect(labelSets.length).toBeGreaterThan(0);
      for (const set of labelSets) {
        for (const [, name, value] of set.matchAll(/([a-z_]+)="([^"]*)"/g)) {
          expect(['service', 'queue', 'kind']).toContain(name);
          expect(value).toMatch(/^[a-z][a-z.-]*$/);
        }
      }
      for (const id of ids) expect(body).not.toContain(id);

      expect((await fetch(`http://127.0.0.1:${server.port}/other`)).status).toBe(404);
    } finally {
      await server.onApplicationShutdown();
      await metrics.onApplicationShutdown();
      await sweepQueue.obliterate({ force: true });
      await sweepQueue.close();
      await deadLetters.close();
    }
  });

  it('serves nothing without METRICS_PORT', async () => {
    const runtime = runtimeOf('notifications');
    const server = new MetricsServer(runtime, new WorkerMetrics(runtime, redis));
    await server.onApplicationBootstrap();
    expect(server.port).toBeUndefined();
  });
});
