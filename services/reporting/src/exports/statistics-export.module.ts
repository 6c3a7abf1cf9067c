import { Module } from '@nestjs/common';
import { StatisticsSnapshotModule } from '../snapshots/statistics-snapshot.module';
import { CtdcSourceRepository } from './ctdc/ctdc-source.repository';
import { StatisticsExportController } from './statistics-export.controller';
import { StatisticsExportQueue } from './statistics-export.queue';
import { StatisticsExportRepository } from './statistics-export.repository';
import { StatisticsExportResolver } from './statistics-export.resolver';
import { StatisticsExportService } from './statistics-export.service';

/**
 * Statistics exports (docs/statistics.md, Exports): requested in the API, built by a BullMQ worker from the statistics
 * tables (StatisticsTablesPort), a stored snapshot or the read model's persons (CTDC), kept in the database until they
 * expire and downloaded by the requester alone.
 */
@Module({
  imports: [StatisticsSnapshotModule],
  controllers: [StatisticsExportController],
  providers: [StatisticsExportRepository, CtdcSourceRepository, StatisticsExportService, StatisticsExportQueue, StatisticsExportResolver],
  exports: [StatisticsExportService, StatisticsExportQueue],
})
export class StatisticsExportModule {}
