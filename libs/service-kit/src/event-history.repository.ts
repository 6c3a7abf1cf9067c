import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_RUNTIME, type ServiceRuntime } from './runtime';

/** One published event as the reporting service's rebuild reads it (docs/events.md, "The published events, in bulk"). */
export interface PublishedEvent {
  id: string;
  type: string;
  /** The outbox position: the order the service wrote its events in. */
  position: number;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/** The service's own outbox, read in position order: only rows the relay has published (committed and sent). */
@Injectable()
export class EventHistoryRepository {
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime,
  ) {
    this.table = `"${runtime.schema}".outbox_event`;
  }

  async page(types: readonly string[], after: number, limit: number): Promise<PublishedEvent[]> {
    const rows: Array<{ id: string; type: string; position: string; occurred_at: Date; payload: Record<string, unknown> }> = await this.dataSource.query(
      `SELECT id, type, position, occurred_at, payload FROM ${this.table}
        WHERE published_at IS NOT NULL AND position > $1 AND type = ANY($2::text[])
        ORDER BY position LIMIT $3`,
      [after, types, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      position: Number(row.position),
      occurredAt: row.occurred_at.toISOString(),
      payload: row.payload,
    }));
  }
}
