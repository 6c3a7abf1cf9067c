import { Controller, Get, NotFoundException, Param, UseFilters } from '@nestjs/common';
import { Roles } from '@nrm/auth';
import { RESPONSIBLE_AUTHORITY_ROLES } from '@nrm/domain';
import { isUuid } from '@nrm/graphql';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import { type CaseClosureFact, CaseTrackService } from './case-track.service';

/**
 * Internal REST (docs/architecture.md, "Read your own writes across services"): the referral service asks, with the
 * Responsible Authority's own token, whether a placement's case was closed, when the RA refers the person again before
 * `case.closed` has arrived. Only the RA, which holds every referral already; only a CLOSED case (any other id, an
 * open case, one closed as referred on, is a 404). Ids, the status and the time; the closure review never leaves.
 */
@Controller('internal/cases')
@UseFilters(InternalRestErrorFilter)
export class CaseClosureController {
  constructor(private readonly track: CaseTrackService) {}

  @Get(':caseId/closure')
  @Roles(...RESPONSIBLE_AUTHORITY_ROLES)
  async closure(@Param('caseId') caseId: string): Promise<CaseClosureFact> {
    if (!isUuid(caseId)) throw new NotFoundException();
    const found = await this.track.closureOf(caseId.toLowerCase());
    if (!found) throw new NotFoundException();
    return found;
  }
}
