import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { DirectoryModule } from '../directory/directory.module';
import { IdentificationModule } from '../identification/identification.module';
import { PersonModule } from '../person/person.module';
import { RelationshipsModule } from '../relationships/relationships.module';
import { AgeVerificationRepository } from './age-verification.repository';
import { AgeVerificationResolver } from './age-verification.resolver';
import { AgeVerificationService } from './age-verification.service';

/** The Responsible Authority's verification of a person's age, ending the presumption of childhood. */
@Module({
  imports: [PersonModule, IdentificationModule, DirectoryModule, RelationshipsModule, AccessModule],
  providers: [AgeVerificationRepository, AgeVerificationService, AgeVerificationResolver],
})
export class AgeVerificationModule {}
