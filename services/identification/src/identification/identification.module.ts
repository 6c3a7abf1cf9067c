import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { DirectoryModule } from '../directory/directory.module';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { PersonModule } from '../person/person.module';
import { RelationshipsModule } from '../relationships/relationships.module';
import { IdentificationRepository } from './identification.repository';
import { IdentificationResolver } from './identification.resolver';
import { IdentificationService } from './identification.service';
import { InterviewService } from './interview.service';
import { RoutingFactsController } from './routing-facts.controller';

/** Initial identification: the first responder's submission, screened against the indicators, and its reads. */
@Module({
  imports: [PersonModule, DirectoryModule, AccessModule, RelationshipsModule, DuplicatesModule],
  controllers: [RoutingFactsController],
  providers: [IdentificationRepository, IdentificationService, InterviewService, IdentificationResolver],
  exports: [IdentificationService],
})
export class IdentificationModule {}
