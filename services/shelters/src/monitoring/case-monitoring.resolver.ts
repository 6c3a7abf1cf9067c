import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@nrm/domain';
import { Roles } from '@nrm/auth';
import { Case } from '../cases/case.model';
import { MonitoringService } from './monitoring.service';

/**
 * The next monitoring contact due, on the case (docs/domain.md §2 step 7). The case itself was already resolved for
 * the caller (its own shelter only), so this field adds only a date.
 */
@Resolver(() => Case)
export class CaseMonitoringResolver {
  constructor(private readonly monitoring: MonitoringService) {}

  @ResolveField(() => Date, { nullable: true, description: "Latest contact plus the cadence of the case's phase; null before either exists" })
  @Roles(Role.CASE_MANAGER, Role.SHELTER_STAFF)
  nextMonitoringContactDueAt(@Parent() shelterCase: Pick<Case, 'id' | 'phase'>): Promise<Date | null> {
    return this.monitoring.nextDue(shelterCase.id, shelterCase.phase);
  }
}
