import { type DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule, type ServiceRuntime, subgraphModule } from '@nrm/service-kit';
import { migrations } from './migrations';
import { NotificationEntity, NotificationReadEntity } from './notification/notification.entity';
import { NotificationEventHandlers } from './notification/notification-events.handler';
import { NotificationModule } from './notification/notification.module';

export const entities = [NotificationEntity, NotificationReadEntity];

@Module({})
export class AppModule {
  static register(runtime: ServiceRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({ runtime, entities, migrations, eventHandlers: NotificationEventHandlers }),
        subgraphModule({ runtime }),
        NotificationModule,
      ],
    };
  }
}
