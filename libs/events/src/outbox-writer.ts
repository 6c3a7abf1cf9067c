import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@nrm/logging';
import type { EventPayloads, EventType } from './contracts';

/** Appends an event in the caller's transaction: the business row and its event commit or roll back together. */
export class OutboxWriter {
  constructor(private readonly schema: string) {}

  async append<T extends EventType>(manager: EntityManager, type: T, aggregateId: string, payload: EventPayloads[T]): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside a transaction');
    }
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO "${this.schema}".outbox_event (type, aggregate_id, payload, correlation_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [type, aggregateId, JSON.stringify(payload), currentCorrelationId() ?? null],
    );
    const [row] = rows;
    if (!row) throw new Error('outbox insert returned no id');
    return row.id;
  }
}
