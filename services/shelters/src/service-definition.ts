import type { ServiceDefinition } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { sheltersConfigSchema } from './config';
import { migrations } from './migrations';

/** What `main.ts` runs and the integration tests boot in-process: the same module, schema, config and migrations. */
export const sheltersDefinition: ServiceDefinition<typeof sheltersConfigSchema> = {
  name: 'shelters',
  schema: 'shelters',
  configSchema: sheltersConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
};
