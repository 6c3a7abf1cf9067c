import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '@nrm/auth';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { ReferralConfig } from '../config';

/** The routing facts identification holds now, which the projection may not have caught up with yet. */
export interface FreshRoutingFacts {
  isChild: boolean;
  interviewConsent: boolean;
}

/**
 * Identification's current facts about a person (GET /internal/access-facts/:personId, with the caller's own token),
 * for read-your-writes: the RA records an age verification or an interview, then refers at once, before the event
 * reaches this service's projection (docs/architecture.md, "Internal REST between services"). Fails closed.
 */
@Injectable()
export class IdentificationFactsClient {
  private readonly identification: InternalPeer;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<ReferralConfig>) {
    this.identification = { service: 'identification', baseUrl: runtime.config.IDENTIFICATION_INTERNAL_URL };
    this.timeoutMs = runtime.config.IDENTIFICATION_TIMEOUT_MS;
  }

  async routingFacts(request: AuthenticatedRequest, personId: string): Promise<FreshRoutingFacts> {
    const body = (await getFromPeer({
      peer: this.identification,
      path: `/internal/access-facts/${encodeURIComponent(personId)}`,
      request,
      timeoutMs: this.timeoutMs,
      purpose: 'Routing facts',
      notFoundMessage: 'Person not found',
    })) as Partial<FreshRoutingFacts> | null;
    if (typeof body?.isChild !== 'boolean' || typeof body.interviewConsent !== 'boolean') {
      throw new ApiError(ApiErrorCode.INTERNAL, 'Routing facts unavailable: the identification service answered with a malformed body');
    }
    return { isChild: body.isChild, interviewConsent: body.interviewConsent };
  }
}
