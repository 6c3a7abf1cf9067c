import { Module } from '@nestjs/common';
import { CaseClosureController } from './case-closure.controller';
import { CaseRepository } from './case.repository';
import { CaseTeamController } from './case-team.controller';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';
import { CaseTrackService } from './case-track.service';
import { DirectoryClient } from './directory.client';
import { PlacementsClient } from './placements.client';

/**
 * A person's cases at shelters: opened on an accepted referral, moved along the case track (docs/domain.md, "The case
 * track") by the case manager and the shelter head, read by the shelter's own staff.
 */
@Module({
  controllers: [CaseClosureController, CaseTeamController],
  providers: [CaseRepository, CaseService, CaseTrackService, CaseResolver, PlacementsClient, DirectoryClient],
  exports: [CaseService, CaseTrackService],
})
export class CaseModule {}
