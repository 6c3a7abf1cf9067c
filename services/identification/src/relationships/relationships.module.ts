import { Module } from '@nestjs/common';
import { EVENT_HANDLER_SET } from '@nrm/service-kit';
import { RelationshipEventHandlers } from './relationship-events.handler';
import { RelationshipsRepository } from './relationships.repository';
import { RelationshipsService } from './relationships.service';

/** The agency ↔ person links, from the workflow events this service consumes. */
@Module({
  providers: [{ provide: EVENT_HANDLER_SET, useClass: RelationshipEventHandlers }, RelationshipsRepository, RelationshipsService],
  exports: [RelationshipsService],
})
export class RelationshipsModule {}
