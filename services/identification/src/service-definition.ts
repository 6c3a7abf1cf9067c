import type { ServiceDefinition } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { identificationConfigSchema } from './config';
import { migrations } from './migrations';

/** What `main.ts` runs and the integration tests boot in-process: the same module, schema, config and migrations. */
export const identificationDefinition: ServiceDefinition<typeof identificationConfigSchema> = {
  name: 'identification',
  schema: 'identification',
  configSchema: identificationConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
};
