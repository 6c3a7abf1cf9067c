import { Module } from '@nestjs/common';
import { StatisticsSnapshotRepository } from './statistics-snapshot.repository';
import { StatisticsSnapshotResolver } from './statistics-snapshot.resolver';
import { StatisticsSnapshotScheduler } from './statistics-snapshot.scheduler';
import { StatisticsSnapshotService } from './statistics-snapshot.service';

/**
 * Snapshots of closed periods (docs/statistics.md, Snapshots): computed on a schedule from the statistics tables
 * (StatisticsTablesPort, bound in the app module), stored as revisions, served as they were stored.
 */
@Module({
  providers: [StatisticsSnapshotRepository, StatisticsSnapshotService, StatisticsSnapshotResolver, StatisticsSnapshotScheduler],
  exports: [StatisticsSnapshotService, StatisticsSnapshotScheduler],
})
export class StatisticsSnapshotModule {}
