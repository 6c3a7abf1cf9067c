import { Module } from '@nestjs/common';
import { CaseModule } from '../cases/case.module';
import { RecordsModule } from '../records/records.module';
import { CaseMonitoringResolver } from './case-monitoring.resolver';
import { MonitoringRepository } from './monitoring.repository';
import { MonitoringResolver } from './monitoring.resolver';
import { MonitoringService } from './monitoring.service';

/** Monitoring contacts and the next contact due (docs/domain.md §2 step 7). */
@Module({
  imports: [CaseModule, RecordsModule],
  providers: [MonitoringRepository, MonitoringService, MonitoringResolver, CaseMonitoringResolver],
  exports: [MonitoringService],
})
export class MonitoringModule {}
