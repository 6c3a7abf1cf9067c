import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal, Roles } from '@nrm/auth';
import { assertUuid } from '@nrm/graphql';
import { STATISTICS_ROLES } from '../snapshots/statistics-snapshot.resolver';
import { RequestStatisticsExportInput } from './dto/request-statistics-export.input';
import { StatisticsExport } from './statistics-export.model';
import { StatisticsExportQueue } from './statistics-export.queue';
import { StatisticsExportService } from './statistics-export.service';

@Resolver(() => StatisticsExport)
export class StatisticsExportResolver {
  constructor(
    private readonly exports: StatisticsExportService,
    private readonly queue: StatisticsExportQueue,
  ) {}

  @Mutation(() => StatisticsExport, {
    description:
      'Starts building a statistics file (TABLE, SNAPSHOT or CTDC; CSV or XLSX) for the caller alone; poll statisticsExport(id), ' +
      'then download GET /statistics/exports/:id with the same token. ra_head: exact tables; everyone else the export pattern',
  })
  @Roles(...STATISTICS_ROLES)
  async requestStatisticsExport(@Args('input') input: RequestStatisticsExportInput, @CurrentPrincipal() principal: Principal): Promise<StatisticsExport> {
    const requested = await this.exports.request(input, principal);
    try {
      await this.queue.add(requested.id);
    } catch (error) {
      await this.exports.failed(requested.id);
      throw error;
    }
    return requested;
  }

  @Query(() => StatisticsExport, { description: "The caller's own export, for its progress. NOT_FOUND for anyone else's, or once expired" })
  @Roles(...STATISTICS_ROLES)
  statisticsExport(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<StatisticsExport> {
    return this.exports.get(assertUuid(id, 'id').toLowerCase(), principal);
  }
}
