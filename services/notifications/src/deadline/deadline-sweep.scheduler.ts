import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { PERIODIC_JOB_QUEUES } from '@nrm/events';
import type { Logger } from '@nrm/logging';
import { LOGGER, REDIS, RepeatingJob, runsWorkers, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';
import { EmailWakeup } from '../email-wakeup/email-wakeup';
import { DeadlineService } from './deadline.service';
import type { SweepResult } from './deadline.repository';

/**
 * Wakes the deadline sweep every DEADLINE_SWEEP_INTERVAL_SECONDS through a BullMQ job scheduler, upserted at every
 * boot: one schedule however many workers run, re-created after Redis lost it. The job carries nothing; the deadline
 * table is the truth, so a lost or late run only delays the next reminder, never loses it.
 */
@Injectable()
export class DeadlineSweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: RepeatingJob;

  constructor(
    private readonly deadlines: DeadlineService,
    private readonly mail: EmailWakeup,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<NotificationsConfig>,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.job = new RepeatingJob({
      queue: PERIODIC_JOB_QUEUES.notifications.deadlineSweep,
      schedulerId: 'deadline-sweep',
      jobName: 'sweep',
      jobOptions: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      everyMs: Math.round(runtime.config.DEADLINE_SWEEP_INTERVAL_SECONDS * 1000),
      run: () => this.sweep(),
      failed: 'deadline sweep failed',
      workerError: 'deadline sweep worker error',
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.runtime.mode === 'print-schema' || !runsWorkers(this.runtime)) return;
    await this.job.start(this.redis, this.logger);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  private async sweep(): Promise<SweepResult> {
    const result = await this.deadlines.sweep();
    if (result.acted > 0) this.logger.info(result, 'deadline sweep');
    // Reminders and escalations are e-mailed too (always: they are urgent).
    if (result.reminded + result.escalated > 0) this.mail.wake();
    return result;
  }
}
