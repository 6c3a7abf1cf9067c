import { Controller, HttpCode, Param, Post, Req, UseFilters } from '@nestjs/common';
import { type AuthenticatedRequest, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import { RiskLevelService } from './risk-level.service';

/**
 * Internal REST (docs/architecture.md, "Internal REST between services"): the shelters service calls it with the case
 * manager's own token right after recording a security assessment, so the person's risk level is current on their
 * very next read; the `security.assessed` event remains the durable path. The body names only the assessment: its
 * level and time are read back from the shelters service for the same caller (RiskLevelService.applyFromShelter).
 */
@Controller('internal/security-assessments')
@UseFilters(InternalRestErrorFilter)
export class SecurityAssessmentController {
  constructor(private readonly riskLevels: RiskLevelService) {}

  @Post(':assessmentId/apply')
  @HttpCode(200)
  @Roles(Role.CASE_MANAGER, Role.SHELTER_STAFF)
  async apply(@Param('assessmentId') assessmentId: string, @Req() request: AuthenticatedRequest): Promise<{ applied: boolean }> {
    const applied = await this.riskLevels.applyFromShelter(request, assertUuid(assessmentId, 'assessmentId').toLowerCase());
    return { applied };
  }
}
