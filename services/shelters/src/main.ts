import { runService } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { sheltersConfigSchema } from './config';
import { migrations } from './migrations';

void runService({
  name: 'shelters',
  schema: 'shelters',
  configSchema: sheltersConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
});
