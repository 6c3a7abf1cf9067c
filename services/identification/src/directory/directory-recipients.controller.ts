import { timingSafeEqual } from 'node:crypto';
import { BadRequestException, Controller, Get, Headers, Inject, NotFoundException, Query, UseFilters } from '@nestjs/common';
import { PublicEndpoint } from '@nrm/auth';
import { isRole, isTeamFunction } from '@nrm/domain';
import { InternalRestErrorFilter, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { IdentificationConfig } from '../config';
import { DirectoryRepository, type RecipientRow } from './directory.repository';

const AGENCY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Internal REST for the notifications service's mail worker (docs/notifications.md): the e-mail address and language
 * of an audience's members, asked outside any user's request. It answers staff contact facts and nothing of any person
 * the platform records, so it takes a key of its own (DIRECTORY_RECIPIENTS_KEY) rather than a user's token; without
 * the key it is a 404 like any unknown path. Never exposed by the gateway.
 */
@Controller('internal/directory')
@UseFilters(InternalRestErrorFilter)
export class DirectoryRecipientsController {
  private readonly key: Buffer;

  constructor(
    private readonly directory: DirectoryRepository,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>,
  ) {
    this.key = Buffer.from(runtime.config.DIRECTORY_RECIPIENTS_KEY, 'utf8');
  }

  @Get('recipients')
  @PublicEndpoint()
  recipients(
    @Headers('x-nrm-directory-key') key: string | undefined,
    @Query('roles') roles: string | undefined,
    @Query('agencyId') agencyId: string | undefined,
    @Query('teamFunction') teamFunction: string | undefined,
    @Query('userId') userId: string | undefined,
  ): Promise<RecipientRow[]> {
    if (!this.keyMatches(key)) throw new NotFoundException();
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

  private keyMatches(key: string | undefined): boolean {
    const given = Buffer.from(key ?? '', 'utf8');
    return given.length === this.key.length && timingSafeEqual(given, this.key);
  }
}
