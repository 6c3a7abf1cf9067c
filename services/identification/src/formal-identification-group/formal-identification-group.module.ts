import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { IdentificationModule } from '../identification/identification.module';
import { PersonModule } from '../person/person.module';
import { RelationshipsModule } from '../relationships/relationships.module';
import { FormalIdentificationGroupController } from './formal-identification-group.controller';
import { FormalIdentificationGroupRepository } from './formal-identification-group.repository';
import { FormalIdentificationGroupService } from './formal-identification-group.service';

/** Identification's side of formal identification: person facts, member lookup, group links and status (internal REST). */
@Module({
  imports: [PersonModule, IdentificationModule, DirectoryModule, DuplicatesModule, RelationshipsModule],
  controllers: [FormalIdentificationGroupController],
  providers: [FormalIdentificationGroupRepository, FormalIdentificationGroupService],
})
export class FormalIdentificationGroupModule {}
