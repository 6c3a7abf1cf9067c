import { Module } from '@nestjs/common';
import { PersonLinkRepository } from './person-link.repository';
import { PersonLinkService } from './person-link.service';

/** Linked person records, projected from identification's `person.linked`. */
@Module({
  providers: [PersonLinkRepository, PersonLinkService],
  exports: [PersonLinkService],
})
export class PersonLinksModule {}
