import { type AgencyType, type ConsentPurpose, type DataCategory, LegalBasis, type Role } from '@nrm/domain';
import {
  ACCESS_POLICY,
  consentOnlyRuleFor,
  isCaseTeamBound,
  OVERRIDE_ALSO_OPENS,
  permissionCanOpen,
  RA_MANDATE_ROLES,
  Relationship,
  ROLES_WITHOUT_PERSON_ACCESS,
} from './policy';

/** An active permission on top of a relationship: a consent grant or an ra_head override. */
export interface Permission {
  id: string;
  kind: LegalBasis.CONSENT | LegalBasis.OVERRIDE;
  granteeAgencyId: string;
  categories: readonly DataCategory[];
  /** What the person consented to the sharing for; null for an override, whose basis is its written legal reason. */
  purpose: ConsentPurpose | null;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
}

export interface AccessRequest {
  /**
   * From the verified token: the agency, its type and the realm roles. `onCaseTeam`: whether the team of an open case
   * of the subject at the caller's agency names the caller (asked of the shelters service, fresh for every request);
   * only a case-team-bound caller (isCaseTeamBound) needs it, and for one it is absent means not on the team.
   */
  caller: { agencyId: string; agencyType: AgencyType; roles: readonly Role[]; onCaseTeam?: boolean };
  subject: { isChild: boolean; recordingAgencyId: string };
  /** Workflow relationships between the caller's agency and the subject (from the relationship table). */
  relationships: readonly Relationship[];
  permissions: readonly Permission[];
  category: DataCategory;
  now: Date;
}

export type AccessResult =
  | { decision: 'ALLOWED'; basis: LegalBasis; permissionId?: string; purpose?: ConsentPurpose }
  | { decision: 'DENIED'; code: 'FORBIDDEN' | 'CONSENT_REQUIRED' };

const BASIS_RANK: Record<LegalBasis, number> = {
  [LegalBasis.OWNER]: 0,
  [LegalBasis.LEGAL_MANDATE]: 1,
  [LegalBasis.CONSENT]: 2,
  [LegalBasis.OVERRIDE]: 3,
};

/**
 * Relationships the caller holds, including the ones its role and the recording give it by law, and the link an active
 * override naming its agency makes (when the permissions are given). A case-team-bound caller (shelter_staff) holds
 * none of its agency's links unless a case team of the person at its agency names it (CASE_TEAM_BOUND_ROLES).
 */
export function effectiveRelationships(request: {
  caller: Pick<AccessRequest['caller'], 'agencyId' | 'roles' | 'onCaseTeam'>;
  subject: AccessRequest['subject'];
  relationships: readonly Relationship[];
  permissions?: readonly Permission[];
  now?: Date;
}): Relationship[] {
  if (isCaseTeamBound(request.caller.roles) && request.caller.onCaseTeam !== true) return [];
  const found = new Set<Relationship>(request.relationships);
  if (request.subject.recordingAgencyId === request.caller.agencyId) found.add(Relationship.RECORDING_AGENCY);
  if (request.caller.roles.some((role) => RA_MANDATE_ROLES.includes(role))) found.add(Relationship.RA_MANDATE);
  const now = request.now ?? new Date();
  const overridden = (request.permissions ?? []).some(
    (permission) => permission.kind === LegalBasis.OVERRIDE && permission.granteeAgencyId === request.caller.agencyId && isPermissionActive(permission, now),
  );
  if (overridden) found.add(Relationship.OVERRIDE_GRANTEE);
  return [...found].filter((relationship) => !ACCESS_POLICY[relationship].childOnly || request.subject.isChild);
}

export function isPermissionActive(permission: Pick<Permission, 'withdrawnAt' | 'expiresAt'>, now: Date): boolean {
  return permission.withdrawnAt === null && (permission.expiresAt === null || permission.expiresAt.getTime() > now.getTime());
}

/** Whether the permission's kind and purpose may open the category at all (policy.ts: permissionCanOpen). */
function purposeAllows(permission: Permission, category: DataCategory, agencyType: AgencyType): boolean {
  if (permission.kind === LegalBasis.OVERRIDE) return permissionCanOpen({ kind: LegalBasis.OVERRIDE }, agencyType, category);
  if (permission.purpose === null) return false;
  return permissionCanOpen({ kind: LegalBasis.CONSENT, purpose: permission.purpose }, agencyType, category);
}

/** The categories the permission opens: what it names, and the summary for an override (OVERRIDE_ALSO_OPENS). */
function names(permission: Permission, category: DataCategory): boolean {
  return permission.categories.includes(category) || (permission.kind === LegalBasis.OVERRIDE && OVERRIDE_ALSO_OPENS.includes(category));
}

/** Decides one category for one caller: the declarative policy first, then an active grant or override. */
export function evaluateAccess(request: AccessRequest): AccessResult {
  if (request.caller.roles.some((role) => ROLES_WITHOUT_PERSON_ACCESS.includes(role))) {
    return { decision: 'DENIED', code: 'FORBIDDEN' };
  }
  const relationships = effectiveRelationships(request);
  if (relationships.length === 0) return { decision: 'DENIED', code: 'FORBIDDEN' };
  const consentOnly = consentOnlyRuleFor(request.caller.agencyType, request.category);

  const byRelationship = relationships
    .map((relationship) => ACCESS_POLICY[relationship])
    .filter((rule) => rule.categories.includes(request.category))
    // A consent-only category opens to no mandate; an agency still reads what it recorded itself.
    .filter((rule) => consentOnly === undefined || rule.basis === LegalBasis.OWNER)
    .sort((a, b) => BASIS_RANK[a.basis] - BASIS_RANK[b.basis]);
  const [best] = byRelationship;
  if (best) return { decision: 'ALLOWED', basis: best.basis };

  const extending = relationships.map((relationship) => ACCESS_POLICY[relationship]).filter((rule) => rule.consentCanExtend);
  if (extending.length > 0) {
    // A relationship may accept consent of some purposes only (FORMAL_ID_GROUP: FORMAL_IDENTIFICATION).
    const extends_ = (candidate: Permission): boolean =>
      candidate.kind === LegalBasis.OVERRIDE ||
      extending.some((rule) => rule.consentPurposes === undefined || (candidate.purpose !== null && rule.consentPurposes.includes(candidate.purpose)));
    const permission = request.permissions
      .filter(
        (candidate) =>
          candidate.granteeAgencyId === request.caller.agencyId &&
          extends_(candidate) &&
          names(candidate, request.category) &&
          isPermissionActive(candidate, request.now) &&
          purposeAllows(candidate, request.category, request.caller.agencyType),
      )
      .sort((a, b) => BASIS_RANK[a.kind] - BASIS_RANK[b.kind])[0];
    if (permission) {
      // The purpose travels with the decision so the audit entry can name it (docs/domain.md §3, Audit).
      const purpose = permission.purpose === null ? {} : { purpose: permission.purpose };
      return { decision: 'ALLOWED', basis: permission.kind, permissionId: permission.id, ...purpose };
    }
  }
  return { decision: 'DENIED', code: 'CONSENT_REQUIRED' };
}
