import { Controller, Get, NotFoundException, Param, Req, UseFilters } from '@nestjs/common';
import { type AuthenticatedRequest, Authenticator, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { isUuid } from '@nrm/graphql';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import { CaseService } from './case.service';

export interface CaseTeamMembershipResponse {
  personId: string;
  /** Whether an open case of the person at the caller's own agency names the caller as case manager or team member. */
  onCaseTeam: boolean;
}

/**
 * Internal REST (docs/architecture.md, "Internal REST between services"): identification asks, with the caller's own
 * token, whether the caller is on the team of an open case of the person at the caller's own shelter, before it lets a
 * shelter_staff member read the person (docs/domain.md §3, "Within a shelter: the case team"). The agency and the user
 * come from the verified token, never a parameter, so the answer is about the caller alone: a boolean, no personal
 * data, and the same `false` for a person this shelter has no case of as for an unknown one.
 */
@Controller('internal/case-team')
@UseFilters(InternalRestErrorFilter)
export class CaseTeamController {
  constructor(
    private readonly cases: CaseService,
    private readonly authenticator: Authenticator,
  ) {}

  @Get('person/:personId')
  @Roles(Role.SHELTER_STAFF, Role.CASE_MANAGER, Role.SHELTER_HEAD)
  async membership(@Param('personId') personId: string, @Req() request: AuthenticatedRequest): Promise<CaseTeamMembershipResponse> {
    if (!isUuid(personId)) throw new NotFoundException();
    const principal = await this.authenticator.authenticate(request);
    const id = personId.toLowerCase();
    return { personId: id, onCaseTeam: await this.cases.isOnCaseTeam(id, principal) };
  }
}
