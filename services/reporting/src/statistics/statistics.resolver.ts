import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { StatisticsSnapshotsArgs } from './dto/statistics-snapshots.args';
import type { StatisticsSnapshotEntity } from './statistics-snapshot.entity';
import { StatisticsSnapshot } from './statistics-snapshot.model';
import { StatisticsService } from './statistics.service';

// The real `nationalStatistics(input)` (with disclosure control) is planned (docs/api.md, Reporting service; docs/domain.md §5).
@Resolver(() => StatisticsSnapshot)
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Query(() => [StatisticsSnapshot], { description: 'Computed statistics snapshots, most recent first' })
  @Roles(Role.NATIONAL_COORDINATOR)
  statisticsSnapshots(@Args() args: StatisticsSnapshotsArgs): Promise<StatisticsSnapshotEntity[]> {
    return this.statistics.snapshots(args);
  }
}
