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

  /**
   * The same append as SQL, for a write done as ONE statement (its own transaction, no BEGIN/COMMIT round trips): an
   * `INSERT … SELECT` to use as a data-modifying CTE term, so the event commits or rolls back with the statement's
   * other terms. Each argument is a SQL expression: placeholders, or columns of `from` (a term of the same statement).
   * `payload` must evaluate to jsonb.
   */
  insertSql(sql: { type: string; aggregateId: string; payload: string; correlationId: string; from: string }): string {
    return `INSERT INTO "${this.schema}".outbox_event (type, aggregate_id, payload, correlation_id)
       SELECT ${sql.type}, ${sql.aggregateId}, ${sql.payload}, ${sql.correlationId} FROM ${sql.from}`;
  }
}
