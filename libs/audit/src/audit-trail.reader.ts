import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AccessDecision, type AgencyType, type DataCategory, type LegalBasis, Role } from '@nrm/domain';
import type { AuditAction } from './audit-entry';
import { assertSchemaName } from './audit-trail.sql';
import { AUDIT_OPTIONS, type AuditOptions } from './audit-writer';
import type { ChainVerification } from './hash-chain';
import { verifyChain } from './verify-chain';

/** Page size of a person's trail when none is asked for, and the most one page may hold. */
export const AUDIT_TRAIL_DEFAULT_SIZE = 100;
export const AUDIT_TRAIL_MAX_SIZE = 1_000;
/**
 * Page sizes of auditEntries. The gateway costs a page at 1 + first × (its selection): every field of an entry with
 * its edge and pageInfo is 24, so 80 entries (1,921) stay under the default MAX_QUERY_COMPLEXITY of 2,000.
 */
export const AUDIT_ENTRIES_DEFAULT_PAGE = 50;
export const AUDIT_ENTRIES_MAX_PAGE = 80;

/** Who may read a person's trail, and who may verify the chains (the GraphQL operations and the internal endpoints). */
export const AUDIT_TRAIL_READER_ROLES: readonly Role[] = [Role.AUDITOR, Role.RA_HEAD];
export const AUDIT_VERIFIER_ROLES: readonly Role[] = [Role.AUDITOR];

export interface AuditTrailQuery {
  personId: string;
  first: number;
  /** The acting agency. */
  agencyId?: string;
  basis?: LegalBasis;
  /** Inclusive bounds on the entry's time. */
  from?: Date;
  to?: Date;
  /** Only entries before this position of the chain (paging): see AuditKeyset. */
  before?: AuditKeyset;
}

/**
 * A position in one chain's newest-first order (at DESC, seq DESC). Entries before it are those older than `at`, and
 * those at `at` itself with a smaller seq; `seq: null` keeps every entry at `at` (this chain's entries at that instant
 * come after the cursor's in the merged order, see keysetAfter in federated-trail.ts).
 */
export interface AuditKeyset {
  at: Date;
  seq: string | null;
}

export interface AuditEntryRecord {
  id: string;
  seq: string;
  at: Date;
  actorSubject: string;
  actorUsername: string;
  actorAgencyId: string;
  actorRole: string;
  personId: string | null;
  categories: DataCategory[];
  action: AuditAction;
  basis: LegalBasis | null;
  decision: AccessDecision;
  reason: string | null;
  permissionId: string | null;
  /** The agency a ledger change opened or closed the data to (AuditEntryInput.granteeAgencyId). */
  granteeAgencyId: string | null;
  /** The agency type a ledger change opened or closed the data to (AuditEntryInput.granteeAgencyType). */
  granteeAgencyType: AgencyType | null;
  purpose: string | null;
  flaggedForReview: boolean;
  correlationId: string | null;
}

/** Reads the service's own trail: a person's entries, newest first, and the verification of the whole chain. */
@Injectable()
export class AuditTrailReader {
  private readonly schema: string;

  constructor(
    @Inject(AUDIT_OPTIONS) options: AuditOptions,
    private readonly dataSource: DataSource,
  ) {
    this.schema = assertSchemaName(options.schema);
  }

  async find(query: AuditTrailQuery): Promise<AuditEntryRecord[]> {
    const conditions = ['person_id = $1'];
    const params: unknown[] = [query.personId];
    const where = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (query.agencyId !== undefined) where('actor_agency_id = ?', query.agencyId);
    if (query.basis !== undefined) where('basis = ?', query.basis);
    if (query.from !== undefined) where('at >= ?', query.from);
    if (query.to !== undefined) where('at <= ?', query.to);
    if (query.before !== undefined) {
      where('at <= ?', query.before.at);
      if (query.before.seq !== null) {
        params.push(query.before.seq);
        conditions.push(`(at, seq) < ($${params.length - 1}, $${params.length}::bigint)`);
      }
    }
    params.push(query.first);
    return this.dataSource.query(
      `SELECT id, seq::text AS "seq", at, actor_subject AS "actorSubject", actor_username AS "actorUsername",
              actor_agency_id AS "actorAgencyId", actor_role AS "actorRole", person_id AS "personId", categories, action,
              basis, decision, reason, permission_id AS "permissionId", purpose, flagged_for_review AS "flaggedForReview",
              correlation_id AS "correlationId", grantee_agency_id AS "granteeAgencyId",
              grantee_agency_type AS "granteeAgencyType"
         FROM "${this.schema}".audit_entry e
        WHERE ${conditions.join(' AND ')}
        -- Qualified: a bare seq would sort by its text alias.
        ORDER BY e.at DESC, e.seq DESC
        LIMIT $${params.length}`,
      params,
    );
  }

  verify(): Promise<ChainVerification> {
    return verifyChain(this.dataSource, this.schema);
  }
}
