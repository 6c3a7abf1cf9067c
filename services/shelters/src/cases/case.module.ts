import { Module } from '@nestjs/common';
import { CaseRepository } from './case.repository';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';

/** A person's cases at shelters: opened on an accepted referral, read by the shelter's own staff. */
@Module({
  providers: [CaseRepository, CaseService, CaseResolver],
  exports: [CaseService],
})
export class CaseModule {}
