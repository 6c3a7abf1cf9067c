import { runService } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { identificationConfigSchema } from './config';
import { migrations } from './migrations';

void runService({
  name: 'identification',
  schema: 'identification',
  configSchema: identificationConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
});
