import { Module } from '@nestjs/common';
import { EVENT_HANDLER_SET } from '@nrm/service-kit';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { RelationshipsModule } from '../relationships/relationships.module';
import { IdentificationEventHandlers } from './identification-events.handler';

/** The events this service consumes, handed to the features that act on them. */
@Module({
  imports: [RelationshipsModule, DuplicatesModule],
  providers: [{ provide: EVENT_HANDLER_SET, useClass: IdentificationEventHandlers }],
})
export class IdentificationEventsModule {}
