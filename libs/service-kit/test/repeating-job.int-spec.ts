import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createLogger } from '@nrm/logging';
import { type PrivateRedis, startPrivateRedis, waitFor } from '@nrm/testing';
import { RepeatingJob, type RepeatingJobSpec } from '../src';

// Every periodic job of the platform (the deadline sweep, the directory sync, the duplicate screening) runs through
// RepeatingJob: its scheduler is upserted at every boot and one schedule runs once per tick however many replicas
// start it. Here two replicas of one job, on a Redis of this spec's own.
const logger = createLogger('repeating-job-spec', 'silent');
const EVERY_MS = 250;

let privateRedis: PrivateRedis;
let redis: Redis;

beforeAll(async () => {
  privateRedis = await startPrivateRedis();
  redis = new Redis(privateRedis.url, { maxRetriesPerRequest: null });
});

afterAll(async () => {
  redis?.disconnect();
  await privateRedis?.stop();
});

function specOf(queue: string, run: () => Promise<unknown>): RepeatingJobSpec {
  return {
    queue,
    schedulerId: 'tick',
    jobName: 'tick',
    jobOptions: { attempts: 1, removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 } },
    everyMs: EVERY_MS,
    run,
    failed: 'tick failed',
    workerError: 'tick worker error',
  };
}

it('keeps one scheduler and runs each tick once with two replicas started (and one started twice)', async () => {
  const runs: number[] = [];
  const run = async () => {
    runs.push(Date.now());
    // Long enough that a second replica taking the same tick would overlap it.
    await new Promise((resolve) => setTimeout(resolve, 50));
  };
  const replicas = [new RepeatingJob(specOf('identification.tick', run)), new RepeatingJob(specOf('identification.tick', run))];
  const startedAt = Date.now();
  await Promise.all(replicas.map((replica) => replica.start(redis, logger)));
  // A replica restarting upserts the same scheduler again: still one.
  const restarted = new RepeatingJob(specOf('identification.tick', run));
  await restarted.start(redis, logger);
  await new Promise((resolve) => setTimeout(resolve, EVERY_MS * 10));
  await Promise.all([...replicas, restarted].map((replica) => replica.stop()));
  const elapsed = Date.now() - startedAt;

  const queue = new Queue('identification.tick', { connection: redis });
  expect(await queue.getJobSchedulers()).toHaveLength(1);
  const completed = await queue.getCompleted(0, -1);
  // One job per tick: distinct ids, and no more runs than ticks (three replicas running each would triple them).
  expect(new Set(completed.map((job) => job.id)).size).toBe(completed.length);
  expect(runs.length).toBe(completed.length);
  expect(runs.length).toBeGreaterThanOrEqual(5);
  expect(runs.length).toBeLessThanOrEqual(Math.ceil(elapsed / EVERY_MS) + 1);
  await queue.obliterate({ force: true });
  await queue.close();
});

it('keeps only the failing error\'s name as the failed reason, never its message', async () => {
  const job = new RepeatingJob(
    specOf('identification.failing', async () => {
      throw new TypeError('no person named Jane Doe');
    }),
  );
  await job.start(redis, logger);
  const queue = new Queue('identification.failing', { connection: redis });
  await waitFor(async () => (await queue.getFailedCount()) > 0, { description: 'a failed run' });
  await job.stop();
  const [failed] = await queue.getFailed(0, 0);
  expect(failed?.failedReason).toBe('TypeError');
  expect(JSON.stringify(failed?.stacktrace)).not.toContain('Jane');
  await queue.obliterate({ force: true });
  await queue.close();
});
