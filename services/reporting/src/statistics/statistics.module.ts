import { Module } from '@nestjs/common';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/** The statistics feature: the snapshots national coordinators read. */
@Module({
  providers: [StatisticsRepository, StatisticsService, StatisticsResolver],
  exports: [StatisticsService],
})
export class StatisticsModule {}
