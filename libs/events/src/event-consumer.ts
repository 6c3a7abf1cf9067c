import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource, EntityManager } from 'typeorm';
import { type PreparedStatement, queryPrepared } from '@nrm/database';
import type { Logger } from '@nrm/logging';
import { type EventEnvelope, type EventType, eventQueueName, eventTypesConsumedBy, type ServiceName } from './contracts';

export type EventHandler<T extends EventType> = (event: EventEnvelope<T>, manager: EntityManager) => Promise<void>;
export type EventHandlers = { [T in EventType]?: EventHandler<T> };

export interface EventConsumerOptions {
  consumer: ServiceName;
  schema: string;
  dataSource: DataSource;
  redis: Redis;
  logger: Logger;
  handlers: EventHandlers;
  concurrency?: number;
  /**
   * How long the worker's claim on a job lasts unless renewed; the stalled check runs as often. A job whose worker
   * died is moved back to the queue (once; a second stall fails it, kept with the failed jobs) and handled again,
   * harmlessly thanks to the inbox. BullMQ's default is 30 s.
   */
  lockDurationMs?: number;
}

export type ConsumeResult = 'processed' | 'duplicate';

/**
 * Consumes this service's event queue. Each event is handled in one transaction together with its inbox row, so a
 * redelivered event (retry, relay re-send, Redis restart) changes nothing the second time.
 */
export class EventConsumer {
  private worker: Worker | undefined;
  private connection: Redis | undefined;
  /** Prepared once per connection: every event runs it. */
  private readonly inboxInsert: PreparedStatement;

  constructor(private readonly options: EventConsumerOptions) {
    const missing = eventTypesConsumedBy(options.consumer).filter((type) => !options.handlers[type]);
    if (missing.length) throw new Error(`${options.consumer} subscribes to events it has no handler for: ${missing.join(', ')}`);
    this.inboxInsert = {
      name: `${options.schema}_inbox_insert`,
      text: `INSERT INTO "${options.schema}".inbox_event (event_id, consumer, event_type) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
    };
  }

  start(): void {
    // BullMQ workers block on their connection, so they get their own; BullMQ leaves a given connection open.
    this.connection = this.options.redis.duplicate({ maxRetriesPerRequest: null });
    this.worker = new Worker(eventQueueName(this.options.consumer), (job: Job<EventEnvelope>) => this.process(job), {
      connection: this.connection,
      concurrency: this.options.concurrency ?? 4,
      lockDuration: this.options.lockDurationMs ?? 30_000,
      stalledInterval: this.options.lockDurationMs ?? 30_000,
      autorun: true,
    });
    this.worker.on('failed', (job, error) => {
      this.options.logger.warn(
        { eventId: job?.id, eventType: job?.name, correlationId: job?.data.correlationId, attempt: job?.attemptsMade, err: error.name },
        'event handling failed',
      );
    });
    this.worker.on('error', (error) => this.options.logger.error({ err: error.name }, 'event worker error'));
  }

  /** Waits for jobs in progress, then stops taking new ones. */
  async stop(): Promise<void> {
    await this.worker?.close();
    await this.connection?.quit().catch(() => undefined);
  }

  private process(job: Job<EventEnvelope>): Promise<ConsumeResult> {
    // Handlers carry the event's correlationId on to what they write (outbox events, audit entries, log lines).
    return this.handle(job.data);
  }

  /** Public so a test can redeliver an event by hand. */
  async handle(event: EventEnvelope): Promise<ConsumeResult> {
    const handler = this.options.handlers[event.type] as EventHandler<EventType> | undefined;
    if (!handler) throw new Error(`no handler for ${event.type}`);
    return this.options.dataSource.transaction(async (manager) => {
      const inserted = await queryPrepared(manager, this.inboxInsert, [event.id, this.options.consumer, event.type]);
      if (inserted.length === 0) return 'duplicate';
      await handler(event, manager);
      this.options.logger.debug({ eventId: event.id, eventType: event.type, correlationId: event.correlationId }, 'event processed');
      return 'processed';
    });
  }
}
