import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { keysetPage } from '@nrm/database';
import { ReferralStatus } from '@nrm/domain';
import type { Connection } from '@nrm/graphql';
import { exportRows } from '@nrm/service-kit';
import { ReferralEntity } from './referral.entity';

/** Who the query is for: every referral (the Responsible Authority), or one provider agency's of some statuses. */
export type ReferralScope = { all: true } | { all: false; providerAgencyId: string; statuses: readonly ReferralStatus[] };

interface ReferralPage {
  first?: number;
  after?: string;
  status?: ReferralStatus;
  personId?: string;
}

type NewReferral = Omit<ReferralEntity, 'provider' | 'consentWithdrawnAt' | 'withdrawnAt' | 'withdrawnBy' | 'withdrawalReason' | 'closedAt' | 'placedOverCapacity'>;

type ReferralWithdrawal = Pick<ReferralEntity, 'withdrawnAt' | 'withdrawnBy' | 'withdrawalReason'>;

type ReferralAnswer = Pick<ReferralEntity, 'status' | 'respondedAt' | 'respondedBy' | 'declineReason' | 'caseId' | 'placedOverCapacity'>;

/**
 * The referral table. A referral's provider is read with it through the entity's relation (the directory's name and
 * places); the directory itself is written by the service-providers feature only.
 */
@Injectable()
export class ReferralRepository {
  constructor(private readonly dataSource: DataSource) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The person's pending and accepted referrals: at most one of each (docs/domain.md §2 step 2). */
  liveOfPerson(manager: EntityManager, personId: string): Promise<ReferralEntity[]> {
    return manager.find(ReferralEntity, { where: [{ personId, status: ReferralStatus.PENDING }, { personId, status: ReferralStatus.ACCEPTED }] });
  }

  /** Without a lock: only to learn whose placement a decision is about before taking the person's lock. */
  findById(manager: EntityManager, id: string): Promise<ReferralEntity | null> {
    return manager.findOne(ReferralEntity, { where: { id } });
  }

  async add(manager: EntityManager, fields: NewReferral): Promise<ReferralEntity> {
    const referral = manager.create(ReferralEntity, fields);
    await manager.insert(ReferralEntity, referral);
    return referral;
  }

  /** With a row lock until the caller's transaction ends. */
  findForUpdate(manager: EntityManager, id: string): Promise<ReferralEntity | null> {
    return manager.findOne(ReferralEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveAnswer(manager: EntityManager, id: string, answer: ReferralAnswer): Promise<void> {
    await manager.update(ReferralEntity, { id }, answer);
  }

  async saveWithdrawal(manager: EntityManager, id: string, withdrawal: ReferralWithdrawal): Promise<void> {
    await manager.update(ReferralEntity, { id }, { ...withdrawal, status: ReferralStatus.WITHDRAWN });
  }

  /** An accepted referral ends (its transfer was accepted, or its case closed); false when it was no longer accepted. */
  async close(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const [, closed]: [unknown[], number] = await manager.query(
      `UPDATE referral.referral SET status = 'CLOSED', closed_at = $2 WHERE id = $1 AND status = 'ACCEPTED'`,
      [id, at],
    );
    return closed === 1;
  }

  findInScope(scope: ReferralScope, id: string): Promise<ReferralEntity | null> {
    return this.inScope(scope).andWhere('r.id = :id', { id }).getOne();
  }

  /** The agency's pending and accepted referrals of the person (what its relationships to the person rest on). */
  liveOfPersonAtAgency(personId: string, agencyId: string): Promise<ReferralEntity[]> {
    return this.dataSource.getRepository(ReferralEntity).find({
      where: [
        { personId, providerAgencyId: agencyId, status: ReferralStatus.PENDING },
        { personId, providerAgencyId: agencyId, status: ReferralStatus.ACCEPTED },
      ],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The referral whose acceptance fixed this case id. */
  findByCaseId(caseId: string): Promise<ReferralEntity | null> {
    return this.dataSource.getRepository(ReferralEntity).findOne({ where: { caseId } });
  }

  /** Only the person it is about, whoever may see it. */
  findPersonOf(id: string): Promise<Pick<ReferralEntity, 'id' | 'personId'> | null> {
    return this.dataSource.getRepository(ReferralEntity).findOne({ where: { id }, select: { id: true, personId: true } });
  }

  pageInScope(scope: ReferralScope, page: ReferralPage): Promise<Connection<ReferralEntity>> {
    const query = this.inScope(scope);
    if (page.status) query.andWhere('r.status = :status', { status: page.status });
    // A person's referrals are those of its record and of every record linked to it, whichever id names it.
    if (page.personId) {
      query.andWhere(
        `r.person_id IN (SELECT c.id FROM (SELECT coalesce((SELECT canonical_id FROM referral.person_alias WHERE alias_id = :personId), CAST(:personId AS uuid)) AS id) c
           UNION ALL SELECT a.alias_id FROM referral.person_alias a
            WHERE a.canonical_id = coalesce((SELECT canonical_id FROM referral.person_alias WHERE alias_id = :personId), CAST(:personId AS uuid)))`,
        { personId: page.personId },
      );
    }
    return keysetPage(query, { first: page.first, after: page.after, atColumn: 'r.created_at', idColumn: 'r.id', atOf: (row) => row.createdAt, idOf: (row) => row.id });
  }

  /** Marks the person's live referrals to the agency, keeping an earlier mark. */
  async markConsentWithdrawnForAgency(manager: EntityManager, personId: string, agencyId: string, at: string): Promise<void> {
    await manager.query(
      `UPDATE referral.referral SET consent_withdrawn_at = $3
        WHERE person_id = $1 AND provider_agency_id = $2 AND status IN ('PENDING', 'ACCEPTED') AND consent_withdrawn_at IS NULL`,
      [personId, agencyId, at],
    );
  }

  /** Marks the person's live referrals to every provider of the agency type, keeping an earlier mark. */
  async markConsentWithdrawnForAgencyType(manager: EntityManager, personId: string, agencyType: string, at: string): Promise<void> {
    await manager.query(
      `UPDATE referral.referral r SET consent_withdrawn_at = $3
         FROM referral.service_provider p
        WHERE p.id = r.provider_id AND r.person_id = $1 AND p.agency_type = $2
          AND r.status IN ('PENDING', 'ACCEPTED') AND r.consent_withdrawn_at IS NULL`,
      [personId, agencyType, at],
    );
  }

  async linkCase(manager: EntityManager, referralId: string, caseId: string): Promise<void> {
    await manager.query(`UPDATE referral.referral SET case_id = $1 WHERE id = $2 AND case_id IS NULL`, [caseId, referralId]);
  }

  async setStatusOfPerson(manager: EntityManager, personId: string, from: ReferralStatus, to: ReferralStatus): Promise<void> {
    await manager.query(`UPDATE referral.referral SET status = $2 WHERE person_id = $1 AND status = $3`, [personId, to, from]);
  }

  /** Replaces every decline reason of the person's referrals, once. */
  async redactDeclineReasons(manager: EntityManager, personId: string, text: string): Promise<void> {
    await manager.query(`UPDATE referral.referral SET decline_reason = $2 WHERE person_id = $1 AND decline_reason IS NOT NULL AND decline_reason <> $2`, [
      personId,
      text,
    ]);
  }

  /**
   * The person's referrals for a subject access export, each with its provider's name; the staff who acted withheld.
   * A canonical person's include those made under its aliases, each keeping its person_id (docs/domain.md, "Linked records").
   */
  rowsForExport(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(manager, {
      table: `(SELECT r.*, p.name AS provider_name FROM referral.referral r JOIN referral.service_provider p ON p.id = r.provider_id)`,
      where: 't.person_id IN (SELECT $1::uuid UNION ALL SELECT alias_id FROM referral.person_alias WHERE canonical_id = $1::uuid)',
      params: [personId],
      orderBy: 't.created_at, t.id',
      withheld: ['created_by', 'responded_by', 'withdrawn_by'],
    });
  }

  private inScope(scope: ReferralScope): SelectQueryBuilder<ReferralEntity> {
    const query = this.dataSource.getRepository(ReferralEntity).createQueryBuilder('r').innerJoinAndSelect('r.provider', 'provider');
    if (scope.all) return query;
    return query
      .where('r.provider_agency_id = :agency', { agency: scope.providerAgencyId })
      .andWhere('r.status IN (:...statuses)', { statuses: scope.statuses });
  }
}
