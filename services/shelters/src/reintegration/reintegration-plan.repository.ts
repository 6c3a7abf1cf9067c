import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CaseStatus } from '@nrm/domain';
import { exportRows } from '@nrm/service-kit';
import type { PlanObjective } from './reintegration-plan.model';

/** One row of shelters.reintegration_plan_version. */
export interface PlanVersionRow {
  id: string;
  case_id: string;
  person_id: string;
  agency_id: string;
  version: number;
  objectives: PlanObjective[];
  guardian_required: boolean;
  person_signed_at: Date | null;
  case_manager_signed_at: Date | null;
  case_manager_signed_by: string | null;
  guardian_signed_at: Date | null;
  signed_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** A version and its case, for printing. */
export interface PrintablePlanRow extends PlanVersionRow {
  case_reference: string;
  case_provider_agency_id: string;
  case_status: CaseStatus;
  case_team_member_ids: string[];
}

export type SignatureColumn = 'person_signed_at' | 'case_manager_signed_at' | 'guardian_signed_at';

/** The persons this service holds a plan of (`$1` = person id), one part of the audit chain's known persons. */
export function plansOfPersonQuery(schema: string): string {
  return `SELECT 1 FROM "${schema}".reintegration_plan_version WHERE person_id = $1`;
}

/** The reintegration_plan_version table: every version of each case's plan stays. */
@Injectable()
export class ReintegrationPlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The case's latest version, locked against a concurrent save or signature until the transaction ends. */
  async latestForUpdate(manager: EntityManager, caseId: string): Promise<PlanVersionRow | null> {
    // The case row serialises the first save of a case too, when no version exists to lock yet.
    await manager.query(`SELECT 1 FROM shelters.shelter_case WHERE id = $1 FOR UPDATE`, [caseId]);
    const rows: PlanVersionRow[] = await manager.query(
      `SELECT * FROM shelters.reintegration_plan_version WHERE case_id = $1 ORDER BY version DESC LIMIT 1`,
      [caseId],
    );
    return rows[0] ?? null;
  }

  async insert(manager: EntityManager, row: PlanVersionRow): Promise<void> {
    await manager.query(
      `INSERT INTO shelters.reintegration_plan_version
         (id, case_id, person_id, agency_id, version, objectives, guardian_required, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $9)`,
      [row.id, row.case_id, row.person_id, row.agency_id, row.version, JSON.stringify(row.objectives), row.guardian_required, row.created_by, row.created_at],
    );
  }

  /** Rewrites a draft (no signature yet); the locking trigger refuses any other. */
  async updateDraft(manager: EntityManager, id: string, objectives: PlanObjective[], guardianRequired: boolean, at: Date): Promise<void> {
    await manager.query(
      `UPDATE shelters.reintegration_plan_version SET objectives = $2::jsonb, guardian_required = $3, updated_at = $4
       WHERE id = $1 AND person_signed_at IS NULL AND case_manager_signed_at IS NULL AND guardian_signed_at IS NULL`,
      [id, JSON.stringify(objectives), guardianRequired, at],
    );
  }

  async sign(manager: EntityManager, id: string, column: SignatureColumn, at: Date, caseManager: string | null): Promise<void> {
    await manager.query(
      `UPDATE shelters.reintegration_plan_version SET ${column} = $2, updated_at = $2,
         case_manager_signed_by = COALESCE($3, case_manager_signed_by)
       WHERE id = $1`,
      [id, at, caseManager],
    );
  }

  async markSigned(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE shelters.reintegration_plan_version SET signed_at = $2 WHERE id = $1 AND signed_at IS NULL`, [id, at]);
  }

  async byId(manager: EntityManager, id: string): Promise<PlanVersionRow> {
    const rows: PlanVersionRow[] = await manager.query(`SELECT * FROM shelters.reintegration_plan_version WHERE id = $1`, [id]);
    const [row] = rows;
    if (!row) throw new Error('reintegration plan version vanished inside its transaction');
    return row;
  }

  /** One version with what printing it needs of its case (reference, shelter, status, team); null for an unknown id. */
  async printableById(id: string): Promise<PrintablePlanRow | null> {
    const rows: PrintablePlanRow[] = await this.dataSource.query(
      `SELECT v.*, c.reference AS case_reference, c.provider_agency_id AS case_provider_agency_id, c.status AS case_status,
              c.team_member_ids AS case_team_member_ids
       FROM shelters.reintegration_plan_version v JOIN shelters.shelter_case c ON c.id = v.case_id
       WHERE v.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The person's plan versions written by the agencies, per case oldest version first. */
  ofPerson(personId: string, agencyIds: readonly string[]): Promise<PlanVersionRow[]> {
    return this.dataSource.query(
      `SELECT * FROM shelters.reintegration_plan_version
       WHERE person_id IN (SELECT $1::uuid UNION ALL SELECT alias_id FROM shelters.person_alias WHERE canonical_id = $1::uuid)
         AND agency_id = ANY($2::text[])
       ORDER BY created_at, case_id, version`,
      [personId, [...agencyIds]],
    );
  }

  /** The person's plan versions for a subject access export; the staff members are withheld (the shelter stays). */
  rowsForExport(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(manager, {
      table: 'shelters.reintegration_plan_version',
      where: 't.person_id = $1',
      params: [personId],
      orderBy: 't.case_id, t.version',
      withheld: ['created_by', 'case_manager_signed_by'],
    });
  }

  /** Erasure: the objectives go, the versions' dates and signatures (which identify nobody) stay. Idempotent. */
  async redactOfPerson(manager: EntityManager, personId: string): Promise<void> {
    await manager.query(
      `UPDATE shelters.reintegration_plan_version SET objectives = '[]'::jsonb WHERE person_id = $1 AND objectives <> '[]'::jsonb`,
      [personId],
    );
  }
}
