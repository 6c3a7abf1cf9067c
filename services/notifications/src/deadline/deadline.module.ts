import { Module } from '@nestjs/common';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';
import { DeadlineMetrics } from './deadline-metrics';
import { EmailWakeupModule } from '../email-wakeup/email-wakeup.module';
import { DeadlinePlanner } from './deadline-planner';
import { DeadlineRepository } from './deadline.repository';
import { DeadlineResolver } from './deadline.resolver';
import { DeadlineService } from './deadline.service';
import { DeadlineSweepScheduler } from './deadline-sweep.scheduler';
import { OverdueCountsController } from './overdue-counts.controller';

/** The statutory clocks: opened and closed by events (through the notification handlers), swept, listed. */
@Module({
  imports: [EmailWakeupModule],
  controllers: [OverdueCountsController],
  providers: [
    {
      provide: DeadlinePlanner,
      useFactory: (runtime: ServiceRuntime<NotificationsConfig>) => new DeadlinePlanner(runtime.config),
      inject: [SERVICE_RUNTIME],
    },
    DeadlineRepository,
    DeadlineService,
    DeadlineResolver,
    DeadlineSweepScheduler,
    DeadlineMetrics,
  ],
  exports: [DeadlinePlanner, DeadlineService, DeadlineSweepScheduler],
})
export class DeadlineModule {}
