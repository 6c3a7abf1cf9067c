import type { ServiceDefinition } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { referralConfigSchema } from './config';
import { migrations } from './migrations';

/** What `main.ts` runs and the integration tests boot in-process: the same module, schema, config and migrations. */
export const referralDefinition: ServiceDefinition<typeof referralConfigSchema> = {
  name: 'referral',
  schema: 'referral',
  configSchema: referralConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
};
