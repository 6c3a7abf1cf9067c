import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@nrm/audit';
import { EVENT_HANDLER_SET, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import { AccessFactsController } from './access/access-facts.controller';
import { PersonAccessService } from './access/person-access.service';
import { AuditResolver } from './audit/audit.resolver';
import { ConsentGrantEntity } from './consent/consent-grant.entity';
import { ConsentResolver } from './consent/consent.resolver';
import { ConsentService } from './consent/consent.service';
import { LegalBasisOverrideEntity } from './consent/legal-basis-override.entity';
import { auditChainPeers, type IdentificationConfig } from './config';
import { IdentificationResolver } from './identification/identification.resolver';
import { IdentificationService } from './identification/identification.service';
import { InitialIdentificationEntity } from './identification/initial-identification.entity';
import { IndicatorResolver } from './indicators/indicator.resolver';
import { migrations } from './migrations';
import { PersonEntity } from './person/person.entity';
import { PersonResolver } from './person/person.resolver';
import { LegalHoldService } from './person-rights/legal-hold.service';
import { PersonErasureService } from './person-rights/person-erasure.service';
import { PersonExportService } from './person-rights/person-export.service';
import { PersonExportPartsClient } from './person-rights/person-export-parts.client';
import { PersonErasureFieldResolver, PersonRightsResolver } from './person-rights/person-rights.resolver';
import { PersonRelationshipEntity } from './relationships/person-relationship.entity';
import { RelationshipEventHandlers } from './relationships/relationship-events.handler';

export const entities = [PersonEntity, InitialIdentificationEntity, PersonRelationshipEntity, ConsentGrantEntity, LegalBasisOverrideEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    // runService parsed the environment with identificationConfigSchema.
    const config = runtime.config as IdentificationConfig;
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
          unknownPersonDenials: { perWindow: config.AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE, windowMs: 60_000 },
        }),
      ],
      controllers: [AccessFactsController],
      providers: [
        { provide: EVENT_HANDLER_SET, useClass: RelationshipEventHandlers },
        IdentificationService, PersonAccessService, IdentificationResolver, PersonResolver, IndicatorResolver, ConsentService, ConsentResolver, AuditResolver,
        LegalHoldService, PersonExportPartsClient, PersonExportService, PersonErasureService, PersonRightsResolver, PersonErasureFieldResolver],
    };
  }
}
