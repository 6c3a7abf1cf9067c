import type { AccessDenialCode, AccessResult, EnforcementSink } from '@nrm/access-policy';
import { type Principal, primaryRole } from '@nrm/auth';
import { AccessDecision, type DataCategory, LegalBasis } from '@nrm/domain';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { AuditAction, type AuditActor, type AuditEntryInput } from './audit-entry';
import type { AuditRecorder } from './audit-recorder';

/** The actor of an entry, from the verified token. */
export function auditActor(principal: Principal): AuditActor {
  return { subject: principal.subject, username: principal.username, agencyId: principal.agencyId, role: primaryRole(principal) };
}

/**
 * The entry for one access-policy decision, or null when none is due. The trail records every access by anyone
 * outside the recording agency and every denied attempt by anyone: an ALLOWED read on the OWNER basis (the agency
 * reading what it recorded) is the one case left out (docs/audit.md).
 */
export function accessAuditEntry(
  principal: Principal,
  personId: string,
  category: DataCategory,
  result: AccessResult,
  action: AuditAction = AuditAction.READ,
): AuditEntryInput | null {
  const actor = auditActor(principal);
  const { correlationId } = principal;
  if (result.decision === 'DENIED') {
    return { actor, correlationId, personId, categories: [category], action, basis: null, decision: AccessDecision.DENIED, reason: result.code };
  }
  if (result.basis === LegalBasis.OWNER) return null;
  return {
    actor,
    correlationId,
    personId,
    categories: [category],
    action,
    basis: result.basis,
    decision: AccessDecision.ALLOWED,
    permissionId: result.permissionId ?? null,
    // The purpose the person consented to: the trail names the purpose and the grant used (docs/audit.md).
    purpose: result.purpose ?? null,
  };
}

/**
 * The entry of an act of oversight, itself part of the trail: reading a person's entries (on the legal mandate of the
 * auditor and the head of the Responsible Authority) or verifying a chain (about no person, so no basis).
 */
export function oversightAuditEntry(principal: Principal, oversight: { action: AuditAction.AUDIT_READ; personId: string } | { action: AuditAction.AUDIT_VERIFY }): AuditEntryInput {
  const read = oversight.action === AuditAction.AUDIT_READ;
  return {
    actor: auditActor(principal),
    correlationId: principal.correlationId,
    personId: read ? oversight.personId : null,
    categories: [],
    action: oversight.action,
    basis: read ? LegalBasis.LEGAL_MANDATE : null,
    decision: AccessDecision.ALLOWED,
  };
}

/** The words of a refused read: the same for a person the caller is not linked to and for an id that names no one. */
export const NO_RELATIONSHIP_MESSAGE = 'No relationship to this person';

/** The API error a caller receives for a refused read of a category; it names the category, never the person. */
export function accessDenial(code: AccessDenialCode, category: DataCategory): ApiError {
  return code === 'FORBIDDEN'
    ? new ApiError(ApiErrorCode.FORBIDDEN, NO_RELATIONSHIP_MESSAGE)
    : new ApiError(ApiErrorCode.CONSENT_REQUIRED, `No consent or legal basis covers ${category} for this person`);
}

/**
 * Where a read of one category of a person, enforced by the access policy (`enforceAccess`), is recorded: each decision
 * joins the request's audit batch (accessAuditEntry), and a denial becomes the API error of `accessDenial`.
 */
export function auditedAccess(recorder: AuditRecorder, requestKey: object, principal: Principal, personId: string, category: DataCategory): EnforcementSink {
  return {
    audit: async (result) => {
      const entry = accessAuditEntry(principal, personId, category, result);
      if (entry) await recorder.record(requestKey, entry);
    },
    deny: (code) => accessDenial(code, category),
  };
}
