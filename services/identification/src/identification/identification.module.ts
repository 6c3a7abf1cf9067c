import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { DirectoryModule } from '../directory/directory.module';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { PersonModule } from '../person/person.module';
import { IdentificationRepository } from './identification.repository';
import { IdentificationResolver } from './identification.resolver';
import { IdentificationService } from './identification.service';

/** Initial identification: the first responder's submission, screened against the indicators, and its reads. */
@Module({
  imports: [PersonModule, DirectoryModule, AccessModule, DuplicatesModule],
  providers: [IdentificationRepository, IdentificationService, IdentificationResolver],
  exports: [IdentificationService],
})
export class IdentificationModule {}
