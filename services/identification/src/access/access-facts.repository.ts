import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '@nrm/database';
import type { Permission, Relationship } from '@nrm/access-policy';
import { type AgencyType, type ConsentPurpose, LegalBasis, type DataCategory } from '@nrm/domain';

export interface AccessFacts {
  relationships: Relationship[];
  permissions: Permission[];
  /**
   * The directory's type of the caller's agency, null when the directory holds no active agency of that id: the token's
   * `agency_type` claim must agree with it before anything of the person is decided (PersonAccessService).
   */
  directoryAgencyType: AgencyType | null;
}

interface PermissionRow {
  id: string;
  kind: LegalBasis.CONSENT | LegalBasis.OVERRIDE;
  categories: DataCategory[];
  purpose: ConsentPurpose | null;
  /** As PostgreSQL renders a timestamptz in JSON. */
  expires_at: string | null;
  withdrawn_at: string | null;
}

/**
 * Prepared once per connection (queryPrepared): every read of a person by another agency runs it. A grant to an agency
 * type counts only when the directory gives the caller's agency that type: the token's `agency_type` claim must agree
 * with the directory (docs/domain.md §1) before it opens anything.
 */
const ACCESS_FACTS = {
  name: 'identification_access_facts_v3',
  text: `SELECT
       (SELECT type FROM identification.agency WHERE id = $2 AND active) AS directory_agency_type,
       ARRAY(SELECT DISTINCT relationship FROM identification.person_relationship
             WHERE person_id IN (SELECT $1::uuid UNION ALL SELECT alias_id FROM identification.person_alias WHERE canonical_id = $1::uuid) AND agency_id = $2 AND active) AS relationships,
       COALESCE((SELECT json_agg(p) FROM (
         SELECT id, '${LegalBasis.CONSENT}' AS kind, categories, purpose, expires_at, withdrawn_at
           FROM identification.consent_grant
          WHERE person_id IN (SELECT $1::uuid UNION ALL SELECT alias_id FROM identification.person_alias WHERE canonical_id = $1::uuid) AND (grantee_agency_id = $2 OR (grantee_agency_type = $3 AND recorded_by_agency_id <> $2 AND EXISTS (SELECT 1 FROM identification.agency WHERE id = $2 AND type = $3 AND active)))
         UNION ALL
         SELECT id, '${LegalBasis.OVERRIDE}' AS kind, categories, NULL::text AS purpose, expires_at,
                CASE WHEN review_outcome = 'REVOKED' THEN reviewed_at END AS withdrawn_at
           FROM identification.legal_basis_override
          WHERE person_id IN (SELECT $1::uuid UNION ALL SELECT alias_id FROM identification.person_alias WHERE canonical_id = $1::uuid)
            AND grantee_agency_id = $2
       ) p), '[]'::json) AS permissions`,
};

/**
 * The access policy's facts in one round trip (the directory's type of the caller's agency among them), over the person's record and every record linked to it as an alias
 * (docs/domain.md, "Linked records": each grant keeps its own categories, purpose and expiry; the recording agency of an
 * alias is not made owner of the canonical record, since RECORDING_AGENCY is derived from the record read): the agency's stored relationships to the person (projected from the
 * workflow events) and every consent grant and override naming the agency for the person — a grant to the agency's
 * type included, unless the agency recorded it — active or not (an override revoked on review counts as withdrawn at
 * its review). The access policy decides activity against the request's clock, so an expiry takes effect at its
 * instant with no job to run, and whether the grant's purpose opens the category to the caller's agency type.
 */
@Injectable()
export class AccessFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `agency`: the caller's agency and its type (from the verified token; a grant to the type counts only when the
   * directory agrees), which a grant names either way. `manager`:
   * inside a transaction the facts must come through its connection.
   */
  async load(personId: string, agency: { id: string; type: AgencyType }, manager?: EntityManager): Promise<AccessFacts> {
    const agencyId = agency.id;
    const [row] = await queryPrepared<{ directory_agency_type: AgencyType | null; relationships: Relationship[]; permissions: PermissionRow[] }>(manager ?? this.dataSource, ACCESS_FACTS, [
      personId,
      agencyId,
      agency.type,
    ]);
    return {
      directoryAgencyType: row?.directory_agency_type ?? null,
      relationships: row?.relationships ?? [],
      permissions: (row?.permissions ?? []).map((permission) => ({
        id: permission.id,
        kind: permission.kind,
        granteeAgencyId: agencyId,
        categories: permission.categories,
        purpose: permission.purpose,
        expiresAt: permission.expires_at === null ? null : new Date(permission.expires_at),
        withdrawnAt: permission.withdrawn_at === null ? null : new Date(permission.withdrawn_at),
      })),
    };
  }
}
