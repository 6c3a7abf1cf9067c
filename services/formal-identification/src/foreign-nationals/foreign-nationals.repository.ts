import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { exportRows } from '@nrm/service-kit';
import type { ResidencePermitType } from './residence-permit-type';

export interface ReflectionPeriodRow {
  id: string;
  personId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface ResidencePermitRow {
  id: string;
  personId: string;
  type: ResidencePermitType;
  issuedAt: Date;
  expiresAt: Date;
}

/** Who recorded a row, and when. */
export interface Recorded {
  recordedBy: string;
  recordedByAgencyId: string;
  recordedAt: Date;
}

/** The reflection_period and residence_permit tables. */
@Injectable()
export class ForeignNationalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Serialises the person's reflection periods: two concurrent starts cannot both pass the running check. */
  async lockPerson(manager: EntityManager, personId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('formal_identification.foreign:' || $1, 0))`, [personId]);
  }

  async addReflectionPeriod(manager: EntityManager, row: ReflectionPeriodRow, recorded: Recorded): Promise<void> {
    await manager.query(
      `INSERT INTO formal_identification.reflection_period (id, person_id, starts_at, ends_at, recorded_by, recorded_by_agency_id, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.personId, row.startsAt, row.endsAt, recorded.recordedBy, recorded.recordedByAgencyId, recorded.recordedAt],
    );
  }

  async addResidencePermit(manager: EntityManager, row: ResidencePermitRow, recorded: Recorded): Promise<void> {
    await manager.query(
      `INSERT INTO formal_identification.residence_permit (id, person_id, type, issued_at, expires_at, recorded_by, recorded_by_agency_id, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.id, row.personId, row.type, row.issuedAt, row.expiresAt, recorded.recordedBy, recorded.recordedByAgencyId, recorded.recordedAt],
    );
  }

  /** The reflection periods of the person's records, newest first. */
  async reflectionPeriods(personIds: string[], manager: EntityManager = this.dataSource.manager): Promise<ReflectionPeriodRow[]> {
    const rows: Array<{ id: string; person_id: string; starts_at: Date; ends_at: Date }> = await manager.query(
      `SELECT id, person_id, starts_at, ends_at FROM formal_identification.reflection_period WHERE person_id = ANY($1::uuid[]) ORDER BY starts_at DESC, id`,
      [personIds],
    );
    return rows.map((row) => ({ id: row.id, personId: row.person_id, startsAt: row.starts_at, endsAt: row.ends_at }));
  }

  /** The residence permits of the person's records, newest first. */
  async residencePermits(personIds: string[]): Promise<ResidencePermitRow[]> {
    const rows: Array<{ id: string; person_id: string; type: ResidencePermitType; issued_at: Date; expires_at: Date }> = await this.dataSource.query(
      `SELECT id, person_id, type, issued_at, expires_at FROM formal_identification.residence_permit WHERE person_id = ANY($1::uuid[]) ORDER BY issued_at DESC, id`,
      [personIds],
    );
    return rows.map((row) => ({ id: row.id, personId: row.person_id, type: row.type, issuedAt: row.issued_at, expiresAt: row.expires_at }));
  }

  /** The person's reflection periods and permits for a subject access export, in the caller's transaction; staff accounts withheld. */
  async rowsForExport(manager: EntityManager, personIds: string[]): Promise<Record<string, Array<Record<string, unknown>>>> {
    const reflectionPeriods = await exportRows(manager, {
      table: 'formal_identification.reflection_period',
      where: 't.person_id = ANY($1::uuid[])',
      params: [personIds],
      orderBy: 't.starts_at, t.id',
      withheld: ['recorded_by'],
    });
    const residencePermits = await exportRows(manager, {
      table: 'formal_identification.residence_permit',
      where: 't.person_id = ANY($1::uuid[])',
      params: [personIds],
      orderBy: 't.issued_at, t.id',
      withheld: ['recorded_by'],
    });
    return { reflectionPeriods, residencePermits };
  }
}
