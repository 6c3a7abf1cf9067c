import { Module } from '@nestjs/common';
import { EVENT_HANDLER_SET } from '@nrm/service-kit';
import { RelationshipsModule } from '../relationships/relationships.module';
import { RiskLevelModule } from '../risk-level/risk-level.module';
import { IdentificationEventHandlers } from './identification-events.handler';

/** The service's one set of event handlers (the inbox's), gathered from the features the events concern. */
@Module({
  imports: [RelationshipsModule, RiskLevelModule],
  providers: [{ provide: EVENT_HANDLER_SET, useClass: IdentificationEventHandlers }],
})
export class IdentificationEventsModule {}
