import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule, unknownPersonDenialsPerMinute } from '@nrm/audit';
import { EVENT_HANDLER_SET, PERSON_EXPORT_SOURCE, PersonExportController, PersonExportReleaseClient, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import type { ReferralConfig } from './config';
import { migrations } from './migrations';
import { PersonExportService } from './person-rights/person-export.service';
import { PersonRefEntity } from './persons/person-ref.entity';
import { ReferralEventHandlers } from './referrals/referral-events.handler';
import { ReferralEntity } from './referrals/referral.entity';
import { ReferralResolver } from './referrals/referral.resolver';
import { ReferralService } from './referrals/referral.service';
import { ServiceProviderEntity } from './service-providers/service-provider.entity';
import { ServiceProviderResolver } from './service-providers/service-provider.resolver';
import { ServiceProviderService } from './service-providers/service-provider.service';

export const entities = [ServiceProviderEntity, PersonRefEntity, ReferralEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime<ReferralConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ runtime, entities, migrations }),
        subgraphModule({ runtime }),
        AuditModule.forRoot({
          schema: runtime.schema,
          service: runtime.name,
          // Every person identified is projected here: a denied attempt about any other id is written without a person.
          knownPersonsQuery: `SELECT 1 FROM "${runtime.schema}".person_ref WHERE person_id = $1`,
          unknownPersonDenials: unknownPersonDenialsPerMinute(runtime.config.AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE),
        }),
      ],
      controllers: [PersonExportController],
      providers: [
        { provide: EVENT_HANDLER_SET, useClass: ReferralEventHandlers },
        ServiceProviderService,
        ServiceProviderResolver,
        ReferralService,
        ReferralResolver,
        PersonExportService,
        PersonExportReleaseClient,
        { provide: PERSON_EXPORT_SOURCE, useExisting: PersonExportService },
      ],
    };
  }
}
