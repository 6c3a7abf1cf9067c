import { Module } from '@nestjs/common';
import { PERSON_EXPORT_SOURCE, PersonExportController, PersonExportReleaseClient, PersonExportTransactions } from '@nrm/service-kit';
import { ForeignNationalsModule } from '../foreign-nationals/foreign-nationals.module';
import { FormalIdentificationModule } from '../formal-identification/formal-identification.module';
import { PersonExportService } from './person-export.service';

/** The person's rights served by this service: its part of a subject access export. */
@Module({
  imports: [FormalIdentificationModule, ForeignNationalsModule],
  controllers: [PersonExportController],
  providers: [PersonExportTransactions, PersonExportService, PersonExportReleaseClient, { provide: PERSON_EXPORT_SOURCE, useExisting: PersonExportService }],
})
export class PersonRightsModule {}
