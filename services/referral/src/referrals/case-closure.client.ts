import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '@nrm/auth';
import { isUuid } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { ReferralConfig } from '../config';

/** A closed case as the shelters service tells the Responsible Authority: ids, the status and when. */
export interface CaseClosure {
  caseId: string;
  referralId: string;
  personId: string;
  providerAgencyId: string;
  closedAt: Date;
}

/**
 * Shelters' internal closure endpoint (GET /internal/cases/:caseId/closure), with the RA's own token, for
 * read-your-writes (docs/architecture.md, "Read your own writes across services"): a shelter closes the case, and the
 * RA refers the person again before `case.closed` has ended the placement here. Null for anything but a well-formed
 * CLOSED case of this placement: an open or unknown case, an unreachable or slow shelters service (the refusal stands).
 */
@Injectable()
export class CaseClosureClient {
  private readonly shelters: InternalPeer;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<ReferralConfig>) {
    this.shelters = { service: 'shelters', baseUrl: runtime.config.SHELTERS_INTERNAL_URL };
    this.timeoutMs = runtime.config.SHELTERS_TIMEOUT_MS;
  }

  async closureOf(request: AuthenticatedRequest, placement: { caseId: string; referralId: string; personId: string; providerAgencyId: string }): Promise<CaseClosure | null> {
    let body: unknown;
    try {
      body = await getFromPeer({ peer: this.shelters, path: `/internal/cases/${encodeURIComponent(placement.caseId)}/closure`, request, timeoutMs: this.timeoutMs, purpose: 'Case closure' });
    } catch {
      return null;
    }
    const closure = body as Record<string, unknown> | null;
    if (!closure || typeof closure !== 'object' || closure['status'] !== 'CLOSED') return null;
    const { caseId, referralId, personId, providerAgencyId, closedAt } = closure;
    if (caseId !== placement.caseId || referralId !== placement.referralId || personId !== placement.personId || providerAgencyId !== placement.providerAgencyId) return null;
    if (typeof closedAt !== 'string' || !isUuid(caseId)) return null;
    const at = new Date(closedAt);
    if (Number.isNaN(at.getTime())) return null;
    return { caseId, referralId, personId, providerAgencyId, closedAt: at };
  }
}
