import { type DynamicModule, Module } from '@nestjs/common';
import { type Clock, ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import { migrations } from './migrations';
import type { NotificationsConfig } from './config';
import { NotificationEntity, NotificationReadEntity } from './notification/notification.entity';
import { EmailModule } from './email/email.module';
import { NotificationModule } from './notification/notification.module';
import { PersonRightsModule } from './person-rights/person-rights.module';

export const entities = [NotificationEntity, NotificationReadEntity];

@Module({})
export class AppModule {
  /** `clock`: the time the deadlines run on; the system's unless a test sets one. */
  static register(runtime: ServiceRuntime<NotificationsConfig>, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceKitModule.forRoot({ runtime, entities, migrations, clock }), subgraphModule({ runtime }), NotificationModule, EmailModule, PersonRightsModule],
    };
  }
}
