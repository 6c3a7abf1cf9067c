import { Controller, Get, Req, UseFilters } from '@nestjs/common';
import { AnyStaff, type AuthenticatedRequest, Authenticator } from '@nrm/auth';
import type { TeamFunction } from '@nrm/domain';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import { DirectoryService } from './directory.service';

/** What the directory says of the caller's own account: only its team function, and only within the token's agency. */
export interface DirectorySelf {
  teamFunction: TeamFunction | null;
}

/**
 * Internal REST (docs/architecture.md, "Internal REST between services"): the notifications service asks, with the
 * reader's own token, which team function the reader holds, to deliver what is addressed to a team function (the
 * urgent alert to a shelter's psychologists, docs/domain.md §2 step 4). A caller learns nothing but its own entry; an
 * account the directory does not list, or lists under another agency than the token's, has no team function.
 */
@Controller('internal/directory')
@UseFilters(InternalRestErrorFilter)
export class DirectorySelfController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly authenticator: Authenticator,
  ) {}

  @Get('me')
  @AnyStaff()
  async me(@Req() request: AuthenticatedRequest): Promise<DirectorySelf> {
    const principal = await this.authenticator.authenticate(request);
    const user = await this.directory.findUser(principal.subject);
    return { teamFunction: user && user.agencyId === principal.agencyId ? user.teamFunction : null };
  }
}
