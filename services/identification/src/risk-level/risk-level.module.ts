import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { RiskLevelService } from './risk-level.service';
import { SecurityAssessmentController } from './security-assessment.controller';

/** The person's risk level from the shelters' security assessments (docs/domain.md §2 step 4, "Risk level"). */
@Module({
  imports: [PersonModule],
  controllers: [SecurityAssessmentController],
  providers: [RiskLevelService],
  exports: [RiskLevelService],
})
export class RiskLevelModule {}
