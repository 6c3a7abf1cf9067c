import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from '@nrm/logging';
import { LOGGER, REDIS, RepeatingJob, runsWorkers, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';
import { EmailDeliveryService, type MailSweepResult } from './email-delivery.service';
import { EMAIL_QUEUE } from '../email-wakeup/email-wakeup';

/**
 * Wakes e-mail delivery every MAIL_SWEEP_INTERVAL_SECONDS through a BullMQ job scheduler upserted at boot: one schedule
 * however many workers run; EmailWakeup's jobs on the same queue run it sooner after notifications are created. The job carries nothing; the outbox table is the truth, so a lost run only delays mail.
 */
@Injectable()
export class EmailDeliveryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: RepeatingJob;

  constructor(
    private readonly delivery: EmailDeliveryService,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<NotificationsConfig>,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.job = new RepeatingJob({
      queue: EMAIL_QUEUE,
      schedulerId: 'email-delivery',
      jobName: 'deliver',
      jobOptions: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      everyMs: Math.round(runtime.config.MAIL_SWEEP_INTERVAL_SECONDS * 1000),
      run: () => this.deliver(),
      failed: 'e-mail delivery failed',
      workerError: 'e-mail delivery worker error',
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.runtime.mode === 'print-schema' || !runsWorkers(this.runtime)) return;
    await this.job.start(this.redis, this.logger);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  private async deliver(): Promise<MailSweepResult> {
    const result = await this.delivery.sweep();
    if (result.notifications + result.sent + result.failed > 0) this.logger.info(result, 'e-mail delivery');
    return result;
  }
}
