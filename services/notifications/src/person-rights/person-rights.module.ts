import { Module } from '@nestjs/common';
import { PERSON_EXPORT_SOURCE, PersonExportController, PersonExportReleaseClient } from '@nrm/service-kit';
import { NotificationModule } from '../notification/notification.module';
import { PersonExportService } from './person-export.service';

/** The person's rights served by this service: its part of a subject access export. */
@Module({
  imports: [NotificationModule],
  controllers: [PersonExportController],
  providers: [PersonExportService, PersonExportReleaseClient, { provide: PERSON_EXPORT_SOURCE, useExisting: PersonExportService }],
})
export class PersonRightsModule {}
