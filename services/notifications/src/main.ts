import { runService } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { notificationsConfigSchema } from './config';
import { migrations } from './migrations';

void runService({
  name: 'notifications',
  schema: 'notifications',
  configSchema: notificationsConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
});
