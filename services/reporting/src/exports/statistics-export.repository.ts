import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { StatisticsAudience } from '../tables/statistics-tables.port';
import { type StatisticsExport, type StatisticsExportFormat, type StatisticsExportKind, StatisticsExportState } from './statistics-export.model';

/** What an export was asked for: codes and dates only (the table, or the snapshot), never a person. */
export interface StatisticsExportParameters {
  table?: { measure: string; from: string; to: string; groupBy: string[] };
  snapshotId?: string;
}

export interface NewStatisticsExport {
  id: string;
  requestedBy: string;
  kind: StatisticsExportKind;
  format: StatisticsExportFormat;
  audience: Exclude<StatisticsAudience, 'APP'>;
  parameters: StatisticsExportParameters;
  fileName: string;
  createdAt: Date;
  expiresAt: Date;
}

/** An export as its worker builds it. */
export interface StatisticsExportJob {
  id: string;
  kind: StatisticsExportKind;
  format: StatisticsExportFormat;
  audience: Exclude<StatisticsAudience, 'APP'>;
  parameters: StatisticsExportParameters;
  fileName: string;
}

export interface StatisticsExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

interface ExportRow {
  id: string;
  kind: StatisticsExportKind;
  format: StatisticsExportFormat;
  state: StatisticsExportState;
  progress: number;
  file_name: string;
  created_at: Date;
  expires_at: Date;
}

const VIEW_COLUMNS = 'id, kind, format, state, progress, file_name, created_at, expires_at';

function exportOf(row: ExportRow): StatisticsExport {
  return {
    id: row.id,
    kind: row.kind,
    format: row.format,
    state: row.state,
    progress: row.progress,
    fileName: row.file_name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/** statistics_export: requests, their progress and their files until they expire. */
@Injectable()
export class StatisticsExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: NewStatisticsExport): Promise<StatisticsExport> {
    const rows: ExportRow[] = await this.dataSource.query(
      `INSERT INTO reporting.statistics_export (id, requested_by, kind, format, audience, parameters, state, progress, file_name, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, 'QUEUED', 0, $7, $8, $9) RETURNING ${VIEW_COLUMNS}`,
      [row.id, row.requestedBy, row.kind, row.format, row.audience, JSON.stringify(row.parameters), row.fileName, row.createdAt, row.expiresAt],
    );
    return exportOf(rows[0] as ExportRow);
  }

  /** The requester's own export, not expired; anyone else's is not found. */
  async ofRequester(id: string, requestedBy: string, now: Date): Promise<StatisticsExport | undefined> {
    const rows: ExportRow[] = await this.dataSource.query(
      `SELECT ${VIEW_COLUMNS} FROM reporting.statistics_export WHERE id = $1 AND requested_by = $2 AND expires_at > $3`,
      [id, requestedBy, now],
    );
    return rows[0] ? exportOf(rows[0]) : undefined;
  }

  /** The requester's built file, not expired. */
  async fileOf(id: string, requestedBy: string, now: Date): Promise<StatisticsExportFile | undefined> {
    const rows: Array<{ file_name: string; content_type: string; content: Buffer }> = await this.dataSource.query(
      `SELECT file_name, content_type, content FROM reporting.statistics_export
        WHERE id = $1 AND requested_by = $2 AND expires_at > $3 AND state = 'READY'`,
      [id, requestedBy, now],
    );
    const row = rows[0];
    return row ? { fileName: row.file_name, contentType: row.content_type, content: row.content } : undefined;
  }

  /**
   * Takes an export for building: QUEUED (or RUNNING again, after a crash or a retry) and not expired. Undefined for
   * anything else, so a job for an unknown, finished or expired export does nothing.
   */
  async start(id: string, now: Date): Promise<StatisticsExportJob | undefined> {
    // An UPDATE … RETURNING answers [rows, affected] through TypeORM.
    const [rows]: [Array<{ id: string; kind: StatisticsExportKind; format: StatisticsExportFormat; audience: 'EXACT' | 'EXPORT'; parameters: StatisticsExportParameters; file_name: string }>, number] =
      await this.dataSource.query(
        `UPDATE reporting.statistics_export SET state = 'RUNNING', progress = GREATEST(progress, 1)
          WHERE id = $1 AND state IN ('QUEUED', 'RUNNING') AND expires_at > $2
          RETURNING id, kind, format, audience, parameters, file_name`,
        [id, now],
      );
    const row = rows[0];
    return row ? { id: row.id, kind: row.kind, format: row.format, audience: row.audience, parameters: row.parameters, fileName: row.file_name } : undefined;
  }

  async progress(id: string, progress: number): Promise<void> {
    await this.dataSource.query(`UPDATE reporting.statistics_export SET progress = $2 WHERE id = $1 AND state = 'RUNNING'`, [id, progress]);
  }

  async complete(id: string, file: { contentType: string; content: Buffer }, now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE reporting.statistics_export SET state = 'READY', progress = 100, content_type = $2, content = $3, finished_at = $4
        WHERE id = $1 AND state = 'RUNNING'`,
      [id, file.contentType, file.content, now],
    );
  }

  /** `failure`: a code (the error's name), never a message. */
  async fail(id: string, failure: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE reporting.statistics_export SET state = 'FAILED', failure = $2, finished_at = $3 WHERE id = $1 AND state IN ('QUEUED', 'RUNNING')`,
      [id, failure, now],
    );
  }

  /** Deletes expired exports and their files. */
  async deleteExpired(now: Date): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(`DELETE FROM reporting.statistics_export WHERE expires_at <= $1`, [now]);
    return result[1];
  }
}
