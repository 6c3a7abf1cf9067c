import { type DynamicModule, Module } from '@nestjs/common';
import { type Clock, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import type { ReportingConfig } from './config';
import { StatisticsExportModule } from './exports/statistics-export.module';
import { StatisticsTablesBinding } from './tables/statistics-tables.binding';
import type { StatisticsTablesPort } from './tables/statistics-tables.port';
import { migrations } from './migrations';
import { ReadModelModule } from './read-model/read-model.module';
import { StatisticsSnapshotModule } from './snapshots/statistics-snapshot.module';
import { StatisticsModule } from './statistics/statistics.module';

export const entities = [];

/** What a test may set: the time, and the tables exports and snapshots are made from. */
export interface ReportingOverrides {
  clock?: Clock;
  statisticsTables?: StatisticsTablesPort;
}

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime<ReportingConfig>, overrides: ReportingOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ runtime, entities, migrations, clock: overrides.clock }),
        subgraphModule({ runtime }),
        ReadModelModule,
        StatisticsModule,
        StatisticsTablesBinding.register(overrides.statisticsTables),
        StatisticsSnapshotModule,
        StatisticsExportModule,
      ],
    };
  }
}
