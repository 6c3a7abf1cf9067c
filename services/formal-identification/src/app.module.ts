import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@nrm/audit';
import { EventHistoryModule, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import type { FormalIdentificationConfig } from './config';
import { ForeignNationalsModule } from './foreign-nationals/foreign-nationals.module';
import { FormalIdentificationEntity } from './formal-identification/formal-identification.entity';
import { FormalIdentificationModule } from './formal-identification/formal-identification.module';
import { knownPersonsQuery } from './formal-identification/formal-identification.repository';
import { migrations } from './migrations';
import { PersonRightsModule } from './person-rights/person-rights.module';

export const entities = [FormalIdentificationEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime<FormalIdentificationConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ runtime, entities, migrations }),
        subgraphModule({ runtime }),
        AuditModule.forService(runtime, {
          // The persons this service holds a formal identification of: a denied attempt about anyone else is written without a person.
          knownPersonsQuery: knownPersonsQuery(runtime.schema),
        }),
        FormalIdentificationModule,
        ForeignNationalsModule,
        PersonRightsModule,
        // The published events in bulk, for the reporting service's rebuild (docs/events.md).
        EventHistoryModule,
      ],
    };
  }
}
