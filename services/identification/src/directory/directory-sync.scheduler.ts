import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { PERIODIC_JOB_QUEUES } from '@nrm/events';
import type { Logger } from '@nrm/logging';
import { LOGGER, REDIS, RepeatingJob, runsWorkers, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { DirectoryException } from './directory.exception';
import { DirectorySyncService } from './directory-sync.service';

/**
 * When the directory is copied: once before the API serves (so a fresh database knows its agencies; a failure is
 * logged and the last copy kept), and periodically in the process that runs workers, through a BullMQ job scheduler
 * (one schedule however many workers run; the job carries nothing).
 */
@Injectable()
export class DirectorySyncScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly config: IdentificationConfig;
  private readonly job: RepeatingJob;

  constructor(
    private readonly directorySync: DirectorySyncService,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<IdentificationConfig>,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.config = runtime.config;
    this.job = new RepeatingJob({
      queue: PERIODIC_JOB_QUEUES.identification.directorySync,
      schedulerId: 'directory-sync',
      jobName: 'sync',
      jobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      everyMs: this.config.DIRECTORY_SYNC_INTERVAL_SECONDS * 1000,
      run: () => this.directorySync.sync(),
      failed: 'directory sync failed',
      workerError: 'directory sync worker error',
      errorName,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.runtime.mode === 'print-schema') return;
    if (this.config.DIRECTORY_SYNC_ON_BOOT) await this.syncLogged();
    if (runsWorkers(this.runtime)) await this.job.start(this.redis, this.logger);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  private async syncLogged(): Promise<void> {
    try {
      await this.directorySync.sync();
    } catch (error) {
      this.logger.warn({ err: errorName(error) }, 'directory sync at boot failed; serving the last copy');
    }
  }
}

function errorName(error: unknown): string {
  if (error instanceof DirectoryException) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.name : 'unknown';
}
