import type { AccessResult } from '@nrm/access-policy';

/** The policy's decision on the records of one owning shelter (null: no shelter holds records of the person yet). */
export interface OwnerDecision {
  owner: string | null;
  result: AccessResult;
}

export type ServedDecision =
  | {
      decision: 'ALLOWED';
      /** The shelters whose records are served. */
      owners: string[];
      /** The decisions the served data rests on: what the audit trail records. */
      audited: AccessResult[];
    }
  | { decision: 'DENIED'; code: 'FORBIDDEN' | 'CONSENT_REQUIRED'; audited: AccessResult[] };

/**
 * What one read of a shelter-record category serves, from the decisions per owner, and the decisions its audit entries
 * must say. The field shows the records of every owner the caller may see and is denied only when it may see none, so:
 * - served: the allowed owners' decisions are audited (an OWNER read among them writes nothing, see accessAuditEntry);
 *   the owners withheld from a served field are not a denied attempt, and recording one would say the caller was
 *   refused data it was in fact given (its own records);
 * - denied: one decision with the code the caller receives (CONSENT_REQUIRED when any owner's records need consent).
 */
export function servedDecision(decisions: readonly OwnerDecision[]): ServedDecision {
  const allowed = decisions.filter((decision) => decision.result.decision === 'ALLOWED');
  if (allowed.length > 0) {
    return {
      decision: 'ALLOWED',
      owners: allowed.map((decision) => decision.owner).filter((owner): owner is string => owner !== null),
      audited: allowed.map((decision) => decision.result),
    };
  }
  const code = decisions.some((decision) => decision.result.decision === 'DENIED' && decision.result.code === 'CONSENT_REQUIRED') ? 'CONSENT_REQUIRED' : 'FORBIDDEN';
  return { decision: 'DENIED', code, audited: [{ decision: 'DENIED', code }] };
}
