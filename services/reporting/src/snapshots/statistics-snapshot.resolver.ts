import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { StatisticsSnapshotsArgs } from './dto/statistics-snapshots.args';
import { StatisticsSnapshot, StatisticsSnapshotTable } from './statistics-snapshot.model';
import { StatisticsSnapshotService } from './statistics-snapshot.service';

/** Who reads national statistics (docs/statistics.md, Queries); snapshots hold the export pattern for everyone. */
export const STATISTICS_ROLES = [Role.NATIONAL_COORDINATOR, Role.RA_OFFICER, Role.RA_HEAD] as const;

@Resolver(() => StatisticsSnapshot)
export class StatisticsSnapshotResolver {
  constructor(private readonly snapshots: StatisticsSnapshotService) {}

  @Query(() => [StatisticsSnapshot], { description: 'Stored statistics snapshots, most recent first; every revision of a period is listed' })
  @Roles(...STATISTICS_ROLES)
  statisticsSnapshots(@Args() args: StatisticsSnapshotsArgs): Promise<StatisticsSnapshot[]> {
    return this.snapshots.list(args);
  }

  @Query(() => StatisticsSnapshot, { description: 'One snapshot with its tables. NOT_FOUND for an unknown id' })
  @Roles(...STATISTICS_ROLES)
  statisticsSnapshot(@Args('id', { type: () => ID }) id: string): Promise<StatisticsSnapshot> {
    return this.snapshots.get(assertUuid(id, 'id').toLowerCase());
  }

  @ResolveField(() => [StatisticsSnapshotTable], { nullable: true, description: 'Null on snapshots stored before tables were kept' })
  @Roles(...STATISTICS_ROLES)
  async tables(@Parent() snapshot: StatisticsSnapshot): Promise<StatisticsSnapshotTable[] | null> {
    return snapshot.tables !== undefined ? snapshot.tables : this.snapshots.tablesOf(snapshot.id);
  }
}
