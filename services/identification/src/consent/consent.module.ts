import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { DirectoryModule } from '../directory/directory.module';
import { PersonModule } from '../person/person.module';
import { RelationshipsModule } from '../relationships/relationships.module';
import { ConsentRepository } from './consent.repository';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';
import { granteeAgenciesProvider } from './grantee-agencies.provider';

/** The consent ledger: grants, withdrawals and the ra_head's legal-basis overrides, with their reviews. */
@Module({
  imports: [PersonModule, AccessModule, RelationshipsModule, DirectoryModule],
  providers: [ConsentRepository, ConsentService, granteeAgenciesProvider, ConsentResolver],
  exports: [ConsentService],
})
export class ConsentModule {}
