import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '@nrm/logging';
import { LOGGER, REDIS } from '@nrm/service-kit';

/** The queue the mail worker consumes (its job scheduler's too): any job on it runs one delivery pass. */
export const EMAIL_QUEUE = 'notifications.email';
/** Long enough for the transaction that created the notification to commit; the scheduler catches anything earlier. */
const WAKE_DELAY_MS = 250;

/**
 * Wakes the mail worker soon after notifications were created, so an e-mail leaves within a second rather than at the
 * next scheduler tick. The job carries nothing and coalesces (one job id): the outbox is the truth, and a wake lost
 * with Redis only delays mail to the next tick.
 */
@Injectable()
export class EmailWakeup implements OnApplicationShutdown {
  private queue: Queue | undefined;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  wake(): void {
    this.queue ??= new Queue(EMAIL_QUEUE, { connection: this.redis });
    this.queue.add('wake', {}, { jobId: 'wake', delay: WAKE_DELAY_MS, removeOnComplete: true, removeOnFail: true }).catch((error: unknown) => {
      this.logger.debug({ err: error instanceof Error ? error.name : 'unknown' }, 'mail worker not woken; the scheduler will run it');
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}
