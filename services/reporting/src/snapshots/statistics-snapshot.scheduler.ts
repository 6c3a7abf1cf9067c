import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CALENDAR_TIME_ZONE } from '@nrm/calendar';
import { PERIODIC_JOB_QUEUES, ServiceName } from '@nrm/events';
import type { Logger } from '@nrm/logging';
import { LOGGER, REDIS, RepeatingJob, runsWorkers, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { ReportingConfig } from '../config';
import { type SnapshotRunResult, StatisticsSnapshotService } from './statistics-snapshot.service';

export const SNAPSHOT_QUEUE = PERIODIC_JOB_QUEUES[ServiceName.REPORTING].statisticsSnapshot;

/**
 * Computes the snapshots on a BullMQ job scheduler at STATISTICS_SNAPSHOT_CRON, Tirana time (02:00 on the first of
 * each month by default): one schedule however many workers run. A run twice, or on two replicas, stores one
 * revision: the content is compared under a lock (docs/statistics.md, Snapshots).
 */
@Injectable()
export class StatisticsSnapshotScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: RepeatingJob;

  constructor(
    private readonly snapshots: StatisticsSnapshotService,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<ReportingConfig>,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.job = new RepeatingJob({
      queue: SNAPSHOT_QUEUE,
      schedulerId: 'statistics-snapshot',
      jobName: 'compute',
      jobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      pattern: runtime.config.STATISTICS_SNAPSHOT_CRON,
      tz: CALENDAR_TIME_ZONE,
      run: () => this.run(),
      failed: 'statistics snapshot failed',
      workerError: 'statistics snapshot worker error',
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.runtime.mode === 'print-schema' || !runsWorkers(this.runtime)) return;
    await this.start();
  }

  /** Schedules the job and starts its worker; public so a test starts it when it wants. */
  start(): Promise<void> {
    return this.job.start(this.redis, this.logger);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  private async run(): Promise<SnapshotRunResult> {
    const result = await this.snapshots.computeClosedPeriods();
    this.logger.info(result, 'statistics snapshots');
    return result;
  }
}
