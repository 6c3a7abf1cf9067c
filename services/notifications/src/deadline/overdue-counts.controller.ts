import { Controller, Get, UseFilters } from '@nestjs/common';
import { Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { InternalRestErrorFilter } from '@nrm/service-kit';
import type { DeadlineKind } from './deadline-kind';
import { DeadlineService } from './deadline.service';

export interface OverdueCountsResponse {
  kinds: Array<{ kind: DeadlineKind; count: number }>;
}

/**
 * Internal REST (docs/architecture.md, "Internal REST between services"): how many deadlines of each kind are past
 * due now, for national statistics (docs/statistics.md, `overdueItems`), asked by the reporting service with the
 * caller's own token. Counts by kind only: no subject, reference or agency.
 */
@Controller('internal/deadlines')
@UseFilters(InternalRestErrorFilter)
export class OverdueCountsController {
  constructor(private readonly deadlines: DeadlineService) {}

  @Get('overdue-counts')
  @Roles(Role.NATIONAL_COORDINATOR, Role.RA_OFFICER, Role.RA_HEAD)
  async overdueCounts(): Promise<OverdueCountsResponse> {
    return { kinds: await this.deadlines.overdueCounts() };
  }
}
