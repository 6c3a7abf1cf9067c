import { type Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource, EntityManager } from 'typeorm';
import { type PreparedStatement, queryPrepared } from '@nrm/database';
import type { Logger } from '@nrm/logging';
import {
  deadLetterQueueName,
  type EventEnvelope,
  type EventType,
  eventQueueName,
  eventTypesConsumedBy,
  isEventType,
  isServiceName,
  type ServiceName,
} from './contracts';
import type { EventRejection, EventVerifier } from './event-signing';
import { JobFailure } from './job-queues';

type EventHandler<T extends EventType> = (event: EventEnvelope<T>, manager: EntityManager) => Promise<void>;
export type EventHandlers = { [T in EventType]?: EventHandler<T> };

interface EventConsumerOptions {
  consumer: ServiceName;
  schema: string;
  dataSource: DataSource;
  redis: Redis;
  logger: Logger;
  handlers: EventHandlers;
  /** The producers' public keys: a job whose envelope they do not verify is dead-lettered, never handled. */
  verifier: EventVerifier;
  concurrency?: number;
  /**
   * How long the worker's claim on a job lasts unless renewed; the stalled check runs as often. A job whose worker
   * died is moved back to the queue (once; a second stall fails it, kept with the failed jobs) and handled again,
   * harmlessly thanks to the inbox. BullMQ's default is 30 s.
   */
  lockDurationMs?: number;
  /** Told of every failed attempt, with the queue's name (the failures metric). */
  onFailed?: (queue: string) => void;
}

type ConsumeResult = 'processed' | 'duplicate' | 'dead-lettered';

/** What the dead-letter queue keeps of a refused job: why, when, and the data exactly as it arrived. */
export interface DeadLetter {
  reason: EventRejection | 'not-subscribed';
  jobId: string | null;
  receivedAt: string;
  data: unknown;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Consumes this service's event queue. Each event is handled in one transaction together with its inbox row, so a
 * redelivered event (retry, relay re-send, Redis restart) changes nothing the second time.
 */
export class EventConsumer {
  private worker: Worker | undefined;
  private connection: Redis | undefined;
  private deadLetters: Queue | undefined;
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
    this.worker = new Worker(eventQueueName(this.options.consumer), (job: Job<unknown>) => this.process(job), {
      connection: this.connection,
      concurrency: this.options.concurrency ?? 4,
      lockDuration: this.options.lockDurationMs ?? 30_000,
      stalledInterval: this.options.lockDurationMs ?? 30_000,
      autorun: true,
    });
    this.worker.on('failed', (job, error) => {
      this.options.onFailed?.(eventQueueName(this.options.consumer));
      this.options.logger.warn(
        { eventId: job?.id, eventType: isEventType(job?.name) ? job?.name : 'unknown', correlationId: correlationIdOf(job?.data), attempt: job?.attemptsMade, err: error instanceof JobFailure ? error.message : error.name },
        'event handling failed',
      );
    });
    this.worker.on('error', (error) => this.options.logger.error({ err: error.name }, 'event worker error'));
  }

  /** Waits for jobs in progress, then stops taking new ones. */
  async stop(): Promise<void> {
    await this.worker?.close();
    await this.deadLetters?.close();
    await this.connection?.quit().catch(() => undefined);
  }

  /**
   * A failure is rethrown as a JobFailure: BullMQ keeps the error's message as the failed job's reason, which the
   * failed-jobs listing shows, and a handler's message may quote the data it failed on.
   */
  private async process(job: Job<unknown>): Promise<ConsumeResult> {
    try {
      return await this.receive(job.data, job.id ?? null);
    } catch (error) {
      throw new JobFailure(error);
    }
  }

  /**
   * A job's data as it came off the queue: handled only if its producer's key verifies it and this service subscribes
   * to its type; otherwise logged (ids only) and dead-lettered. Completing the refused job, rather than failing it,
   * keeps it from being retried.
   */
  async receive(data: unknown, jobId: string | null): Promise<ConsumeResult> {
    const verdict = this.options.verifier.verify(data);
    if (!verdict.accepted) return this.deadLetter(data, jobId, verdict.reason);
    if (!eventTypesConsumedBy(this.options.consumer).includes(verdict.envelope.type)) return this.deadLetter(data, jobId, 'not-subscribed');
    // Handlers carry the event's correlationId on to what they write (outbox events, audit entries, log lines).
    return this.handle(verdict.envelope);
  }

  private async deadLetter(data: unknown, jobId: string | null, reason: DeadLetter['reason']): Promise<ConsumeResult> {
    // Anything in a refused job may be an attacker's: only values the platform itself could have produced are logged.
    const claimed = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    this.options.logger.warn(
      {
        jobId: jobId !== null && UUID_PATTERN.test(jobId) ? jobId : 'not-an-event-id',
        eventType: isEventType(claimed['type']) ? claimed['type'] : 'unknown',
        producer: isServiceName(claimed['producer']) ? claimed['producer'] : 'unknown',
        reason,
      },
      'event refused and dead-lettered',
    );
    const letter: DeadLetter = { reason, jobId, receivedAt: new Date().toISOString(), data };
    this.deadLetters ??= new Queue(deadLetterQueueName(this.options.consumer), { connection: this.options.redis });
    // Nothing consumes this queue: its jobs wait for an operator (docs/events.md).
    await this.deadLetters.add(reason, letter);
    return 'dead-lettered';
  }

  /** Public so a test can redeliver an event by hand; it trusts `event` (the queue's jobs go through `receive`). */
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

function correlationIdOf(data: unknown): string | undefined {
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['correlationId'] : undefined;
  return typeof value === 'string' && /^[\w.:-]{1,128}$/.test(value) ? value : undefined;
}
