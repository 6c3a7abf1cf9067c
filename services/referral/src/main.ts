import { runService } from '@nrm/service-kit';
import { entities } from './app.module';
import { migrations } from './migrations';
import { runSeedCommand } from './seed/seed.command';
import { referralDefinition } from './service-definition';

if (process.argv[2] === 'seed') {
  void runSeedCommand({ schema: referralDefinition.schema, entities, migrations });
} else {
  void runService(referralDefinition);
}
