import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { DEFAULT_PAGE_SIZE } from '@nrm/graphql';
import { StatisticsSnapshotsArgs } from './dto/statistics-snapshots.args';
import { StatisticsSnapshotEntity } from './statistics-snapshot.entity';
import { StatisticsSnapshot } from './statistics-snapshot.model';

// The real `nationalStatistics(input)` (with disclosure control) is planned (docs/api.md, Reporting service; docs/domain.md §5).
@Resolver(() => StatisticsSnapshot)
export class StatisticsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [StatisticsSnapshot], { description: 'Computed statistics snapshots, most recent first' })
  @Roles(Role.NATIONAL_COORDINATOR)
  statisticsSnapshots(@Args() args: StatisticsSnapshotsArgs): Promise<StatisticsSnapshotEntity[]> {
    return this.dataSource.getRepository(StatisticsSnapshotEntity).find({
      select: { id: true, periodStart: true, periodEnd: true, computedAt: true },
      order: { computedAt: 'DESC', id: 'DESC' },
      take: args.first ?? DEFAULT_PAGE_SIZE,
    });
  }
}
