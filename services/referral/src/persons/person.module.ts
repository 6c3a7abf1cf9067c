import { Module } from '@nestjs/common';
import { IdentificationFactsClient } from './identification-facts.client';
import { PersonRefRepository } from './person-ref.repository';
import { PersonRefService } from './person-ref.service';

/** What this service knows of a person: the routing facts a referral is checked against. */
@Module({
  providers: [PersonRefRepository, PersonRefService, IdentificationFactsClient],
  exports: [PersonRefService, IdentificationFactsClient],
})
export class PersonModule {}
