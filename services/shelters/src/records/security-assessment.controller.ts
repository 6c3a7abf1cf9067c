import { Controller, Get, NotFoundException, Param, Req, UseFilters } from '@nestjs/common';
import { type AuthenticatedRequest, Authenticator, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { isUuid } from '@nrm/graphql';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import { NeedsAssessmentService, type SecurityAssessmentFact } from './needs-assessment.service';

/**
 * Internal REST (docs/architecture.md, "Internal REST between services"): identification reads back a security
 * assessment, with the token of the case manager who recorded it, before it takes the person's risk level from it.
 * Only the caller's own shelter's assessments exist here: any other id, or another area's, is a 404. Ids and the
 * level's code only; the notes never leave.
 */
@Controller('internal/security-assessments')
@UseFilters(InternalRestErrorFilter)
export class SecurityAssessmentController {
  constructor(
    private readonly assessments: NeedsAssessmentService,
    private readonly authenticator: Authenticator,
  ) {}

  @Get(':assessmentId')
  @Roles(Role.CASE_MANAGER, Role.SHELTER_STAFF)
  async assessment(@Param('assessmentId') assessmentId: string, @Req() request: AuthenticatedRequest): Promise<SecurityAssessmentFact> {
    if (!isUuid(assessmentId)) throw new NotFoundException();
    const principal = await this.authenticator.authenticate(request);
    const found = await this.assessments.securityAssessmentOfAgency(assessmentId.toLowerCase(), principal);
    if (!found) throw new NotFoundException();
    return found;
  }
}
