import { Module } from '@nestjs/common';
import { EVENT_HANDLER_SET, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';
import { DeadlineModule } from '../deadline/deadline.module';
import { EmailWakeupModule } from '../email-wakeup/email-wakeup.module';
import { NotificationEventHandlers } from './notification-events.handler';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationRouting } from './notification-routing';
import { NotificationService } from './notification.service';
import { NotificationSignal } from './notification-signal';
import { NotificationSignalRepository } from './notification-signal.repository';
import { ReaderTeamFunctionClient } from './reader-team-function.client';

/** The notifications feature: what the events create and what `myNotifications` reads. */
@Module({
  imports: [DeadlineModule, EmailWakeupModule],
  providers: [
    { provide: EVENT_HANDLER_SET, useClass: NotificationEventHandlers },
    {
      provide: NotificationRouting,
      useFactory: (runtime: ServiceRuntime<NotificationsConfig>) => new NotificationRouting(runtime.config),
      inject: [SERVICE_RUNTIME],
    },
    NotificationRepository,
    NotificationService,
    NotificationResolver,
    ReaderTeamFunctionClient,
    NotificationSignal,
    NotificationSignalRepository,
  ],
  exports: [NotificationService],
})
export class NotificationModule {}
