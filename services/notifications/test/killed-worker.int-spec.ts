import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { DataSource, QueryRunner } from 'typeorm';
import { Sex } from '@nrm/domain';
import { EVENT_JOB_OPTIONS, eventQueueName } from '@nrm/events';
import { type BuiltService, freePorts, type PrivateRedis, startBuiltService, startPrivateRedis, testEventSigner, waitFor } from '@nrm/testing';
import { envelope, type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

// A consumer killed in the middle of an event (SIGKILL: a crash, the OOM killer) neither loses nor doubles what the
// event should create. Its transaction never commits, so PostgreSQL rolls it back; its claim on the job lapses, and
// the next worker takes the job over and creates the notification once. The workers are the built service, spawned
// and killed for real, on a Redis of the test's own so no other test's queue is touched.

const LOCK_MS = 2_000;

describe('notifications consumer killed mid-event', () => {
  let redis: PrivateRedis;
  let service: NotificationsUnderTest;
  let dataSource: DataSource;
  let queueConnection: Redis;
  let queue: Queue;
  const workers: BuiltService[] = [];

  beforeAll(async () => {
    redis = await startPrivateRedis();
    // In-process: the schema (migrations), the identity provider the workers trust, and a connection to look with.
    service = await startNotifications({ REDIS_URL: redis.url });
    dataSource = service.dataSource;
    queueConnection = new Redis(redis.url, { maxRetriesPerRequest: null });
    queue = new Queue(eventQueueName('notifications'), { connection: queueConnection });
  }, 60_000);

  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await queue?.close();
    await queueConnection?.quit();
    await service?.close();
    await redis?.stop();
  });

  async function startWorker(): Promise<BuiltService> {
    const [port] = await freePorts(1);
    const worker = await startBuiltService('notifications', {
      port: port!,
      issuer: service.issuer,
      env: { REDIS_URL: redis.url, WORKERS_IN_PROCESS: 'true', EVENT_LOCK_MS: String(LOCK_MS) },
    });
    workers.push(worker);
    return worker;
  }

  const rowsOf = async (eventId: string): Promise<{ notifications: number; inbox: number }> => {
    const [row] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM notifications.notification WHERE source_event_id = $1) AS notifications,
              (SELECT count(*)::int FROM notifications.inbox_event WHERE event_id = $1) AS inbox`,
      [eventId],
    );
    return row;
  };

  it('creates the notification exactly once after the worker handling it was killed', async () => {
    const first = await startWorker();
    const event = envelope('identification.submitted', {
      identificationId: randomUUID(),
      personId: randomUUID(),
      reference: testReference(),
      recordingAgencyId: 'police-tirana',
      isChild: false,
      region: 'TIRANA',
      anonymous: false,
      routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
    });

    // Hold the notification table so the worker's transaction stops halfway: inbox row written, notification not.
    let workerBackend: number;
    const blocker: QueryRunner = dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE notifications.notification IN SHARE MODE');
    try {
      // Published as the relay does: signed by its producer, the outbox id as job id.
      await queue.add(event.type, testEventSigner('identification').sign(event), { ...EVENT_JOB_OPTIONS, jobId: event.id });
      await waitFor(async () => (await queue.getJob(event.id))?.processedOn !== undefined, { description: 'the worker to take the job' });
      workerBackend = await waitFor(
        async () => {
          const waiting: Array<{ pid: number }> = await dataSource.query(
            `SELECT l.pid FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'notification' AND NOT l.granted`,
          );
          return waiting[0]?.pid;
        },
        { description: "the worker's insert to wait on the table" },
      );
      await first.kill();
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }

    // Nothing of the killed attempt survives: PostgreSQL rolled its transaction back when the connection dropped.
    await waitFor(
      async () => {
        const [{ alive }] = await dataSource.query(`SELECT count(*)::int AS alive FROM pg_stat_activity WHERE pid = $1`, [workerBackend]);
        return alive === 0;
      },
      { description: "the killed worker's database session to end" },
    );
    expect(await rowsOf(event.id)).toEqual({ notifications: 0, inbox: 0 });

    // The next worker finds the job stalled once its claim lapses, and handles it.
    await startWorker();
    await waitFor(async () => (await queue.getJob(event.id))?.finishedOn !== undefined, { timeoutMs: 30_000, description: 'the job to complete' });
    expect(await rowsOf(event.id)).toEqual({ notifications: 1, inbox: 1 });
    const job = await queue.getJob(event.id);
    expect(job?.returnvalue).toBe('processed');
    expect(await queue.getFailedCount()).toBe(0);
  }, 90_000);
});
