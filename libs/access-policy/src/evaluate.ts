import { type DataCategory, LegalBasis, type Role } from '@nrm/domain';
import { ACCESS_POLICY, RA_MANDATE_ROLES, Relationship, ROLES_WITHOUT_PERSON_ACCESS } from './policy';

/** An active permission on top of a relationship: a consent grant or an ra_head override. */
export interface Permission {
  id: string;
  kind: LegalBasis.CONSENT | LegalBasis.OVERRIDE;
  granteeAgencyId: string;
  categories: readonly DataCategory[];
  expiresAt: Date | null;
  withdrawnAt: Date | null;
}

export interface AccessRequest {
  caller: { agencyId: string; roles: readonly Role[] };
  subject: { isChild: boolean; recordingAgencyId: string };
  /** Workflow relationships between the caller's agency and the subject (from the relationship table). */
  relationships: readonly Relationship[];
  permissions: readonly Permission[];
  category: DataCategory;
  now: Date;
}

export type AccessResult =
  | { decision: 'ALLOWED'; basis: LegalBasis; permissionId?: string }
  | { decision: 'DENIED'; code: 'FORBIDDEN' | 'CONSENT_REQUIRED' };

const BASIS_RANK: Record<LegalBasis, number> = {
  [LegalBasis.OWNER]: 0,
  [LegalBasis.LEGAL_MANDATE]: 1,
  [LegalBasis.CONSENT]: 2,
  [LegalBasis.OVERRIDE]: 3,
};

/** Relationships the caller holds, including the ones its role and the recording give it by law. */
export function effectiveRelationships(request: Omit<AccessRequest, 'category' | 'permissions' | 'now'>): Relationship[] {
  const found = new Set<Relationship>(request.relationships);
  if (request.subject.recordingAgencyId === request.caller.agencyId) found.add(Relationship.RECORDING_AGENCY);
  if (request.caller.roles.some((role) => RA_MANDATE_ROLES.includes(role))) found.add(Relationship.RA_MANDATE);
  return [...found].filter((relationship) => !ACCESS_POLICY[relationship].childOnly || request.subject.isChild);
}

export function isPermissionActive(permission: Permission, now: Date): boolean {
  return permission.withdrawnAt === null && (permission.expiresAt === null || permission.expiresAt.getTime() > now.getTime());
}

/** Decides one category for one caller: the declarative policy first, then an active grant or override. */
export function evaluateAccess(request: AccessRequest): AccessResult {
  if (request.caller.roles.some((role) => ROLES_WITHOUT_PERSON_ACCESS.includes(role))) {
    return { decision: 'DENIED', code: 'FORBIDDEN' };
  }
  const relationships = effectiveRelationships(request);
  if (relationships.length === 0) return { decision: 'DENIED', code: 'FORBIDDEN' };

  const byRelationship = relationships
    .map((relationship) => ACCESS_POLICY[relationship])
    .filter((rule) => rule.categories.includes(request.category))
    .sort((a, b) => BASIS_RANK[a.basis] - BASIS_RANK[b.basis]);
  const [best] = byRelationship;
  if (best) return { decision: 'ALLOWED', basis: best.basis };

  if (relationships.some((relationship) => ACCESS_POLICY[relationship].consentCanExtend)) {
    const permission = request.permissions
      .filter(
        (candidate) =>
          candidate.granteeAgencyId === request.caller.agencyId &&
          candidate.categories.includes(request.category) &&
          isPermissionActive(candidate, request.now),
      )
      .sort((a, b) => BASIS_RANK[a.kind] - BASIS_RANK[b.kind])[0];
    if (permission) return { decision: 'ALLOWED', basis: permission.kind, permissionId: permission.id };
  }
  return { decision: 'DENIED', code: 'CONSENT_REQUIRED' };
}
