import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CasePhase } from '@nrm/domain';
import { OutboxWriter } from '@nrm/events';
import { exportRows } from '@nrm/service-kit';
import type { MonitoringArea, MonitoringMode } from './monitoring.model';

export interface MonitoringContactRow {
  id: string;
  case_id: string;
  person_id: string;
  agency_id: string;
  mode: MonitoringMode;
  areas: MonitoringArea[];
  notes: string | null;
  contacted_at: Date;
  phase: CasePhase | null;
  recorded_by: string;
  recorded_at: Date;
}

/** The persons this service holds a monitoring contact of (`$1` = person id), for the audit chain's known persons. */
export function monitoringOfPersonQuery(schema: string): string {
  return `SELECT 1 FROM "${schema}".monitoring_contact WHERE person_id = $1`;
}

/** The monitoring_contact table. */
@Injectable()
export class MonitoringRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * A contact and its `monitoring_contact.recorded` event, in one transaction (the outbox): the event carries the
   * case's latest contact and the next contact due from it (`nextDueAfter`), read after the insert.
   */
  async add(
    row: MonitoringContactRow,
    about: { reference: string; nextDueAfter: (latest: Date) => Date | null },
    correlationId: string | null,
  ): Promise<{ nextContactDueAt: Date | null }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO shelters.monitoring_contact (id, case_id, person_id, agency_id, mode, areas, notes, contacted_at, phase, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11)`,
        [row.id, row.case_id, row.person_id, row.agency_id, row.mode, row.areas, row.notes, row.contacted_at, row.phase, row.recorded_by, row.recorded_at],
      );
      const latest = (await this.latestContactOf(row.case_id, manager)) ?? row.contacted_at;
      const nextContactDueAt = about.nextDueAfter(latest);
      await this.outbox.append(
        manager,
        'monitoring_contact.recorded',
        row.id,
        {
          contactId: row.id,
          caseId: row.case_id,
          personId: row.person_id,
          reference: about.reference,
          providerAgencyId: row.agency_id,
          latestContactAt: latest.toISOString(),
          nextContactDueAt: nextContactDueAt?.toISOString() ?? null,
        },
        correlationId,
      );
      return { nextContactDueAt };
    });
  }

  /** When the case's latest contact took place; null before the first. */
  async latestContactOf(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<Date | null> {
    const rows: Array<{ at: Date | null }> = await manager.query(
      `SELECT max(contacted_at) AS at FROM shelters.monitoring_contact WHERE case_id = $1`,
      [caseId],
    );
    return rows[0]?.at ?? null;
  }

  ofPerson(personId: string, agencyIds: readonly string[]): Promise<MonitoringContactRow[]> {
    return this.dataSource.query(
      `SELECT * FROM shelters.monitoring_contact
       WHERE person_id IN (SELECT $1::uuid UNION ALL SELECT alias_id FROM shelters.person_alias WHERE canonical_id = $1::uuid)
         AND agency_id = ANY($2::text[])
       ORDER BY contacted_at, id`,
      [personId, [...agencyIds]],
    );
  }

  rowsForExport(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(manager, {
      table: 'shelters.monitoring_contact',
      where: 't.person_id = $1',
      params: [personId],
      orderBy: 't.contacted_at, t.id',
      withheld: ['recorded_by'],
    });
  }

  /** Erasure: the notes go; mode, areas and dates (counted in statistics of services delivered) stay. Idempotent. */
  async redactOfPerson(manager: EntityManager, personId: string): Promise<void> {
    await manager.query(`UPDATE shelters.monitoring_contact SET notes = NULL WHERE person_id = $1 AND notes IS NOT NULL`, [personId]);
  }
}
