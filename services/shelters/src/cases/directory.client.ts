import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '@nrm/auth';
import { isRole, isTeamFunction, type Role, type TeamFunction } from '@nrm/domain';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { getFromPeer, type InternalPeer, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { SheltersConfig } from '../config';

/** A user of the caller's own shelter as the directory lists them: ids, roles and the team function only. */
export interface ShelterMember {
  id: string;
  agencyId: string;
  roles: Role[];
  teamFunction: TeamFunction | null;
}

/**
 * The identification service's directory lookup (GET /internal/directory/members/:userId), with the caller's own
 * token, so it answers for the caller's agency only. Null for a user it does not list to the caller (another agency's,
 * inactive, unknown); unreachable, slow or malformed fails closed (INTERNAL): nobody is named on a case unchecked.
 */
@Injectable()
export class DirectoryClient {
  private readonly identification: InternalPeer;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<SheltersConfig>) {
    this.identification = { service: 'identification', baseUrl: runtime.config.IDENTIFICATION_INTERNAL_URL };
    this.timeoutMs = runtime.config.IDENTIFICATION_TIMEOUT_MS;
  }

  async memberOfCallersAgency(request: AuthenticatedRequest, userId: string): Promise<ShelterMember | null> {
    let body: unknown;
    try {
      body = await getFromPeer({
        peer: this.identification,
        path: `/internal/directory/members/${encodeURIComponent(userId)}`,
        request,
        timeoutMs: this.timeoutMs,
        purpose: 'Directory',
        notFoundMessage: 'User not found',
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === ApiErrorCode.NOT_FOUND) return null;
      throw error;
    }
    const member = body as Record<string, unknown> | null;
    if (
      !member ||
      member['id'] !== userId ||
      typeof member['agencyId'] !== 'string' ||
      !Array.isArray(member['roles']) ||
      !(member['teamFunction'] === null || (typeof member['teamFunction'] === 'string' && isTeamFunction(member['teamFunction'])))
    ) {
      throw new ApiError(ApiErrorCode.INTERNAL, 'Directory unavailable');
    }
    return {
      id: userId,
      agencyId: member['agencyId'],
      roles: (member['roles'] as unknown[]).filter((role): role is Role => typeof role === 'string' && isRole(role)),
      teamFunction: member['teamFunction'] as TeamFunction | null,
    };
  }
}
