import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { PERIODIC_JOB_QUEUES, ServiceName } from '@nrm/events';
import type { Logger } from '@nrm/logging';
import { LOGGER, QueuedJobs, REDIS, runsWorkers, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { ReportingConfig } from '../config';
import { StatisticsExportService } from './statistics-export.service';

export const EXPORT_QUEUE = PERIODIC_JOB_QUEUES[ServiceName.REPORTING].statisticsExport;

/**
 * The export jobs (docs/statistics.md, Exports): a job carries the export's id and nothing else; the row holds what to
 * build, so a job forged in Redis builds nothing that was not requested. The job id is the export's id.
 */
@Injectable()
export class StatisticsExportQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly jobs: QueuedJobs;

  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<ReportingConfig>,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly exports: StatisticsExportService,
  ) {
    this.jobs = new QueuedJobs({
      queue: EXPORT_QUEUE,
      jobName: 'build',
      attempts: runtime.config.STATISTICS_EXPORT_ATTEMPTS,
      backoffMs: 5_000,
      concurrency: runtime.config.STATISTICS_EXPORT_CONCURRENCY,
      run: (id) => this.exports.build(id),
      failedForGood: (id) => this.exports.failed(id),
      failed: 'statistics export failed',
      workerError: 'statistics export worker error',
    });
  }

  add(id: string): Promise<void> {
    return this.jobs.add(this.redis, id);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.runtime.mode === 'print-schema' || !runsWorkers(this.runtime)) return;
    await this.startWorker();
  }

  /** Starts the worker; public so a test starts it when it wants. */
  startWorker(): Promise<void> {
    return this.jobs.startWorker(this.redis, this.logger);
  }

  onApplicationShutdown(): Promise<void> {
    return this.jobs.stop();
  }
}
