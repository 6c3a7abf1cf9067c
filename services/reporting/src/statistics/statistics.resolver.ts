import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { StatisticsSnapshotsArgs } from './dto/statistics-snapshots.args';
import type { StatisticsSnapshotEntity } from './statistics-snapshot.entity';
import { StatisticsSnapshot } from './statistics-snapshot.model';
import { StatisticsService } from './statistics.service';

// National statistics themselves (tables, funnel, occupancy, overdue items) are NationalStatisticsResolver (docs/statistics.md).
@Resolver(() => StatisticsSnapshot)
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Query(() => [StatisticsSnapshot], { description: 'Computed statistics snapshots, most recent first' })
  @Roles(Role.NATIONAL_COORDINATOR)
  statisticsSnapshots(@Args() args: StatisticsSnapshotsArgs): Promise<StatisticsSnapshotEntity[]> {
    return this.statistics.snapshots(args);
  }
}
