import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule, unknownPersonDenialsPerMinute } from '@nrm/audit';
import { EVENT_HANDLER_SET, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import { AccessFactsController } from './access/access-facts.controller';
import { PersonAccessService } from './access/person-access.service';
import { AuditResolver } from './audit/audit.resolver';
import { ConsentGrantEntity } from './consent/consent-grant.entity';
import { ConsentResolver } from './consent/consent.resolver';
import { ConsentService } from './consent/consent.service';
import { granteeAgenciesProvider } from './consent/grantee-agencies.provider';
import { LegalBasisOverrideEntity } from './consent/legal-basis-override.entity';
import { auditChainPeers, type IdentificationConfig } from './config';
import { DirectoryModule } from './directory/directory.module';
import { IdentificationResolver } from './identification/identification.resolver';
import { IdentificationService } from './identification/identification.service';
import { InitialIdentificationEntity } from './identification/initial-identification.entity';
import { IndicatorResolver } from './indicators/indicator.resolver';
import { migrations } from './migrations';
import { PersonEntity } from './person/person.entity';
import { PersonResolver } from './person/person.resolver';
import { LegalHoldService } from './person-rights/legal-hold.service';
import { LegalHoldReasonResolver } from './person-rights/legal-hold-reason.resolver';
import { PersonErasureService } from './person-rights/person-erasure.service';
import { PersonExportService } from './person-rights/person-export.service';
import { PersonExportPartsClient } from './person-rights/person-export-parts.client';
import { PersonErasureFieldResolver, PersonRightsResolver } from './person-rights/person-rights.resolver';
import { SubjectAccessPartsController } from './person-rights/subject-access-parts.controller';
import { SubjectAccessRequestService } from './person-rights/subject-access-request.service';
import { PersonRelationshipEntity } from './relationships/person-relationship.entity';
import { RelationshipEventHandlers } from './relationships/relationship-events.handler';

export const entities = [PersonEntity, InitialIdentificationEntity, PersonRelationshipEntity, ConsentGrantEntity, LegalBasisOverrideEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime<IdentificationConfig>): DynamicModule {
    // runService parsed the environment with identificationConfigSchema.
    const config = runtime.config;
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ runtime, entities, migrations }),
        subgraphModule({ runtime }),
        AuditModule.forRoot({
          schema: runtime.schema,
          service: runtime.name,
          peers: auditChainPeers(config),
          peerTimeoutMs: config.PEER_TIMEOUT_MS,
          // A denied attempt names the person only when the person exists.
          knownPersonsQuery: `SELECT 1 FROM "${runtime.schema}".person WHERE id = $1`,
          unknownPersonDenials: unknownPersonDenialsPerMinute(config.AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE),
        }),
        DirectoryModule,
      ],
      controllers: [AccessFactsController, SubjectAccessPartsController],
      providers: [
        { provide: EVENT_HANDLER_SET, useClass: RelationshipEventHandlers },
        IdentificationService, PersonAccessService, IdentificationResolver, PersonResolver, IndicatorResolver, ConsentService, granteeAgenciesProvider, ConsentResolver, AuditResolver,
        LegalHoldService, LegalHoldReasonResolver, SubjectAccessRequestService, PersonExportPartsClient, PersonExportService, PersonErasureService, PersonRightsResolver, PersonErasureFieldResolver],
    };
  }
}
