import { runService } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { formalIdentificationConfigSchema } from './config';
import { migrations } from './migrations';

void runService({
  name: 'formal-identification',
  schema: 'formal_identification',
  configSchema: formalIdentificationConfigSchema,
  appModule: (runtime) => AppModule.register(runtime),
  entities,
  migrations,
});
