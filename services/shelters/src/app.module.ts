import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule, unknownPersonDenialsPerMinute } from '@nrm/audit';
import { EVENT_HANDLER_SET, PERSON_EXPORT_SOURCE, PersonExportController, PersonExportReleaseClient, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import { ShelterEventHandlers } from './cases/case-opening.handler';
import { CaseResolver } from './cases/case.resolver';
import { CaseService } from './cases/case.service';
import { ShelterCaseEntity } from './cases/shelter-case.entity';
import type { SheltersConfig } from './config';
import { migrations } from './migrations';
import { PersonExportService } from './person-rights/person-export.service';
import { IdentificationFactsClient } from './records/identification-facts.client';
import { NeedsAssessmentEntity } from './records/needs-assessment.entity';
import { NeedsAssessmentResolver } from './records/needs-assessment.resolver';
import { PersonRecordsResolver } from './records/person-records.resolver';
import { ShelterRecordAccessService } from './records/shelter-record-access.service';

export const entities = [ShelterCaseEntity, NeedsAssessmentEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime<SheltersConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ runtime, entities, migrations }),
        subgraphModule({ runtime }),
        AuditModule.forRoot({
          schema: runtime.schema,
          service: runtime.name,
          // The persons this service holds records of: a denied attempt about anyone else is written without a person.
          knownPersonsQuery: `SELECT 1 FROM "${runtime.schema}".shelter_case WHERE person_id = $1
                              UNION ALL SELECT 1 FROM "${runtime.schema}".needs_assessment WHERE person_id = $1 LIMIT 1`,
          unknownPersonDenials: unknownPersonDenialsPerMinute(runtime.config.AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE),
        }),
      ],
      controllers: [PersonExportController],
      providers: [
        { provide: EVENT_HANDLER_SET, useClass: ShelterEventHandlers },
        CaseService,
        CaseResolver,
        IdentificationFactsClient,
        ShelterRecordAccessService,
        PersonRecordsResolver,
        NeedsAssessmentResolver,
        PersonExportService,
        PersonExportReleaseClient,
        { provide: PERSON_EXPORT_SOURCE, useExisting: PersonExportService },
      ],
    };
  }
}
