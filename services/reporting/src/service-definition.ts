import type { ServiceDefinition } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { reportingConfigSchema } from './config';
import { migrations } from './migrations';

/** What `main.ts` runs and the integration tests boot in-process: the same module, schema, config and migrations. */
export const reportingDefinition: ServiceDefinition<typeof reportingConfigSchema> = {
  name: 'reporting',
  schema: 'reporting',
  configSchema: reportingConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
};
