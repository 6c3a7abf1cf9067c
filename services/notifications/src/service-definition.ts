import type { ServiceDefinition } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { notificationsConfigSchema } from './config';
import { migrations } from './migrations';

/** What `main.ts` runs and the integration tests boot in-process: the same module, schema, config and migrations. */
export const notificationsDefinition: ServiceDefinition<typeof notificationsConfigSchema> = {
  name: 'notifications',
  schema: 'notifications',
  configSchema: notificationsConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
};
