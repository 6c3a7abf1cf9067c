import { Controller, Get, NotFoundException, Param, UseFilters } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { Role, type TeamFunction } from '@nrm/domain';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import { DirectoryService } from './directory.service';

/** A user id (the token's sub) as the identity provider writes it. */
const USER_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** What the shelters service checks a case manager or team member on: ids, roles and the team function only. */
export interface AgencyMemberFacts {
  id: string;
  agencyId: string;
  roles: Role[];
  teamFunction: TeamFunction | null;
}

/**
 * Internal REST for the shelters service (docs/architecture.md, "Internal REST between services"; docs/directory.md,
 * "Who may read it"), called with the acting case manager's or shelter head's own token: a user of the caller's own
 * agency, the same people `users(filter: { agencyId })` lists to them. Anyone else, an inactive user and a malformed
 * id are the same 404, so the endpoint says nothing about other agencies' people. Never exposed by the gateway.
 */
@Controller('internal/directory')
@UseFilters(InternalRestErrorFilter)
export class DirectoryMembersController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('members/:userId')
  @Roles(Role.CASE_MANAGER, Role.SHELTER_HEAD)
  async member(@Param('userId') userId: string, @CurrentPrincipal() principal: Principal): Promise<AgencyMemberFacts> {
    const user = USER_ID.test(userId) ? await this.directory.findUser(userId) : null;
    if (!user || user.agencyId !== principal.agencyId) throw new NotFoundException();
    return { id: user.id, agencyId: user.agencyId, roles: user.roles, teamFunction: user.teamFunction };
  }
}
