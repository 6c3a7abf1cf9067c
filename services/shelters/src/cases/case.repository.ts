import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, type SelectQueryBuilder } from 'typeorm';
import { keysetPage } from '@nrm/database';
import type { CaseStatus } from '@nrm/domain';
import type { Connection } from '@nrm/graphql';
import { exportRows } from '@nrm/service-kit';
import { CaseManagerChangeEntity } from './case-manager-change.entity';
import { ShelterCaseEntity } from './shelter-case.entity';

/**
 * A person's rows are those filed under its id and under every record linked to it as an alias (docs/domain.md,
 * "Linked records"; shelters.person_alias is projected from person.linked).
 */
function personAndAliases(parameter: string): string {
  return `(SELECT ${parameter}::uuid UNION ALL SELECT alias_id FROM shelters.person_alias WHERE canonical_id = ${parameter}::uuid)`;
}

/** The persons this service holds a case of (`$1` = person id), one part of the audit chain's known persons. */
export function casesOfPersonQuery(schema: string): string {
  return `SELECT 1 FROM "${schema}".shelter_case WHERE person_id = $1`;
}

interface CasePage {
  first?: number;
  after?: string;
  status?: CaseStatus;
}

interface OpenedCase {
  id: string;
  personId: string;
  reference: string;
  referralId: string;
  providerAgencyId: string;
  status: CaseStatus;
  openedAt: Date;
}

/** The shelter_case table. */
@Injectable()
export class CaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** When the case's latest monitoring contact took place, in the caller's transaction; null before the first. */
  async latestMonitoringContactAt(manager: EntityManager, caseId: string): Promise<Date | null> {
    const rows: Array<{ at: Date | null }> = await manager.query(`SELECT max(contacted_at) AS at FROM shelters.monitoring_contact WHERE case_id = $1`, [caseId]);
    return rows[0]?.at ?? null;
  }

  findOfAgency(id: string, agencyId: string): Promise<ShelterCaseEntity | null> {
    return this.ofAgency(agencyId).andWhere('c.id = :id', { id }).getOne();
  }

  pageOfAgency(agencyId: string, page: CasePage, teamMemberId?: string): Promise<Connection<ShelterCaseEntity>> {
    const query = this.ofAgency(agencyId);
    if (teamMemberId !== undefined) query.andWhere(':member = ANY(c.team_member_ids)', { member: teamMemberId });
    if (page.status) query.andWhere('c.status = :status', { status: page.status });
    return keysetPage(query, { first: page.first, after: page.after, atColumn: 'c.opened_at', idColumn: 'c.id', atOf: (row) => row.openedAt, idOf: (row) => row.id });
  }

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string): Promise<ShelterCaseEntity | null> {
    return this.dataSource.getRepository(ShelterCaseEntity).findOne({ where: { id } });
  }

  async existsOfPersonAtAgency(personId: string, agencyId: string, notIn: readonly CaseStatus[]): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM shelters.shelter_case WHERE person_id IN ${personAndAliases('$1')} AND provider_agency_id = $2 AND status <> ALL($3::text[]) LIMIT 1`,
      [personId, agencyId, notIn],
    );
    return rows.length > 0;
  }

  /**
   * Whether a case of the person (or an alias) at the agency, in none of the `notIn` statuses, names the user as its
   * case manager or on its team.
   */
  async isOnTeamOfPersonAtAgency(personId: string, agencyId: string, userId: string, notIn: readonly CaseStatus[]): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM shelters.shelter_case
        WHERE person_id IN ${personAndAliases('$1')} AND provider_agency_id = $2 AND status <> ALL($4::text[])
          AND (case_manager_id = $3 OR $3 = ANY(team_member_ids)) LIMIT 1`,
      [personId, agencyId, userId, notIn],
    );
    return rows.length > 0;
  }

  async providerAgenciesOf(personId: string): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ agency_id: string }>>(
      `SELECT DISTINCT provider_agency_id AS agency_id FROM shelters.shelter_case WHERE person_id IN ${personAndAliases('$1')}`,
      [personId],
    );
    return rows.map((row) => row.agency_id);
  }

  /** Inserts in the caller's (inbox) transaction; the case's id, or undefined when the referral already has a case. */
  async openIfAbsent(manager: EntityManager, opened: OpenedCase): Promise<string | undefined> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO shelters.shelter_case (id, person_id, reference, referral_id, provider_agency_id, status, phase, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, $7)
       ON CONFLICT DO NOTHING RETURNING id`,
      [opened.id, opened.personId, opened.reference, opened.referralId, opened.providerAgencyId, opened.status, opened.openedAt],
    );
    return rows[0]?.id;
  }

  /** The case, locked for the rest of the caller's transaction. */
  lockById(manager: EntityManager, id: string): Promise<ShelterCaseEntity | null> {
    return manager.getRepository(ShelterCaseEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
  }

  /** Writes the changed track fields of a case in the caller's transaction. */
  async saveTrack(manager: EntityManager, id: string, changes: Partial<ShelterCaseEntity>): Promise<void> {
    await manager.getRepository(ShelterCaseEntity).update({ id }, changes);
  }

  /** The open case of an accepted referral, locked: the case a transfer closes. */
  lockOfReferral(manager: EntityManager, referralId: string): Promise<ShelterCaseEntity | null> {
    return manager.getRepository(ShelterCaseEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.referral_id = :referralId', { referralId }).getOne();
  }

  changeRequestsOf(caseId: string): Promise<CaseManagerChangeEntity[]> {
    return this.dataSource.getRepository(CaseManagerChangeEntity).find({ where: { caseId }, order: { requestedAt: 'ASC', id: 'ASC' } });
  }

  lockChangeRequest(manager: EntityManager, id: string): Promise<CaseManagerChangeEntity | null> {
    return manager.getRepository(CaseManagerChangeEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  async hasUndecidedChangeRequest(manager: EntityManager, caseId: string): Promise<boolean> {
    return (await manager.getRepository(CaseManagerChangeEntity).count({ where: { caseId, outcome: IsNull() } })) > 0;
  }

  async insertChangeRequest(manager: EntityManager, request: CaseManagerChangeEntity): Promise<void> {
    await manager.getRepository(CaseManagerChangeEntity).insert(request);
  }

  async saveChangeRequest(manager: EntityManager, id: string, changes: Partial<CaseManagerChangeEntity>): Promise<void> {
    await manager.getRepository(CaseManagerChangeEntity).update({ id }, changes);
  }

  /**
   * Marks the person's cases erased, once: the first call's time stays. The closure review is free text about the
   * person, so it goes with the erasure; the closure's type and date stay for the statistics.
   */
  async markPersonErased(manager: EntityManager, personId: string, at: string): Promise<void> {
    await manager.query(`UPDATE shelters.shelter_case SET person_erased_at = $2 WHERE person_id = $1 AND person_erased_at IS NULL`, [personId, at]);
    await manager.query(`UPDATE shelters.shelter_case SET closure_review_notes = '' WHERE person_id = $1 AND closure_review_notes <> ''`, [personId]);
  }

  /** The person's cases for a subject access export; a canonical person's include those under its aliases (docs/domain.md, "Linked records"). */
  rowsForExport(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(manager, {
      table: 'shelters.shelter_case',
      where: 't.person_id IN (SELECT $1::uuid UNION ALL SELECT alias_id FROM shelters.person_alias WHERE canonical_id = $1::uuid)',
      params: [personId],
      orderBy: 't.opened_at, t.id',
    });
  }

  /** Shelter staff see the cases of their own shelter only. */
  private ofAgency(agencyId: string): SelectQueryBuilder<ShelterCaseEntity> {
    return this.dataSource.getRepository(ShelterCaseEntity).createQueryBuilder('c').where('c.provider_agency_id = :agency', { agency: agencyId });
  }
}
