import { type DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import type { ReportingConfig } from './config';
import { migrations } from './migrations';
import { StatisticsSnapshotEntity } from './statistics/statistics-snapshot.entity';
import { StatisticsModule } from './statistics/statistics.module';

export const entities = [StatisticsSnapshotEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime<ReportingConfig>): DynamicModule {
    return {
      module: AppModule,
      // Consumes no events yet: national statistics (planned, docs/api.md) will add its subscriptions and handlers.
      imports: [ServiceKitModule.forRoot({ runtime, entities, migrations }), subgraphModule({ runtime }), StatisticsModule],
    };
  }
}
