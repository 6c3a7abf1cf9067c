import { Module } from '@nestjs/common';
import { WorkingDayCalendar } from '@nrm/calendar';
import { EVENT_HANDLER_SET, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { FormalIdentificationConfig } from '../config';
import { IdentificationPeerModule } from '../identification-peer/identification-peer.module';
import { PersonLinksModule } from '../person-links/person-links.module';
import { FormalIdentificationEventHandlers } from './formal-identification-events.handler';
import { FormalIdentificationRepository } from './formal-identification.repository';
import { FormalIdentificationResolver } from './formal-identification.resolver';
import { FormalIdentificationService, WORKING_DAY_CALENDAR } from './formal-identification.service';

/** The formal identifications of a person: request, group, formal interview, conclusion, criminal reports. */
@Module({
  imports: [IdentificationPeerModule, PersonLinksModule],
  providers: [
    { provide: EVENT_HANDLER_SET, useClass: FormalIdentificationEventHandlers },
    {
      provide: WORKING_DAY_CALENDAR,
      useFactory: (runtime: ServiceRuntime<FormalIdentificationConfig>) => new WorkingDayCalendar(runtime.config.HOLIDAYS),
      inject: [SERVICE_RUNTIME],
    },
    FormalIdentificationRepository,
    FormalIdentificationService,
    FormalIdentificationResolver,
  ],
  exports: [FormalIdentificationService, WORKING_DAY_CALENDAR],
})
export class FormalIdentificationModule {}
