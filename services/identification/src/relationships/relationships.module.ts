import { Module } from '@nestjs/common';
import { RelationshipEventHandlers } from './relationship-events.handler';
import { RelationshipsRepository } from './relationships.repository';
import { RelationshipsService } from './relationships.service';

/** The agency ↔ person links, from the workflow events this service consumes. */
@Module({
  providers: [RelationshipEventHandlers, RelationshipsRepository, RelationshipsService],
  exports: [RelationshipsService, RelationshipEventHandlers],
})
export class RelationshipsModule {}
