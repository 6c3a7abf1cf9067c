import { BadRequestException, Controller, Get, Inject, Query, Req, UseFilters } from '@nestjs/common';
import { type AuthenticatedRequest, authenticateServiceCaller, PublicEndpoint, TOKEN_VERIFIER, TokenVerifier } from '@nrm/auth';
import { isRole, isTeamFunction } from '@nrm/domain';
import { InternalRestErrorFilter, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { DirectoryRepository, type RecipientRow } from './directory.repository';

const AGENCY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Internal REST for the notifications service's mail worker (docs/notifications.md): the e-mail address and language
 * of an audience's members, asked outside any user's request. So it takes no user's token but the calling service's
 * own (docs/architecture.md, "Service accounts"): a client-credentials token of a client in
 * DIRECTORY_RECIPIENTS_CLIENTS (`nrm-notifications`), issued to that client's service account. Without a valid token
 * it is a 401; a user's token or another service's is a 403. It answers staff contact facts and nothing of any person
 * the platform records. Never exposed by the gateway.
 */
@Controller('internal/directory')
@UseFilters(InternalRestErrorFilter)
export class DirectoryRecipientsController {
  private readonly callers: readonly string[];

  constructor(
    private readonly directory: DirectoryRepository,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    this.callers = runtime.config.DIRECTORY_RECIPIENTS_CLIENTS;
  }

  @Get('recipients')
  // Public to the user guard only: the calling service is authenticated below.
  @PublicEndpoint()
  async recipients(
    @Req() request: AuthenticatedRequest,
    @Query('roles') roles: string | undefined,
    @Query('agencyId') agencyId: string | undefined,
    @Query('teamFunction') teamFunction: string | undefined,
    @Query('userId') userId: string | undefined,
  ): Promise<RecipientRow[]> {
    await authenticateServiceCaller(this.verifier, request, this.callers);
    const roleList = (roles ?? '').split(',').filter((role) => role.length > 0);
    if (!roleList.every(isRole)) throw new BadRequestException('roles: unknown role');
    if (agencyId !== undefined && !AGENCY_ID.test(agencyId)) throw new BadRequestException('agencyId: malformed');
    if (teamFunction !== undefined && !isTeamFunction(teamFunction)) throw new BadRequestException('teamFunction: unknown');
    if (userId !== undefined && (!USER_ID.test(userId) || agencyId === undefined)) throw new BadRequestException('userId: a uuid, with agencyId');
    if (roleList.length === 0 && teamFunction === undefined && userId === undefined) {
      throw new BadRequestException('roles: at least one role, a teamFunction or a userId');
    }
    return this.directory.recipients(agencyId ?? null, roleList, teamFunction ?? null, userId?.toLowerCase() ?? null);
  }
}
