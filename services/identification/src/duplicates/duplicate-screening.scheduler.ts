import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { PERIODIC_JOB_QUEUES } from '@nrm/events';
import type { Logger } from '@nrm/logging';
import { LOGGER, REDIS, RepeatingJob, runsWorkers, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { DuplicatesService, SCREENING_BATCHES_PER_PASS } from './duplicates.service';

/**
 * When the duplicate search runs for new identifications (docs/domain.md, "Possible duplicates"): every
 * DUPLICATE_SCREENING_INTERVAL_SECONDS in the process that runs workers, through a BullMQ job scheduler (one schedule
 * however many workers run; the job carries nothing, the queue table holds the persons). Never on the submission's
 * path; the RA's listing and `duplicateCandidates` run the waiting searches too.
 */
@Injectable()
export class DuplicateScreeningScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: RepeatingJob;

  constructor(
    private readonly duplicates: DuplicatesService,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<IdentificationConfig>,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.job = new RepeatingJob({
      queue: PERIODIC_JOB_QUEUES.identification.duplicateScreening,
      schedulerId: 'duplicate-screening',
      jobName: 'screen',
      jobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      everyMs: runtime.config.DUPLICATE_SCREENING_INTERVAL_SECONDS * 1000,
      run: () => this.screenWaiting(),
      failed: 'duplicate screening failed',
      workerError: 'duplicate screening worker error',
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.runtime.mode === 'print-schema' || !runsWorkers(this.runtime)) return;
    await this.job.start(this.redis, this.logger);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Works through the waiting searches, a batch per transaction, until none is left or the job's share is done. */
  screenWaiting(): Promise<number> {
    return this.duplicates.drainScreening(SCREENING_BATCHES_PER_PASS);
  }
}
