import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { exportRows } from '@nrm/service-kit';
import type { ComplaintAddressee, ComplaintAspect, ComplaintChannel, ComplaintOutcome } from './complaint.model';

export interface ComplaintRow {
  id: string;
  agency_id: string;
  case_id: string | null;
  person_id: string | null;
  anonymous: boolean;
  channel: ComplaintChannel;
  addressee: ComplaintAddressee;
  state_social_service_agency_id: string | null;
  aspect: ComplaintAspect;
  description: string;
  lodged_by: string;
  lodged_at: Date;
  outcome: ComplaintOutcome | null;
  outcome_note: string | null;
  outcome_recorded_by: string | null;
  outcome_recorded_at: Date | null;
}

/** Which complaints a reader is addressed: of a shelter for some addressees, or of the shelters a regional service receives. */
export type ComplaintAudience =
  | { kind: 'SHELTER'; agencyId: string; addressees: readonly ComplaintAddressee[] }
  | { kind: 'STATE_SOCIAL_SERVICE'; agencyId: string };

/** The persons this service holds a complaint of (`$1` = person id), for the audit chain's known persons. */
export function complaintsOfPersonQuery(schema: string): string {
  return `SELECT 1 FROM "${schema}".complaint WHERE person_id = $1`;
}

function audienceWhere(audience: ComplaintAudience): { where: string; params: unknown[] } {
  return audience.kind === 'SHELTER'
    ? { where: `agency_id = $1 AND addressee = ANY($2::text[])`, params: [audience.agencyId, [...audience.addressees]] }
    : { where: `state_social_service_agency_id = $1 AND addressee = $2`, params: [audience.agencyId, 'STATE_SOCIAL_SERVICE'] };
}

/** The complaint table; every read is scoped to an audience. */
@Injectable()
export class ComplaintRepository {
  constructor(private readonly dataSource: DataSource) {}

  async add(row: ComplaintRow): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO shelters.complaint (id, agency_id, case_id, person_id, anonymous, channel, addressee, state_social_service_agency_id, aspect,
         description, lodged_by, lodged_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        row.id, row.agency_id, row.case_id, row.person_id, row.anonymous, row.channel, row.addressee, row.state_social_service_agency_id,
        row.aspect, row.description, row.lodged_by, row.lodged_at,
      ],
    );
  }

  async listFor(audience: ComplaintAudience, first: number): Promise<ComplaintRow[]> {
    const { where, params } = audienceWhere(audience);
    return this.dataSource.query(`SELECT * FROM shelters.complaint WHERE ${where} ORDER BY lodged_at DESC, id DESC LIMIT $3`, [...params, first]);
  }

  async findFor(audience: ComplaintAudience, id: string): Promise<ComplaintRow | null> {
    const { where, params } = audienceWhere(audience);
    const rows: ComplaintRow[] = await this.dataSource.query(`SELECT * FROM shelters.complaint WHERE ${where} AND id = $3`, [...params, id]);
    return rows[0] ?? null;
  }

  /** Records the outcome once; false when one was recorded already. */
  async recordOutcome(id: string, outcome: ComplaintOutcome, note: string | null, by: string, at: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE shelters.complaint SET outcome = $2, outcome_note = $3, outcome_recorded_by = $4, outcome_recorded_at = $5
       WHERE id = $1 AND outcome IS NULL RETURNING id`,
      [id, outcome, note, by, at],
    );
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [returned] = rows as [unknown[] | undefined];
    return Array.isArray(returned) ? returned.length > 0 : rows.length > 0;
  }

  rowsForExport(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(manager, {
      table: 'shelters.complaint',
      where: 't.person_id = $1',
      params: [personId],
      orderBy: 't.lodged_at, t.id',
      withheld: ['lodged_by', 'outcome_recorded_by'],
    });
  }

  /** Erasure: the words go; the addressee, aspect, dates and outcome (counted in statistics) stay. Idempotent. */
  async redactOfPerson(manager: EntityManager, personId: string, erasedText: string): Promise<void> {
    await manager.query(
      `UPDATE shelters.complaint SET description = $2, outcome_note = NULL WHERE person_id = $1 AND (description <> $2 OR outcome_note IS NOT NULL)`,
      [personId, erasedText],
    );
  }
}
