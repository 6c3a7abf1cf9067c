import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { PersonModule } from '../person/person.module';
import { DuplicateScreeningScheduler } from './duplicate-screening.scheduler';
import { DuplicatesRepository } from './duplicates.repository';
import { DuplicatesResolver } from './duplicates.resolver';
import { DuplicatesService } from './duplicates.service';

/** Possible duplicates: keyed match tokens, the search, the RA's link or dismissal, and alias resolution. */
@Module({
  imports: [PersonModule, AccessModule],
  providers: [DuplicatesRepository, DuplicatesService, DuplicatesResolver, DuplicateScreeningScheduler],
  exports: [DuplicatesService],
})
export class DuplicatesModule {}
