import { type AccessRequest, type AccessResult, evaluateAccess } from './evaluate';

/** Why a read is refused: no relationship at all, or a relationship that needs consent (or an override) it lacks. */
export type AccessDenialCode = 'FORBIDDEN' | 'CONSENT_REQUIRED';

/**
 * The policy's decision on the data of one owner: the agency whose record it is (a shelter's own assessments, the
 * recording agency of an identification), or null when nobody holds such data yet.
 */
export interface OwnerDecision {
  owner: string | null;
  result: AccessResult;
}

export type ServedDecision =
  | {
      decision: 'ALLOWED';
      /** The owners whose data is served. */
      owners: string[];
      /** The decisions the served data rests on: what the audit trail records. */
      audited: AccessResult[];
    }
  | { decision: 'DENIED'; code: AccessDenialCode; audited: AccessResult[] };

/**
 * What one read of a category serves, from the decisions per owner, and the decisions its audit entries must say. The
 * field shows the data of every owner the caller may see and is denied only when it may see none, so:
 * - served: the allowed owners' decisions are audited (an OWNER read among them writes nothing, see the audit
 *   library's accessAuditEntry); the owners withheld from a served field are not a denied attempt, and recording one
 *   would say the caller was refused data it was in fact given (its own records);
 * - denied: one decision with the code the caller receives (CONSENT_REQUIRED when any owner's data needs consent).
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

/** Where an enforced decision goes: the audit trail, and the typed error the caller receives when it is denied. */
export interface EnforcementSink {
  /** Records one decision the answer rests on (the served ones, or the one denial), before the answer leaves. */
  audit(result: AccessResult): Promise<void>;
  /** The error for a denial: the service's own typed denial (FORBIDDEN or CONSENT_REQUIRED). */
  deny(code: AccessDenialCode): Error;
}

/** One owner's data and the facts to decide it on: the request's `subject.recordingAgencyId` is that owner. */
export interface OwnedAccessRequest {
  owner: string | null;
  request: AccessRequest;
}

/**
 * The one enforcement of the access policy for personal data: decide each owner's data from the facts, audit what
 * the answer rests on, then yield the owners and decisions served, or throw the sink's denial. Every service that
 * serves a personal category goes through here (docs/architecture.md, "One enforcement path").
 */
export async function enforceAccessForOwners(
  requests: readonly OwnedAccessRequest[],
  sink: EnforcementSink,
): Promise<{ owners: string[]; results: AccessResult[] }> {
  const served = servedDecision(requests.map(({ owner, request }) => ({ owner, result: evaluateAccess(request) })));
  for (const result of served.audited) await sink.audit(result);
  if (served.decision === 'DENIED') throw sink.deny(served.code);
  return { owners: served.owners, results: served.audited };
}

/** The one-owner case (an identification's data belongs to its recording agency): the decision served, or the denial. */
export async function enforceAccess(request: AccessRequest, sink: EnforcementSink): Promise<AccessResult> {
  const { results } = await enforceAccessForOwners([{ owner: request.subject.recordingAgencyId, request }], sink);
  return results[0] as AccessResult;
}
