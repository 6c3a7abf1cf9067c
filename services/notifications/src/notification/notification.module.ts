import { Global, Module } from '@nestjs/common';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationRouting } from './notification-routing';
import { NotificationService } from './notification.service';

/**
 * The notifications feature. Global because ServiceKitModule instantiates the event handler set, which needs the
 * routing and the repository from here.
 */
@Global()
@Module({
  providers: [
    {
      provide: NotificationRouting,
      // runService parsed the environment with notificationsConfigSchema.
      useFactory: (runtime: ServiceRuntime) => new NotificationRouting(runtime.config as NotificationsConfig),
      inject: [SERVICE_RUNTIME],
    },
    NotificationRepository,
    NotificationService,
    NotificationResolver,
  ],
  exports: [NotificationRouting, NotificationRepository],
})
export class NotificationModule {}
