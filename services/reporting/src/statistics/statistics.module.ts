import { Module } from '@nestjs/common';
import { NationalStatisticsResolver } from './national-statistics.resolver';
import { NationalStatisticsService } from './national-statistics.service';
import { OverdueDeadlinesClient } from './overdue-deadlines.client';
import { StatisticsFactsRepository } from './statistics-facts.repository';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';
import { StatisticsTables } from './statistics-tables';

/**
 * The statistics feature: the snapshots national coordinators read, and national statistics (docs/statistics.md):
 * tables, funnel, occupancy and overdue items. StatisticsTables is exported for exports and snapshots.
 */
@Module({
  providers: [
    StatisticsRepository,
    StatisticsService,
    StatisticsResolver,
    StatisticsFactsRepository,
    StatisticsTables,
    OverdueDeadlinesClient,
    NationalStatisticsService,
    NationalStatisticsResolver,
  ],
  exports: [StatisticsService, StatisticsTables],
})
export class StatisticsModule {}
