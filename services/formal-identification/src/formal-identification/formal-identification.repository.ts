import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { exportRows } from '@nrm/service-kit';
import { FormalIdentificationEntity } from './formal-identification.entity';
import { FormalIdentificationStatus } from './formal-identification-status';

/** The persons this service holds a formal identification of (the audit chain's known persons, `$1` = person id). */
export function knownPersonsQuery(schema: string): string {
  return `SELECT 1 FROM "${schema}".formal_identification WHERE person_id = $1 LIMIT 1`;
}

/** At most one open formal identification per person (partial unique index of the workflow migration). */
export const ONE_OPEN_CONSTRAINT = 'formal_identification_one_open';

/** A criminal report as this service keeps it. */
export interface CriminalReportRow {
  id: string;
  formalIdentificationId: string;
  personId: string;
  reportedAt: Date;
  recordedBy: string;
  recordedByAgencyId: string;
  recordedAt: Date;
}

interface CriminalReportDbRow {
  id: string;
  formal_identification_id: string;
  person_id: string;
  reported_at: Date;
  recorded_by: string;
  recorded_by_agency_id: string;
  recorded_at: Date;
}

/** The formal_identification and criminal_report tables. */
@Injectable()
export class FormalIdentificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The formal identifications of the person's records, newest first; only those a group member sits in when `memberSubject` is set. */
  listOfPersons(personIds: string[], memberSubject: string | null): Promise<FormalIdentificationEntity[]> {
    const query = this.dataSource
      .getRepository(FormalIdentificationEntity)
      .createQueryBuilder('fi')
      .where('fi.person_id IN (:...personIds)', { personIds })
      .orderBy('fi.requested_at', 'DESC')
      .addOrderBy('fi.id', 'DESC');
    if (memberSubject !== null) {
      query.andWhere('(fi.police_member_id = :subject OR fi.social_member_id = :subject)', { subject: memberSubject });
    }
    return query.getMany();
  }

  /** The formal identifications whose group `memberSubject` sits in, newest first (at most `limit`). */
  listOfMember(memberSubject: string, limit: number): Promise<FormalIdentificationEntity[]> {
    return this.dataSource
      .getRepository(FormalIdentificationEntity)
      .createQueryBuilder('fi')
      .where('(fi.police_member_id = :subject OR fi.social_member_id = :subject)', { subject: memberSubject })
      .orderBy('fi.requested_at', 'DESC')
      .addOrderBy('fi.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** The open (not concluded) formal identification of the person's records, if any (the oldest, should two be open). */
  findOpen(manager: EntityManager, personIds: string[]): Promise<FormalIdentificationEntity | null> {
    return manager
      .getRepository(FormalIdentificationEntity)
      .createQueryBuilder('fi')
      .where('fi.person_id IN (:...personIds) AND fi.status <> :concluded', { personIds, concluded: FormalIdentificationStatus.CONCLUDED })
      .orderBy('fi.requested_at', 'ASC')
      .addOrderBy('fi.id', 'ASC')
      .getOne();
  }

  findById(id: string): Promise<FormalIdentificationEntity | null> {
    return this.dataSource.getRepository(FormalIdentificationEntity).findOne({ where: { id } });
  }

  /** Locks the row for the rest of the transaction: of two concurrent changes one waits and sees the other's. */
  findForUpdate(manager: EntityManager, id: string): Promise<FormalIdentificationEntity | null> {
    return manager.getRepository(FormalIdentificationEntity).createQueryBuilder('fi').setLock('pessimistic_write').where('fi.id = :id', { id }).getOne();
  }

  async insert(manager: EntityManager, row: FormalIdentificationEntity): Promise<void> {
    await manager.getRepository(FormalIdentificationEntity).insert(row);
  }

  async save(manager: EntityManager, row: FormalIdentificationEntity): Promise<void> {
    await manager.getRepository(FormalIdentificationEntity).save(row);
  }

  /** Whether an interview of the person spans `at` (an interview without a recorded end spans everything after its start). */
  async interviewSpans(manager: EntityManager, personId: string, at: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM formal_identification.formal_identification
        WHERE person_id = $1 AND interview_started_at IS NOT NULL AND interview_started_at <= $2
          AND (interview_ended_at IS NULL OR interview_ended_at >= $2)
        LIMIT 1`,
      [personId, at],
    );
    return rows.length > 0;
  }

  /** Whether a criminal report of the person was taken between `from` and `to` (open-ended when `to` is null). */
  async criminalReportBetween(manager: EntityManager, personId: string, from: Date, to: Date | null): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM formal_identification.criminal_report
        WHERE person_id = $1 AND reported_at >= $2 AND ($3::timestamptz IS NULL OR reported_at <= $3) LIMIT 1`,
      [personId, from, to],
    );
    return rows.length > 0;
  }

  /** Serialises the person's interview and criminal-report writes, so neither slips inside the other's window. */
  async lockPerson(manager: EntityManager, personId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('formal_identification.person:' || $1, 0))`, [personId]);
  }

  async addCriminalReport(manager: EntityManager, row: CriminalReportRow): Promise<void> {
    await manager.query(
      `INSERT INTO formal_identification.criminal_report (id, formal_identification_id, person_id, reported_at, recorded_by, recorded_by_agency_id, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.formalIdentificationId, row.personId, row.reportedAt, row.recordedBy, row.recordedByAgencyId, row.recordedAt],
    );
  }

  async criminalReportsOf(formalIdentificationId: string): Promise<CriminalReportRow[]> {
    const rows: CriminalReportDbRow[] = await this.dataSource.query(
      `SELECT * FROM formal_identification.criminal_report WHERE formal_identification_id = $1 ORDER BY reported_at, id`,
      [formalIdentificationId],
    );
    return rows.map((row) => ({
      id: row.id,
      formalIdentificationId: row.formal_identification_id,
      personId: row.person_id,
      reportedAt: row.reported_at,
      recordedBy: row.recorded_by,
      recordedByAgencyId: row.recorded_by_agency_id,
      recordedAt: row.recorded_at,
    }));
  }

  /** Replaces the free-text reasons of the person's conclusions (the only text that can describe the person). */
  async redactReasons(manager: EntityManager, personId: string, redacted: string): Promise<void> {
    await manager.query(
      `UPDATE formal_identification.formal_identification SET reasons = $2 WHERE person_id = $1 AND reasons IS NOT NULL AND reasons <> $2`,
      [personId, redacted],
    );
  }

  /** The rows of the person's records for a subject access export, in the caller's transaction; staff accounts withheld. */
  async rowsForExport(manager: EntityManager, personIds: string[]): Promise<Record<string, Array<Record<string, unknown>>>> {
    const formalIdentifications = await exportRows(manager, {
      table: 'formal_identification.formal_identification',
      where: 't.person_id = ANY($1::uuid[])',
      params: [personIds],
      orderBy: 't.requested_at, t.id',
      withheld: ['requested_by', 'police_member_id', 'social_member_id', 'convened_by', 'concluded_by'],
    });
    const criminalReports = await exportRows(manager, {
      table: 'formal_identification.criminal_report',
      where: 't.person_id = ANY($1::uuid[])',
      params: [personIds],
      orderBy: 't.reported_at, t.id',
      withheld: ['recorded_by'],
    });
    return { formalIdentifications, criminalReports };
  }
}
