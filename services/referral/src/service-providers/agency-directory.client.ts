import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '@nrm/auth';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { ReferralConfig } from '../config';

/** One agency of the directory, as identification holds it. */
export interface DirectoryAgencyFacts {
  id: string;
  type: string;
  region: string | null;
}

/**
 * The agency directory lives in the identification service (docs/domain.md §1): GET
 * /internal/directory/agencies/:agencyId with the caller's own token (docs/architecture.md, "Internal REST between
 * services"). Null when the directory does not hold the agency; an error when identification cannot answer (fails
 * closed: no provider is written for an agency nobody could check).
 */
@Injectable()
export class AgencyDirectoryClient {
  private readonly identification: InternalPeer;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<ReferralConfig>) {
    this.identification = { service: 'identification', baseUrl: runtime.config.IDENTIFICATION_INTERNAL_URL };
    this.timeoutMs = runtime.config.IDENTIFICATION_TIMEOUT_MS;
  }

  async agency(request: AuthenticatedRequest, agencyId: string): Promise<DirectoryAgencyFacts | null> {
    let body: Partial<DirectoryAgencyFacts> | null;
    try {
      body = (await getFromPeer({
        peer: this.identification,
        path: `/internal/directory/agencies/${encodeURIComponent(agencyId)}`,
        request,
        timeoutMs: this.timeoutMs,
        purpose: 'Agency directory',
        notFoundMessage: 'Agency not found',
      })) as Partial<DirectoryAgencyFacts> | null;
    } catch (error) {
      if (error instanceof ApiError && error.code === ApiErrorCode.NOT_FOUND) return null;
      throw error;
    }
    if (typeof body?.id !== 'string' || typeof body.type !== 'string') {
      throw new ApiError(ApiErrorCode.INTERNAL, 'Agency directory unavailable: the identification service answered with a malformed body');
    }
    return { id: body.id, type: body.type, region: typeof body.region === 'string' ? body.region : null };
  }
}
