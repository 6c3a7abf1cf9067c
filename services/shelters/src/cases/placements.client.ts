import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '@nrm/auth';
import { isUuid } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { SheltersConfig } from '../config';

/** An accepted referral as the referral service tells its provider: ids and the reference only. */
export interface CasePlacement {
  referralId: string;
  personId: string;
  reference: string;
  providerAgencyId: string;
  caseId: string;
}

/**
 * The referral service's internal placements endpoint (GET /internal/placements/case/:caseId), with the caller's own
 * token so it answers for the caller's agency only. Null for anything but a well-formed placement of that case: an
 * unknown case, another provider's, an unreachable or slow referral service.
 */
@Injectable()
export class PlacementsClient {
  private readonly referral: InternalPeer;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<SheltersConfig>) {
    this.referral = { service: 'referral', baseUrl: runtime.config.REFERRAL_INTERNAL_URL };
    this.timeoutMs = runtime.config.REFERRAL_TIMEOUT_MS;
  }

  async ofCase(request: AuthenticatedRequest, caseId: string): Promise<CasePlacement | null> {
    let body: unknown;
    try {
      body = await getFromPeer({ peer: this.referral, path: `/internal/placements/case/${encodeURIComponent(caseId)}`, request, timeoutMs: this.timeoutMs, purpose: 'Placement' });
    } catch {
      return null;
    }
    const placement = body as Record<string, unknown> | null;
    if (!placement || typeof placement !== 'object') return null;
    const { referralId, personId, reference, providerAgencyId } = placement;
    if (placement['caseId'] !== caseId || typeof referralId !== 'string' || !isUuid(referralId) || typeof personId !== 'string' || !isUuid(personId)) return null;
    if (typeof reference !== 'string' || typeof providerAgencyId !== 'string') return null;
    return { referralId, personId, reference, providerAgencyId, caseId };
  }
}
