import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule, unknownPersonDenialsPerMinute } from '@nrm/audit';
import { ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import { CaseModule } from './cases/case.module';
import { casesOfPersonQuery } from './cases/case.repository';
import { ShelterCaseEntity } from './cases/shelter-case.entity';
import type { SheltersConfig } from './config';
import { ShelterEventsModule } from './events/shelter-events.module';
import { migrations } from './migrations';
import { PersonRightsModule } from './person-rights/person-rights.module';
import { NeedsAssessmentEntity } from './records/needs-assessment.entity';
import { assessmentsOfPersonQuery } from './records/needs-assessment.repository';
import { RecordsModule } from './records/records.module';

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
          knownPersonsQuery: `${casesOfPersonQuery(runtime.schema)} UNION ALL ${assessmentsOfPersonQuery(runtime.schema)} LIMIT 1`,
          unknownPersonDenials: unknownPersonDenialsPerMinute(runtime.config.AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE),
        }),
        CaseModule,
        RecordsModule,
        PersonRightsModule,
        ShelterEventsModule,
      ],
    };
  }
}
