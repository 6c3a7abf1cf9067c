import { type DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import type { ReportingConfig } from './config';
import { migrations } from './migrations';
import { StatisticsSnapshotEntity } from './statistics/statistics-snapshot.entity';
import { ReadModelModule } from './read-model/read-model.module';
import { StatisticsModule } from './statistics/statistics.module';

export const entities = [StatisticsSnapshotEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime<ReportingConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceKitModule.forRoot({ runtime, entities, migrations }), subgraphModule({ runtime }), ReadModelModule, StatisticsModule],
    };
  }
}
