import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@nrm/auth';
import { ConsentGrantEntity } from './consent-grant.entity';
import type { LedgerReviewFilter } from './dto/ledger-review.args';
import { LegalBasisOverrideEntity } from './legal-basis-override.entity';

/** How many flagged grants or overrides a review list returns at most, newest first. */
export const REVIEW_LIST_LIMIT = 200;

/** A grant as the audit trail and the `consent.withdrawn` event need it. */
export type LedgerGrant = Pick<
  ConsentGrantEntity,
  'id' | 'granteeAgencyId' | 'granteeAgencyType' | 'purpose' | 'categories' | 'flaggedForReview' | 'reviewedAt' | 'reviewOutcome'
>;

type GrantColumns = Partial<Omit<ConsentGrantEntity, 'id' | 'personId'>>;
type OverrideColumns = Partial<Omit<LegalBasisOverrideEntity, 'id' | 'personId'>>;

/** The consent ledger's tables: grants and legal-basis overrides. */
@Injectable()
export class ConsentRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insertGrant(manager: EntityManager, grant: ConsentGrantEntity): Promise<ConsentGrantEntity> {
    const row = manager.create(ConsentGrantEntity, grant);
    await manager.insert(ConsentGrantEntity, row);
    return row;
  }

  /** The row lock orders concurrent changes of one grant. */
  lockGrant(manager: EntityManager, id: string): Promise<ConsentGrantEntity | null> {
    return manager.findOne(ConsentGrantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateGrant(manager: EntityManager, id: string, columns: GrantColumns): Promise<void> {
    await manager.update(ConsentGrantEntity, { id }, columns);
  }

  /** The person's grants, newest first; with `namingAgency`, only those naming it, its type, or recorded by it. */
  /**
   * The grants of the person's record and of every record linked to it as an alias (docs/domain.md, "Linked records"),
   * as the access facts count them; each keeps the person_id it was given for.
   */
  grantsOf(personId: string, namingAgency?: Pick<Principal, 'agencyId' | 'agencyType'>): Promise<ConsentGrantEntity[]> {
    const query = this.dataSource
      .getRepository(ConsentGrantEntity)
      .createQueryBuilder('cg')
      .where('cg.person_id IN (SELECT CAST(:personId AS uuid) UNION ALL SELECT pa.alias_id FROM identification.person_alias pa WHERE pa.canonical_id = CAST(:personId AS uuid))', {
        personId,
      })
      .orderBy('cg.recorded_at', 'DESC')
      .addOrderBy('cg.id', 'DESC');
    if (namingAgency) {
      // A grant to the caller's type only when the directory agrees with the token's agency type (as the access facts).
      query.andWhere(
        `(cg.grantee_agency_id = :agency OR cg.recorded_by_agency_id = :agency
          OR (cg.grantee_agency_type = :agencyType AND EXISTS (SELECT 1 FROM identification.agency a WHERE a.id = :agency AND a.type = :agencyType AND a.active)))`,
        {
          agency: namingAgency.agencyId,
          agencyType: namingAgency.agencyType,
        },
      );
    }
    return query.getMany();
  }

  /** Flagged grants, newest first, at most REVIEW_LIST_LIMIT. */
  grantsForReview(filter: LedgerReviewFilter): Promise<ConsentGrantEntity[]> {
    const query = this.dataSource
      .getRepository(ConsentGrantEntity)
      .createQueryBuilder('cg')
      .where('cg.flagged_for_review')
      .orderBy('cg.recorded_at', 'DESC')
      .addOrderBy('cg.id', 'DESC');
    if (filter.pendingReviewOnly) query.andWhere('cg.reviewed_at IS NULL');
    if (filter.personId) query.andWhere('cg.person_id = :personId', { personId: filter.personId.toLowerCase() });
    return query.limit(REVIEW_LIST_LIMIT).getMany();
  }

  async insertOverride(manager: EntityManager, override: LegalBasisOverrideEntity): Promise<LegalBasisOverrideEntity> {
    const row = manager.create(LegalBasisOverrideEntity, override);
    await manager.insert(LegalBasisOverrideEntity, row);
    return row;
  }

  lockOverride(manager: EntityManager, id: string): Promise<LegalBasisOverrideEntity | null> {
    return manager.findOne(LegalBasisOverrideEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateOverride(manager: EntityManager, id: string, columns: OverrideColumns): Promise<void> {
    await manager.update(LegalBasisOverrideEntity, { id }, columns);
  }

  /** Overrides, newest first, at most REVIEW_LIST_LIMIT. */
  overrides(filter: LedgerReviewFilter): Promise<LegalBasisOverrideEntity[]> {
    const query = this.dataSource.getRepository(LegalBasisOverrideEntity).createQueryBuilder('o').orderBy('o.granted_at', 'DESC').addOrderBy('o.id', 'DESC');
    if (filter.pendingReviewOnly) query.andWhere('o.flagged_for_review AND o.reviewed_at IS NULL');
    if (filter.personId) query.andWhere('o.person_id = :personId', { personId: filter.personId.toLowerCase() });
    return query.limit(REVIEW_LIST_LIMIT).getMany();
  }

  /** Withdraws, at `at`, every grant of the person still active then; returns the withdrawn grants. */
  async withdrawActiveGrants(manager: EntityManager, personId: string, at: Date, principal: Principal): Promise<LedgerGrant[]> {
    const [withdrawn] = (await manager.query(
      `UPDATE identification.consent_grant SET withdrawn_at = $2, withdrawn_by = $3, withdrawn_by_agency_id = $4
        WHERE person_id = $1 AND withdrawn_at IS NULL AND (expires_at IS NULL OR expires_at > $2)
        RETURNING id, grantee_agency_id AS "granteeAgencyId", grantee_agency_type AS "granteeAgencyType", purpose, categories,
          flagged_for_review AS "flaggedForReview", reviewed_at AS "reviewedAt", review_outcome AS "reviewOutcome"`,
      [personId, at, principal.subject, principal.agencyId],
    )) as [LedgerGrant[], number];
    return withdrawn;
  }

  /**
   * Removes the ledger's free text about the person (withdrawal reasons, review notes; an override's required reason
   * becomes `redactedReason`). The ledger's guard allows exactly this redaction once the person is erased.
   */
  async redactFreeText(manager: EntityManager, personId: string, redactedReason: string): Promise<void> {
    await manager.query(`UPDATE identification.consent_grant SET withdrawal_reason = NULL WHERE person_id = $1 AND withdrawal_reason IS NOT NULL`, [personId]);
    await manager.query(`UPDATE identification.legal_basis_override SET reason = $2 WHERE person_id = $1 AND reason <> $2`, [personId, redactedReason]);
    for (const table of ['consent_grant', 'legal_basis_override']) {
      await manager.query(`UPDATE identification.${table} SET review_note = NULL WHERE person_id = $1 AND review_note IS NOT NULL`, [personId]);
    }
  }
}
