import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { RelationshipEventHandlers } from './relationship-events.handler';
import { RelationshipsRepository } from './relationships.repository';
import { RelationshipsService } from './relationships.service';

/** The agency ↔ person links, from the workflow events this service consumes. */
@Module({
  imports: [PersonModule],
  providers: [RelationshipEventHandlers, RelationshipsRepository, RelationshipsService],
  exports: [RelationshipsService, RelationshipEventHandlers],
})
export class RelationshipsModule {}
