import { Module } from '@nestjs/common';
import { NationalStatisticsResolver } from './national-statistics.resolver';
import { NationalStatisticsService } from './national-statistics.service';
import { OverdueDeadlinesClient } from './overdue-deadlines.client';
import { StatisticsFactsRepository } from './statistics-facts.repository';
import { StatisticsTables } from './statistics-tables';

/**
 * National statistics (docs/statistics.md): tables, funnel, occupancy and overdue items. StatisticsTables is exported
 * for the exports and the snapshots (their own features, exports/ and snapshots/).
 */
@Module({
  providers: [
    StatisticsFactsRepository,
    StatisticsTables,
    OverdueDeadlinesClient,
    NationalStatisticsService,
    NationalStatisticsResolver,
  ],
  exports: [StatisticsTables],
})
export class StatisticsModule {}
