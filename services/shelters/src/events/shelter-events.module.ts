import { Module } from '@nestjs/common';
import { EVENT_HANDLER_SET } from '@nrm/service-kit';
import { CaseModule } from '../cases/case.module';
import { ComplaintsModule } from '../complaints/complaints.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { PersonLinksModule } from '../person-links/person-links.module';
import { RecordsModule } from '../records/records.module';
import { ReintegrationModule } from '../reintegration/reintegration.module';
import { ShelterEventHandlers } from './shelter-events.handler';

/** The events this service consumes, handed to the features that act on them. */
@Module({
  imports: [CaseModule, RecordsModule, PersonLinksModule, ReintegrationModule, MonitoringModule, ComplaintsModule],
  providers: [{ provide: EVENT_HANDLER_SET, useClass: ShelterEventHandlers }],
})
export class ShelterEventsModule {}
