import { Module } from '@nestjs/common';
import { CaseRepository } from './case.repository';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';
import { PlacementsClient } from './placements.client';

/** A person's cases at shelters: opened on an accepted referral, read by the shelter's own staff. */
@Module({
  providers: [CaseRepository, CaseService, CaseResolver, PlacementsClient],
  exports: [CaseService],
})
export class CaseModule {}
