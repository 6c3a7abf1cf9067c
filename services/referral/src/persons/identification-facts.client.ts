import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '@nrm/auth';
import { Sex } from '@nrm/domain';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import { z } from 'zod';
import type { ReferralConfig } from '../config';

const MALFORMED_BODY = 'Routing facts unavailable: the identification service answered with a malformed body';

/** The body of GET /internal/access-facts/:personId, as far as routing reads it. */
const freshRoutingFactsSchema = z.object({ isChild: z.boolean(), interviewConsent: z.boolean() });

/** The body of GET /internal/routing-facts/:personId; unknown fields are dropped. */
const personProjectionSchema = z.object({
  personId: z.string(),
  reference: z.string(),
  recordingAgencyId: z.string(),
  isChild: z.boolean(),
  region: z.string(),
  interviewConsent: z.boolean(),
  routing: z.object({ sex: z.enum(Sex), foreign: z.boolean(), accompanyingChildren: z.boolean() }),
});

/** The routing facts identification holds now, which the projection may not have caught up with yet. */
export interface FreshRoutingFacts {
  isChild: boolean;
  interviewConsent: boolean;
}

/** The projection of `identification.submitted` as identification holds it now (GET /internal/routing-facts/:personId). */
export interface PersonProjection {
  personId: string;
  reference: string;
  recordingAgencyId: string;
  isChild: boolean;
  region: string;
  interviewConsent: boolean;
  routing: { sex: Sex; foreign: boolean; accompanyingChildren: boolean };
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
    const body: unknown = await getFromPeer({
      peer: this.identification,
      path: `/internal/access-facts/${encodeURIComponent(personId)}`,
      request,
      timeoutMs: this.timeoutMs,
      purpose: 'Routing facts',
      notFoundMessage: 'Person not found',
    });
    const facts = freshRoutingFactsSchema.safeParse(body);
    if (!facts.success) throw new ApiError(ApiErrorCode.INTERNAL, MALFORMED_BODY);
    return facts.data;
  }

  /**
   * The person's projection, for a person the `identification.submitted` event has not brought here yet (the RA refers
   * the moment the submission answers). Null when identification knows no such person; throws when it cannot answer.
   */
  async projection(request: AuthenticatedRequest, personId: string): Promise<PersonProjection | null> {
    let body: unknown;
    try {
      body = await getFromPeer({
        peer: this.identification,
        path: `/internal/routing-facts/${encodeURIComponent(personId)}`,
        request,
        timeoutMs: this.timeoutMs,
        purpose: 'Routing facts',
        notFoundMessage: 'Person not found',
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === ApiErrorCode.NOT_FOUND) return null;
      throw error;
    }
    const projection = personProjectionSchema.safeParse(body);
    if (!projection.success) throw new ApiError(ApiErrorCode.INTERNAL, MALFORMED_BODY);
    return projection.data;
  }
}
