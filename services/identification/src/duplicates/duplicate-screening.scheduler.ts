import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '@nrm/logging';
import { LOGGER, REDIS, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { DuplicatesService, SCREENING_BATCHES_PER_PASS } from './duplicates.service';

const DUPLICATE_SCREENING_QUEUE = 'identification.duplicate-screening';
const DUPLICATE_SCREENING_SCHEDULER_ID = 'duplicate-screening';
const DUPLICATE_SCREENING_JOB = 'screen';
const DUPLICATE_SCREENING_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 100 },
} as const;

/**
 * When the duplicate search runs for new identifications (docs/domain.md, "Possible duplicates"): every
 * DUPLICATE_SCREENING_INTERVAL_SECONDS in the process that runs workers, through a BullMQ job scheduler (one schedule
 * however many workers run; the job carries nothing, the queue table holds the persons). Never on the submission's
 * path; the RA's listing and `duplicateCandidates` run the waiting searches too.
 */
@Injectable()
export class DuplicateScreeningScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly config: IdentificationConfig;
  private queue: Queue | undefined;
  private worker: Worker | undefined;
  private connection: Redis | undefined;

  constructor(
    private readonly duplicates: DuplicatesService,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<IdentificationConfig>,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.config = runtime.config;
  }

  private get runsWorkers(): boolean {
    const { mode } = this.runtime;
    return mode === 'worker' || (mode === 'api' && this.config.WORKERS_IN_PROCESS);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.runtime.mode === 'print-schema' || !this.runsWorkers) return;
    // BullMQ workers block on their connection, so they get their own.
    this.connection = this.redis.duplicate({ maxRetriesPerRequest: null });
    this.queue = new Queue(DUPLICATE_SCREENING_QUEUE, { connection: this.connection });
    await this.queue.upsertJobScheduler(
      DUPLICATE_SCREENING_SCHEDULER_ID,
      { every: this.config.DUPLICATE_SCREENING_INTERVAL_SECONDS * 1000 },
      { name: DUPLICATE_SCREENING_JOB, opts: DUPLICATE_SCREENING_JOB_OPTIONS },
    );
    this.worker = new Worker(DUPLICATE_SCREENING_QUEUE, async () => this.screenWaiting(), { connection: this.connection, concurrency: 1 });
    this.worker.on('failed', (_job, error) => this.logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'duplicate screening failed'));
    this.worker.on('error', (error) => this.logger.error({ err: error instanceof Error ? error.name : 'unknown' }, 'duplicate screening worker error'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
    await this.connection?.quit().catch(() => undefined);
  }

  /** Works through the waiting searches, a batch per transaction, until none is left or the job's share is done. */
  screenWaiting(): Promise<number> {
    return this.duplicates.drainScreening(SCREENING_BATCHES_PER_PASS);
  }
}
