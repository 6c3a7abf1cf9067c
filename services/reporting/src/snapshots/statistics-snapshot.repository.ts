import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SnapshotPeriod, SnapshotPeriodKind } from './snapshot-periods';
import type { StatisticsSnapshot, StatisticsSnapshotTable } from './statistics-snapshot.model';

interface SnapshotRow {
  id: string;
  period_start: string;
  period_end: string;
  computed_at: Date;
  period_kind: SnapshotPeriodKind | null;
  period_key: string | null;
  revision: number | null;
  revision_note: string | null;
  threshold: number | null;
}

const COLUMNS = `id, to_char(period_start, 'YYYY-MM-DD') AS period_start, to_char(period_end, 'YYYY-MM-DD') AS period_end,
  computed_at, period_kind, period_key, revision, revision_note, threshold`;

function snapshotOf(row: SnapshotRow): StatisticsSnapshot {
  return {
    id: row.id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    computedAt: row.computed_at,
    periodKind: row.period_kind,
    periodKey: row.period_key,
    revision: row.revision,
    revisionNote: row.revision_note,
    threshold: row.threshold,
  };
}

/** What a new revision is made of. */
export interface SnapshotRevisionInput {
  period: SnapshotPeriod;
  threshold: number;
  tables: StatisticsSnapshotTable[];
  contentHash: string;
  computedAt: Date;
  /** The note, from the latest revision's tables (null: this is the first). */
  note: (previous: StatisticsSnapshotTable[]) => string;
}

/** statistics_snapshot: rows are inserted, never updated (a trigger refuses it). */
@Injectable()
export class StatisticsSnapshotRepository {
  constructor(private readonly dataSource: DataSource) {}

  async latest(first: number, periodKind: SnapshotPeriodKind | undefined): Promise<StatisticsSnapshot[]> {
    const rows: SnapshotRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM reporting.statistics_snapshot
        WHERE $1::text IS NULL OR period_kind = $1
        ORDER BY computed_at DESC, revision DESC NULLS LAST, id DESC LIMIT $2`,
      [periodKind ?? null, first],
    );
    return rows.map(snapshotOf);
  }

  async byId(id: string): Promise<(StatisticsSnapshot & { tables: StatisticsSnapshotTable[] | null }) | undefined> {
    const rows: Array<SnapshotRow & { tables: StatisticsSnapshotTable[] | null }> = await this.dataSource.query(
      `SELECT ${COLUMNS}, tables FROM reporting.statistics_snapshot WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row ? { ...snapshotOf(row), tables: row.tables } : undefined;
  }

  async tablesOf(id: string): Promise<StatisticsSnapshotTable[] | null> {
    const rows: Array<{ tables: StatisticsSnapshotTable[] | null }> = await this.dataSource.query(
      `SELECT tables FROM reporting.statistics_snapshot WHERE id = $1`,
      [id],
    );
    return rows[0]?.tables ?? null;
  }

  /**
   * Stores a new revision of the period unless its latest already has this content: under a lock on the period, so two
   * runs at once (the scheduler twice, two replicas) store one. Returns the revision stored, or undefined.
   */
  storeIfChanged(input: SnapshotRevisionInput): Promise<{ id: string; revision: number } | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const { period } = input;
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reporting.statistics_snapshot'), hashtext($1))`, [`${period.kind}:${period.key}`]);
      const latest: Array<{ revision: number; content_hash: string; tables: StatisticsSnapshotTable[] }> = await manager.query(
        `SELECT revision, content_hash, tables FROM reporting.statistics_snapshot
          WHERE period_kind = $1 AND period_key = $2 ORDER BY revision DESC LIMIT 1`,
        [period.kind, period.key],
      );
      const previous = latest[0];
      if (previous?.content_hash === input.contentHash) return undefined;
      const revision = (previous?.revision ?? 0) + 1;
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO reporting.statistics_snapshot
           (period_start, period_end, computed_at, payload, period_kind, period_key, revision, revision_note, threshold, tables, content_hash)
         VALUES ($1, $2, $3, '{}', $4, $5, $6, $7, $8, $9::jsonb, $10) RETURNING id`,
        [
          period.from,
          period.to,
          input.computedAt,
          period.kind,
          period.key,
          revision,
          previous ? input.note(previous.tables) : null,
          input.threshold,
          JSON.stringify(input.tables),
          input.contentHash,
        ],
      );
      return { id: (inserted[0] as { id: string }).id, revision };
    });
  }
}
