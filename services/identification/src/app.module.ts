import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@nrm/audit';
import { EventHistoryModule, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import { AccessModule } from './access/access.module';
import { AgeVerificationModule } from './age-verification/age-verification.module';
import { AuditTrailModule } from './audit/audit-trail.module';
import { ConsentGrantEntity } from './consent/consent-grant.entity';
import { ConsentModule } from './consent/consent.module';
import { LegalBasisOverrideEntity } from './consent/legal-basis-override.entity';
import { auditChainPeers, type IdentificationConfig } from './config';
import { DirectoryModule } from './directory/directory.module';
import { DraftModule } from './draft/draft.module';
import { FormalIdentificationGroupModule } from './formal-identification-group/formal-identification-group.module';
import { DuplicateCandidateEntity } from './duplicates/duplicate-candidate.entity';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { IdentificationModule } from './identification/identification.module';
import { InitialIdentificationEntity } from './identification/initial-identification.entity';
import { IndicatorsModule } from './indicators/indicators.module';
import { migrations } from './migrations';
import { OperationsModule } from './operations/operations.module';
import { PersonEntity } from './person/person.entity';
import { PersonModule } from './person/person.module';
import { knownPersonsQuery } from './person/person.repository';
import { PersonProfileModule } from './person-profile/person-profile.module';
import { PersonRightsModule } from './person-rights/person-rights.module';
import { RegionsModule } from './regions/regions.module';
import { PersonRelationshipEntity } from './relationships/person-relationship.entity';
import { RelationshipsModule } from './relationships/relationships.module';
import { RiskLevelModule } from './risk-level/risk-level.module';
import { IdentificationEventsModule } from './events/identification-events.module';

export const entities = [PersonEntity, InitialIdentificationEntity, PersonRelationshipEntity, ConsentGrantEntity, LegalBasisOverrideEntity, DuplicateCandidateEntity];

/**
 * The identification service: its feature modules, lowest first (each imports only features above it in this list):
 * directory, indicators, regions, person, relationships, risk-level, events, access, duplicates, identification, age-verification,
 * draft, formal-identification-group, consent, person-profile, person-rights, audit, operations.
 */
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
        AuditModule.forService(runtime, {
          peers: auditChainPeers(config),
          peerTimeoutMs: config.PEER_TIMEOUT_MS,
          // A denied attempt names the person only when the person exists.
          knownPersonsQuery: knownPersonsQuery(runtime.schema),
        }),
        DirectoryModule,
        IndicatorsModule,
        RegionsModule,
        PersonModule,
        RelationshipsModule,
        RiskLevelModule,
        IdentificationEventsModule,
        AccessModule,
        DuplicatesModule,
        IdentificationModule,
        AgeVerificationModule,
        DraftModule,
        FormalIdentificationGroupModule,
        ConsentModule,
        PersonProfileModule,
        PersonRightsModule,
        // The published events in bulk, for the reporting service's rebuild (docs/events.md).
        EventHistoryModule,
        AuditTrailModule,
        OperationsModule,
      ],
    };
  }
}
