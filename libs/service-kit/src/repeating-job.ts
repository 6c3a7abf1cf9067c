import { type JobsOptions, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { JobFailure } from '@nrm/events';
import type { Logger } from '@nrm/logging';
import { recordJobFailure } from './job-metrics';
import type { ServiceRuntime } from './runtime';

/** What a repeating job runs, how often, and how its failures are logged (never with personal data: the error's name). */
export interface RepeatingJobSpec {
  queue: string;
  schedulerId: string;
  jobName: string;
  jobOptions: JobsOptions;
  /** Every so many milliseconds, unless `pattern` is given. */
  everyMs?: number;
  /** A cron pattern (with seconds optional), in `tz` (an IANA time zone): for work due at a calendar time. */
  pattern?: string;
  tz?: string;
  run: () => Promise<unknown>;
  /** The log messages of a failed run and of a worker error. */
  failed: string;
  workerError: string;
  /** How an error is named in the log; its name by default. */
  errorName?: (error: unknown) => string;
}

/** Whether this process runs the service's workers: the worker process, or the API with WORKERS_IN_PROCESS. */
export function runsWorkers(runtime: ServiceRuntime): boolean {
  return runtime.mode === 'worker' || (runtime.mode === 'api' && runtime.config.WORKERS_IN_PROCESS);
}

/**
 * A job that repeats on a BullMQ job scheduler: one schedule however many workers run, the job carries nothing, one
 * run at a time. `start` schedules it and starts its worker; `stop` ends both (idempotent, and a no-op before start).
 */
export class RepeatingJob {
  private queue: Queue | undefined;
  private worker: Worker | undefined;
  private connection: Redis | undefined;

  constructor(private readonly spec: RepeatingJobSpec) {}

  async start(redis: Redis, logger: Logger): Promise<void> {
    const { spec } = this;
    const errorName = spec.errorName ?? ((error: unknown) => (error instanceof Error ? error.name : 'unknown'));
    // BullMQ workers block on their connection, so they get their own.
    this.connection = redis.duplicate({ maxRetriesPerRequest: null });
    this.queue = new Queue(spec.queue, { connection: this.connection });
    const schedule = spec.pattern !== undefined ? { pattern: spec.pattern, tz: spec.tz } : { every: spec.everyMs };
    if (schedule.pattern === undefined && !(typeof schedule.every === 'number' && schedule.every > 0)) {
      throw new Error(`repeating job ${spec.schedulerId} needs everyMs or a pattern`);
    }
    await this.queue.upsertJobScheduler(spec.schedulerId, schedule, { name: spec.jobName, opts: spec.jobOptions });
    // The failed reason BullMQ keeps is the error's message: only its name and code reach it (JobFailure).
    const run = async () => {
      try {
        return await spec.run();
      } catch (error) {
        logger.warn({ err: errorName(error) }, spec.failed);
        throw new JobFailure(error);
      }
    };
    this.worker = new Worker(spec.queue, run, { connection: this.connection, concurrency: 1 });
    this.worker.on('failed', () => recordJobFailure(spec.queue));
    this.worker.on('error', (error) => logger.error({ err: errorName(error) }, spec.workerError));
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
    await this.connection?.quit().catch(() => undefined);
  }
}

/**
 * Runs a repeating job's worker soon, between its scheduler's ticks: wakes within `delayMs` of each other coalesce into
 * one delayed job (BullMQ deduplication with that time to live). Not a fixed job id: a wake that arrives while a run is
 * under way (or while a stalled run waits to be recovered) must still bring a run after it, or what that run's query
 * missed would wait for the next tick. The job carries nothing; a wake lost with Redis only waits for the next tick,
 * because the job's own table is the truth. Errors are named in the log, never thrown to the caller.
 */
export class RepeatingJobWakeup {
  private queue: Queue | undefined;

  constructor(
    private readonly queueName: string,
    private readonly delayMs: number,
  ) {}

  wake(redis: Redis, logger: Logger): void {
    this.queue ??= new Queue(this.queueName, { connection: redis });
    const options = { deduplication: { id: 'wake', ttl: this.delayMs }, delay: this.delayMs, removeOnComplete: true, removeOnFail: true };
    this.queue.add('wake', {}, options).catch((error: unknown) => {
      logger.debug({ err: error instanceof Error ? error.name : 'unknown', queue: this.queueName }, 'worker not woken; the scheduler will run it');
    });
  }

  async close(): Promise<void> {
    await this.queue?.close();
  }
}
