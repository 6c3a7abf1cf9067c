import { Module } from '@nestjs/common';
import { PERSON_EXPORT_SOURCE, PersonExportController, PersonExportReleaseClient, PersonExportTransactions } from '@nrm/service-kit';
import { CaseModule } from '../cases/case.module';
import { ComplaintsModule } from '../complaints/complaints.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { RecordsModule } from '../records/records.module';
import { ReintegrationModule } from '../reintegration/reintegration.module';
import { PersonExportService } from './person-export.service';

/** The person's rights served by this service: its part of a subject access export. */
@Module({
  imports: [CaseModule, RecordsModule, ReintegrationModule, MonitoringModule, ComplaintsModule],
  controllers: [PersonExportController],
  providers: [PersonExportTransactions, PersonExportService, PersonExportReleaseClient, { provide: PERSON_EXPORT_SOURCE, useExisting: PersonExportService }],
})
export class PersonRightsModule {}
