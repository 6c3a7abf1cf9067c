import { Module } from '@nestjs/common';
import { CaseModule } from '../cases/case.module';
import { AssessmentCatalogResolver } from './assessment-catalog.resolver';
import { IdentificationFactsClient } from './identification-facts.client';
import { NeedsAssessmentRepository } from './needs-assessment.repository';
import { NeedsAssessmentResolver } from './needs-assessment.resolver';
import { NeedsAssessmentService } from './needs-assessment.service';
import { PersonRecordsResolver } from './person-records.resolver';
import { RiskLevelNotifier } from './risk-level.notifier';
import { SecurityAssessmentController } from './security-assessment.controller';
import { ShelterRecordAccessService } from './shelter-record-access.service';

/** The shelter records of a person (needs assessments): written by the case's shelter, read through the access policy. */
@Module({
  imports: [CaseModule],
  providers: [
    NeedsAssessmentRepository,
    NeedsAssessmentService,
    IdentificationFactsClient,
    ShelterRecordAccessService,
    NeedsAssessmentResolver,
    PersonRecordsResolver,
    AssessmentCatalogResolver,
    RiskLevelNotifier,
  ],
  controllers: [SecurityAssessmentController],
  exports: [NeedsAssessmentService, ShelterRecordAccessService, IdentificationFactsClient],
})
export class RecordsModule {}
