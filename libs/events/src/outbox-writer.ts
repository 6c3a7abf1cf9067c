import type { EntityManager } from 'typeorm';
import type { EventPayloads, EventType } from './contracts';

/** Appends an event in the caller's transaction: the business row and its event commit or roll back together. */
export class OutboxWriter {
  constructor(private readonly schema: string) {}

  /** `correlationId`: the request's (principal.correlationId) or, in a consumer, the event's being handled. */
  async append<T extends EventType>(
    manager: EntityManager,
    type: T,
    aggregateId: string,
    payload: EventPayloads[T],
    correlationId: string | null,
  ): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside a transaction');
    }
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO "${this.schema}".outbox_event (type, aggregate_id, payload, correlation_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [type, aggregateId, JSON.stringify(payload), correlationId],
    );
    const [row] = rows;
    if (!row) throw new Error('outbox insert returned no id');
    return row.id;
  }
}
