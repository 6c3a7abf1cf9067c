import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '@nrm/logging';
import { LOGGER, REDIS, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { DirectoryException } from './directory.exception';
import { DirectorySyncService } from './directory-sync.service';

const DIRECTORY_SYNC_QUEUE = 'identification.directory-sync';
const DIRECTORY_SYNC_SCHEDULER_ID = 'directory-sync';
const DIRECTORY_SYNC_JOB = 'sync';
const DIRECTORY_SYNC_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 100 },
} as const;

/**
 * When the directory is copied: once before the API serves (so a fresh database knows its agencies; a failure is
 * logged and the last copy kept), and periodically in the process that runs workers, through a BullMQ job scheduler
 * (one schedule however many workers run; the job carries nothing).
 */
@Injectable()
export class DirectorySyncScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly config: IdentificationConfig;
  private queue: Queue | undefined;
  private worker: Worker | undefined;
  private connection: Redis | undefined;

  constructor(
    private readonly directorySync: DirectorySyncService,
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
    if (this.runtime.mode === 'print-schema') return;
    if (this.config.DIRECTORY_SYNC_ON_BOOT) await this.syncLogged();
    if (this.runsWorkers) await this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
    await this.connection?.quit().catch(() => undefined);
  }

  private async schedule(): Promise<void> {
    // BullMQ workers block on their connection, so they get their own.
    this.connection = this.redis.duplicate({ maxRetriesPerRequest: null });
    this.queue = new Queue(DIRECTORY_SYNC_QUEUE, { connection: this.connection });
    await this.queue.upsertJobScheduler(
      DIRECTORY_SYNC_SCHEDULER_ID,
      { every: this.config.DIRECTORY_SYNC_INTERVAL_SECONDS * 1000 },
      { name: DIRECTORY_SYNC_JOB, opts: DIRECTORY_SYNC_JOB_OPTIONS },
    );
    this.worker = new Worker(DIRECTORY_SYNC_QUEUE, async () => this.directorySync.sync(), { connection: this.connection, concurrency: 1 });
    this.worker.on('failed', (_job, error) => this.logger.warn({ err: errorName(error) }, 'directory sync failed'));
    this.worker.on('error', (error) => this.logger.error({ err: errorName(error) }, 'directory sync worker error'));
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
