import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { PERIODIC_JOB_QUEUES, ServiceName } from '@nrm/events';
import type { Logger } from '@nrm/logging';
import { LOGGER, REDIS, RepeatingJobWakeup } from '@nrm/service-kit';

/** The queue the mail worker consumes (its job scheduler's too): any job on it runs one delivery pass. */
export const EMAIL_QUEUE = PERIODIC_JOB_QUEUES[ServiceName.NOTIFICATIONS].email;
/** Long enough for the transaction that created the notification to commit; the scheduler catches anything earlier. */
const WAKE_DELAY_MS = 250;

/**
 * Wakes the mail worker soon after notifications were created, so an e-mail leaves within a second rather than at the
 * next scheduler tick. The outbox is the truth: a wake lost with Redis only delays mail to the next tick.
 */
@Injectable()
export class EmailWakeup implements OnApplicationShutdown {
  private readonly wakeup = new RepeatingJobWakeup(EMAIL_QUEUE, WAKE_DELAY_MS);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  wake(): void {
    this.wakeup.wake(this.redis, this.logger);
  }

  onApplicationShutdown(): Promise<void> {
    return this.wakeup.close();
  }
}
