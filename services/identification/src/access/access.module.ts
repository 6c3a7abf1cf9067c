import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { RelationshipsModule } from '../relationships/relationships.module';
import { AccessFactsController } from './access-facts.controller';
import { AccessFactsRepository } from './access-facts.repository';
import { CaseTeamClient } from './case-team.client';
import { PersonAccessService } from './person-access.service';
import { PlacementCatchUp } from './placement-catch-up';

/**
 * The one access policy over a person's categories: every feature that serves personal data asks PersonAccessService,
 * and the other services ask the access-facts endpoint.
 */
@Module({
  imports: [PersonModule, RelationshipsModule],
  controllers: [AccessFactsController],
  providers: [AccessFactsRepository, PersonAccessService, PlacementCatchUp, CaseTeamClient],
  exports: [PersonAccessService],
})
export class AccessModule {}
