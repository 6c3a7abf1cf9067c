import { Module } from '@nestjs/common';
import { PERSON_EXPORT_SOURCE, PersonExportController, PersonExportReleaseClient } from '@nrm/service-kit';
import { DeadlineModule } from '../deadline/deadline.module';
import { NotificationModule } from '../notification/notification.module';
import { PersonExportService } from './person-export.service';

/** The person's rights served by this service: its part of a subject access export. */
@Module({
  imports: [NotificationModule, DeadlineModule],
  controllers: [PersonExportController],
  providers: [PersonExportService, PersonExportReleaseClient, { provide: PERSON_EXPORT_SOURCE, useExisting: PersonExportService }],
})
export class PersonRightsModule {}
