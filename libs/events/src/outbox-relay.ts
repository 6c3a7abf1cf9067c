import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { type PreparedStatement, queryPrepared } from '@nrm/database';
import type { Logger } from '@nrm/logging';
import { EVENT_JOB_OPTIONS, EVENT_SUBSCRIBERS, type EventEnvelope, type EventType, eventQueueName, type ServiceName, type SignedEventEnvelope } from './contracts';
import type { EventSigner } from './event-signing';
import { outboxChannel } from './outbox.sql';

interface OutboxRelayOptions {
  producer: ServiceName;
  /** Signs each envelope as it is published, with this service's current key. */
  signer: EventSigner;
  schema: string;
  dataSource: DataSource;
  /** Used to LISTEN for new events; a dedicated connection outside the pool. */
  databaseUrl: string;
  redis: Redis;
  logger: Logger;
  batchSize?: number;
  pollIntervalMs?: number;
  /** Events published within this window are published again when Redis comes back empty. */
  redeliveryWindowSeconds?: number;
  /**
   * How long a wake-up waits for more commits before publishing (milliseconds). 0 by default: an idle relay publishes
   * at once, and commits arriving while it publishes still travel together in its next batch (see `wake`), so a burst
   * costs no extra transactions while a lone event waits for nothing (bench/notification-latency.mjs).
   */
  coalesceMs?: number;
}

interface OutboxRow {
  id: string;
  type: EventType;
  aggregate_id: string;
  payload: EventEnvelope['payload'];
  correlation_id: string | null;
  occurred_at: Date;
}

/**
 * Moves committed outbox rows to BullMQ, one job per subscribing service, with the outbox id as job id. Rows are
 * claimed with FOR UPDATE SKIP LOCKED so several relays can run; a row is marked published only after Redis has
 * accepted every job. If Redis restarts without its data (new run_id), recent events are published again — the
 * consumers' inbox makes that harmless.
 */
export class OutboxRelay {
  private readonly queues = new Map<ServiceName, Queue>();
  private listener: Client | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private redisRunId: string | undefined;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly coalesceMs: number;
  /** Prepared once per connection: every batch runs them. */
  private readonly statements: { claim: PreparedStatement; markPublished: PreparedStatement };

  constructor(private readonly options: OutboxRelayOptions) {
    if (options.signer.producer !== options.producer) throw new Error(`the relay of ${options.producer} was given ${options.signer.producer}'s signing key`);
    this.batchSize = options.batchSize ?? 200;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.coalesceMs = options.coalesceMs ?? 0;
    const { schema } = options;
    this.statements = {
      claim: {
        name: `${schema}_outbox_claim`,
        text: `SELECT id, type, aggregate_id, payload, correlation_id, occurred_at FROM "${schema}".outbox_event
         WHERE published_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED`,
      },
      markPublished: { name: `${schema}_outbox_mark_published`, text: `UPDATE "${schema}".outbox_event SET published_at = now() WHERE id = ANY($1::uuid[])` },
    };
  }

  async start(): Promise<void> {
    this.redisRunId = await this.readRedisRunId();
    this.options.redis.on('ready', () => void this.onRedisReady());
    await this.listen();
    this.pollTimer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  /** Publishes everything pending now; resolves when the outbox is empty (used by tests and shutdown). */
  async flush(): Promise<void> {
    this.wake();
    while (this.draining) await this.draining;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    // A short pause lets a burst of commits travel in one batch: one relay transaction instead of one per event.
    this.draining = delay(this.coalesceMs)
      .then(() => this.drain())
      .finally(() => {
        this.draining = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.publishBatch()) === this.batchSize) {
        // keep going while full batches come back
      }
    } catch (error) {
      this.options.logger.error({ err: errorName(error) }, 'outbox relay failed; will retry on next poll');
    }
  }

  private async publishBatch(): Promise<number> {
    return this.options.dataSource.transaction(async (manager) => {
      const rows = await queryPrepared<OutboxRow>(manager, this.statements.claim, [this.batchSize]);
      if (rows.length === 0) return 0;
      const byQueue = new Map<ServiceName, SignedEventEnvelope[]>();
      for (const row of rows) {
        // Signed here, not in the outbox: SQL-only appends cannot sign, and a republish (Redis restart) re-signs with today's key.
        const envelope = this.options.signer.sign<EventType>({
          id: row.id,
          type: row.type,
          aggregateId: row.aggregate_id,
          payload: row.payload,
          occurredAt: row.occurred_at.toISOString(),
          correlationId: row.correlation_id,
          producer: this.options.producer,
        } satisfies EventEnvelope);
        for (const consumer of EVENT_SUBSCRIBERS[row.type] ?? []) {
          byQueue.set(consumer, [...(byQueue.get(consumer) ?? []), envelope]);
        }
      }
      await Promise.all(
        [...byQueue.entries()].map(([consumer, envelopes]) =>
          this.queue(consumer).addBulk(
            envelopes.map((envelope) => ({ name: envelope.type, data: envelope, opts: { ...EVENT_JOB_OPTIONS, jobId: envelope.id } })),
          ),
        ),
      );
      await queryPrepared(manager, this.statements.markPublished, [rows.map((row) => row.id)]);
      return rows.length;
    });
  }

  private queue(consumer: ServiceName): Queue {
    let queue = this.queues.get(consumer);
    if (!queue) {
      queue = new Queue(eventQueueName(consumer), { connection: this.options.redis });
      this.queues.set(consumer, queue);
    }
    return queue;
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl, application_name: `${this.options.producer}-outbox-listener` });
    client.on('error', () => {
      // Polling keeps working; reconnecting the listener is not worth a crash.
      this.options.logger.warn('outbox listener connection lost; relying on polling');
    });
    client.on('notification', () => this.wake());
    await client.connect();
    await client.query(`LISTEN ${outboxChannel(this.options.schema)}`);
    this.listener = client;
  }

  private async readRedisRunId(): Promise<string | undefined> {
    const info = await this.options.redis.info('server');
    return /run_id:(\w+)/.exec(info)?.[1];
  }

  private async onRedisReady(): Promise<void> {
    try {
      const runId = await this.readRedisRunId();
      if (this.redisRunId && runId && runId !== this.redisRunId) {
        const window = this.options.redeliveryWindowSeconds ?? 24 * 3600;
        const result: [unknown, number] = await this.options.dataSource.query(
          `UPDATE "${this.options.schema}".outbox_event SET published_at = NULL
           WHERE published_at > now() - make_interval(secs => $1)`,
          [window],
        );
        this.options.logger.warn({ republished: result[1] }, 'redis restarted; republishing recent events');
        this.wake();
      }
      this.redisRunId = runId;
    } catch (error) {
      this.options.logger.error({ err: errorName(error) }, 'could not check redis after reconnect');
    }
  }
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

function errorName(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown';
}
