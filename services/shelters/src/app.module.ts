import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@nrm/audit';
import { EventHistoryModule, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import { CaseModule } from './cases/case.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { complaintsOfPersonQuery } from './complaints/complaint.repository';
import { casesOfPersonQuery } from './cases/case.repository';
import { CaseManagerChangeEntity } from './cases/case-manager-change.entity';
import { ShelterCaseEntity } from './cases/shelter-case.entity';
import type { SheltersConfig } from './config';
import { ShelterEventsModule } from './events/shelter-events.module';
import { migrations } from './migrations';
import { MonitoringModule } from './monitoring/monitoring.module';
import { monitoringOfPersonQuery } from './monitoring/monitoring.repository';
import { PersonRightsModule } from './person-rights/person-rights.module';
import { NeedsAssessmentEntity } from './records/needs-assessment.entity';
import { assessmentsOfPersonQuery } from './records/needs-assessment.repository';
import { RecordsModule } from './records/records.module';
import { ReintegrationModule } from './reintegration/reintegration.module';
import { plansOfPersonQuery } from './reintegration/reintegration-plan.repository';

export const entities = [ShelterCaseEntity, CaseManagerChangeEntity, NeedsAssessmentEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime<SheltersConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ runtime, entities, migrations }),
        subgraphModule({ runtime }),
        AuditModule.forService(runtime, {
          // The persons this service holds records of: a denied attempt about anyone else is written without a person.
          knownPersonsQuery: [casesOfPersonQuery, assessmentsOfPersonQuery, plansOfPersonQuery, monitoringOfPersonQuery, complaintsOfPersonQuery]
            .map((query) => query(runtime.schema))
            .join(' UNION ALL ')
            .concat(' LIMIT 1'),
        }),
        CaseModule,
        RecordsModule,
        ReintegrationModule,
        MonitoringModule,
        ComplaintsModule,
        PersonRightsModule,
        // The published events in bulk, for the reporting service's rebuild (docs/events.md).
        EventHistoryModule,
        ShelterEventsModule,
      ],
    };
  }
}
