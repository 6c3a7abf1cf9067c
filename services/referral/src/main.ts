import { runService } from '@nrm/service-kit';
import { AppModule, entities } from './app.module';
import { referralConfigSchema } from './config';
import { migrations } from './migrations';
import { runSeedCommand } from './seed/seed.command';

const SCHEMA = 'referral';

if (process.argv[2] === 'seed') {
  void runSeedCommand({ schema: SCHEMA, entities, migrations });
} else {
  void runService({
    name: 'referral',
    schema: SCHEMA,
    configSchema: referralConfigSchema,
    appModule: (runtime) => AppModule.register(runtime),
    entities,
    migrations,
  });
}
