import type { EntityManager } from 'typeorm';
import type { Permission } from '@nrm/access-policy';
import { type ConsentPurpose, LegalBasis, type DataCategory } from '@nrm/domain';

interface PermissionRow {
  id: string;
  kind: LegalBasis.CONSENT | LegalBasis.OVERRIDE;
  categories: DataCategory[];
  purpose: ConsentPurpose | null;
  expires_at: Date | null;
  withdrawn_at: Date | null;
}

/**
 * Every consent grant and override naming this agency for this person, active or not: the access policy decides
 * activity against the request's clock, so an expiry takes effect at its instant with no job to run, and whether the
 * grant's purpose opens the category to the caller's agency type.
 */
export async function loadPermissions(queryable: Pick<EntityManager, 'query'>, personId: string, agencyId: string): Promise<Permission[]> {
  const rows: PermissionRow[] = await queryable.query(
    `SELECT id, '${LegalBasis.CONSENT}' AS kind, categories, purpose, expires_at, withdrawn_at
       FROM identification.consent_grant WHERE person_id = $1 AND grantee_agency_id = $2
     UNION ALL
     SELECT id, '${LegalBasis.OVERRIDE}' AS kind, categories, NULL::text AS purpose, expires_at, NULL::timestamptz AS withdrawn_at
       FROM identification.legal_basis_override WHERE person_id = $1 AND grantee_agency_id = $2`,
    [personId, agencyId],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    granteeAgencyId: agencyId,
    categories: row.categories,
    purpose: row.purpose,
    expiresAt: row.expires_at,
    withdrawnAt: row.withdrawn_at,
  }));
}
