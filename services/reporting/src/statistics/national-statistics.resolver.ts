import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type GraphQLRequestContext, type Principal, Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { StatisticsInput, StatisticsPeriodInput } from './dto/statistics.input';
import { OccupancyPoint, OverdueCount, StatisticsFunnel, StatisticsTable } from './national-statistics.model';
import { NationalStatisticsService } from './national-statistics.service';

/**
 * Who reads national statistics (docs/statistics.md): the national coordinator and the RA's officers with disclosure
 * control, the RA's head exactly.
 */
const STATISTICS_READERS = [Role.NATIONAL_COORDINATOR, Role.RA_OFFICER, Role.RA_HEAD];

@Resolver()
export class NationalStatisticsResolver {
  constructor(private readonly statistics: NationalStatisticsService) {}

  @Query(() => StatisticsTable, { description: 'Counts of one measure by up to two dimensions over a period (snapped but for ra_head)' })
  @Roles(...STATISTICS_READERS)
  nationalStatistics(@Args('input') input: StatisticsInput, @CurrentPrincipal() principal: Principal): Promise<StatisticsTable> {
    return this.statistics.table(principal, input);
  }

  @Query(() => StatisticsFunnel, { description: 'Persons identified in the period and how many reached each later stage, with days per stage' })
  @Roles(...STATISTICS_READERS)
  statisticsFunnel(@Args('input') input: StatisticsPeriodInput, @CurrentPrincipal() principal: Principal): Promise<StatisticsFunnel> {
    return this.statistics.funnel(principal, input);
  }

  @Query(() => [OccupancyPoint], { description: 'Persons in shelters at the end of each month of the period' })
  @Roles(...STATISTICS_READERS)
  shelterOccupancy(@Args('input') input: StatisticsPeriodInput, @CurrentPrincipal() principal: Principal): Promise<OccupancyPoint[]> {
    return this.statistics.occupancy(principal, input);
  }

  @Query(() => [OverdueCount], { description: 'Deadlines past due now, by kind' })
  @Roles(...STATISTICS_READERS)
  overdueItems(@CurrentPrincipal() principal: Principal, @Context() context: GraphQLRequestContext): Promise<OverdueCount[]> {
    return this.statistics.overdueItems(principal, context.req);
  }
}
