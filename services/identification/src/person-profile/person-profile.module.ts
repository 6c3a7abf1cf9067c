import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { IdentificationModule } from '../identification/identification.module';
import { PersonModule } from '../person/person.module';
import { PersonResolver } from './person.resolver';

/**
 * The person as the API serves it (`person`, the federated `Person` entity): each category a field of its own, each
 * field behind the access policy.
 */
@Module({
  imports: [PersonModule, AccessModule, IdentificationModule, DuplicatesModule],
  providers: [PersonResolver],
})
export class PersonProfileModule {}
