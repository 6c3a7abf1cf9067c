import { Module } from '@nestjs/common';
import { CaseModule } from '../cases/case.module';
import { RecordsModule } from '../records/records.module';
import { ReintegrationPlanRepository } from './reintegration-plan.repository';
import { ReintegrationPlanResolver } from './reintegration-plan.resolver';
import { ReintegrationPlanService } from './reintegration-plan.service';

/** The reintegration plan of a case (docs/domain.md §2 step 5): versions, signatures, read through the access policy. */
@Module({
  imports: [CaseModule, RecordsModule],
  providers: [ReintegrationPlanRepository, ReintegrationPlanService, ReintegrationPlanResolver],
  exports: [ReintegrationPlanService],
})
export class ReintegrationModule {}
