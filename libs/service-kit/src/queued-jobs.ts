import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { JobFailure } from '@nrm/events';
import type { Logger } from '@nrm/logging';
import { recordJobFailure } from './job-metrics';

/** What a queue of one-off jobs runs, and how its failures are logged (the error's name, never personal data). */
export interface QueuedJobsSpec {
  /** A queue of PERIODIC_JOB_QUEUES, so the failed-jobs listing, the metrics and the Redis ACL cover it. */
  queue: string;
  jobName: string;
  /** Attempts per job (BullMQ retries with exponential backoff from `backoffMs`). */
  attempts: number;
  backoffMs: number;
  concurrency: number;
  /** Runs one job: the id it was added with, nothing else (the database holds what to do). */
  run: (id: string) => Promise<unknown>;
  /** Told when a job failed for good (its last attempt), so the row it names can say so. */
  failedForGood?: (id: string) => Promise<unknown>;
  failed: string;
  workerError: string;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * One-off jobs that carry an id and nothing else (docs/architecture.md, "Queues: BullMQ on Redis"): the row the id
 * names holds the parameters, so a job forged in Redis can only ask for work already requested and recorded. The job
 * id is the row's id, so adding the same one twice queues it once. `add` works in any process; `startWorker` in the
 * one that runs workers.
 */
export class QueuedJobs {
  private queue: Queue | undefined;
  private worker: Worker | undefined;
  private workerConnection: Redis | undefined;

  constructor(private readonly spec: QueuedJobsSpec) {}

  async add(redis: Redis, id: string): Promise<void> {
    if (!ID.test(id)) throw new RangeError('a queued job carries a lower-case uuid');
    this.queue ??= new Queue(this.spec.queue, { connection: redis });
    await this.queue.add(
      this.spec.jobName,
      { id },
      {
        jobId: id,
        attempts: this.spec.attempts,
        backoff: { type: 'exponential', delay: this.spec.backoffMs },
        removeOnComplete: { count: 100 },
        removeOnFail: { count: 100 },
      },
    );
  }

  async startWorker(redis: Redis, logger: Logger): Promise<void> {
    const { spec } = this;
    // BullMQ workers block on their connection, so they get their own.
    this.workerConnection = redis.duplicate({ maxRetriesPerRequest: null });
    this.worker = new Worker(
      spec.queue,
      async (job) => {
        const id = (job.data as { id?: unknown } | undefined)?.id;
        // Anything but an id is not a job of this queue: done, and nothing run.
        if (typeof id !== 'string' || !ID.test(id)) return { ignored: true };
        try {
          return await spec.run(id);
        } catch (error) {
          logger.warn({ err: error instanceof Error ? error.name : 'unknown', queue: spec.queue }, spec.failed);
          if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1) && spec.failedForGood) await spec.failedForGood(id).catch(() => undefined);
          throw new JobFailure(error);
        }
      },
      { connection: this.workerConnection, concurrency: spec.concurrency },
    );
    this.worker.on('failed', () => recordJobFailure(spec.queue));
    this.worker.on('error', (error) => logger.error({ err: error.name }, spec.workerError));
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
    await this.workerConnection?.quit().catch(() => undefined);
  }
}
