import type { AccessResult } from '@nrm/access-policy';
import { type Principal, primaryRole } from '@nrm/auth';
import { AccessDecision, type DataCategory, LegalBasis } from '@nrm/domain';
import { AuditAction, type AuditActor, type AuditEntryInput } from './audit-entry';

/** The actor of an entry, from the verified token. */
export function auditActor(principal: Principal): AuditActor {
  return { subject: principal.subject, username: principal.username, agencyId: principal.agencyId, role: primaryRole(principal) };
}

/**
 * The entry for one access-policy decision, or null when none is due. Issue 3 asks for every access by anyone outside
 * the recording agency and for every denied attempt by anyone: an ALLOWED read on the OWNER basis (the agency reading
 * what it recorded) is the one case left out.
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
    // The purpose the person consented to (DOMAIN.md §3: the trail names the purpose and the grant used).
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
