import { runService } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { reportingConfigSchema } from './config';
import { migrations } from './migrations';

void runService({
  name: 'reporting',
  schema: 'reporting',
  configSchema: reportingConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
});
