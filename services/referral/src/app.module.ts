import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@nrm/audit';
import { EventHistoryModule, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import type { ReferralConfig } from './config';
import { migrations } from './migrations';
import { PersonRightsModule } from './person-rights/person-rights.module';
import { PersonRefEntity } from './persons/person-ref.entity';
import { knownPersonsQuery } from './persons/person-ref.repository';
import { PersonModule } from './persons/person.module';
import { ReferralEntity } from './referrals/referral.entity';
import { ReferralModule } from './referrals/referral.module';
import { ServiceProviderEntity } from './service-providers/service-provider.entity';
import { ServiceProviderModule } from './service-providers/service-provider.module';

export const entities = [ServiceProviderEntity, PersonRefEntity, ReferralEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime<ReferralConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ runtime, entities, migrations }),
        subgraphModule({ runtime }),
        AuditModule.forService(runtime, {
          // Every person identified is projected here: a denied attempt about any other id is written without a person.
          knownPersonsQuery: knownPersonsQuery(runtime.schema),
        }),
        PersonModule,
        ServiceProviderModule,
        ReferralModule,
        PersonRightsModule,
        // The published events in bulk, for the reporting service's rebuild (docs/events.md).
        EventHistoryModule,
      ],
    };
  }
}
