import type { ServiceDefinition } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { formalIdentificationConfigSchema } from './config';
import { migrations } from './migrations';

/** What `main.ts` runs and the integration tests boot in-process: the same module, schema, config and migrations. */
export const formalIdentificationDefinition: ServiceDefinition<typeof formalIdentificationConfigSchema> = {
  name: 'formal-identification',
  schema: 'formal_identification',
  configSchema: formalIdentificationConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
};
