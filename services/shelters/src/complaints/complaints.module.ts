import { Module } from '@nestjs/common';
import { CaseModule } from '../cases/case.module';
import { ComplaintRepository } from './complaint.repository';
import { ComplaintResolver } from './complaint.resolver';
import { ComplaintService } from './complaint.service';

/** Complaints and their outcomes (docs/domain.md §2 step 6), read only by their addressee. */
@Module({
  imports: [CaseModule],
  providers: [ComplaintRepository, ComplaintService, ComplaintResolver],
  exports: [ComplaintService],
})
export class ComplaintsModule {}
