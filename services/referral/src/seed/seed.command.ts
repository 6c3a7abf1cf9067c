import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { ConfigurationError, loadConfig } from '@nrm/config';
import { migrate, serviceDataSourceOptions } from '@nrm/database';
import { createLogger } from '@nrm/logging';
import { referralConfigSchema } from '../config';
import { seedServiceProviders } from './seed-service-providers';

interface SeedCommandOptions {
  schema: string;
  // TypeORM's own signature for entity and migration lists.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** `main.js seed`: applies migrations, then inserts the demo providers that are missing. Development and test only. */
export async function runSeedCommand(options: SeedCommandOptions): Promise<void> {
  const logger = createLogger('referral');
  // Demo providers must never reach a deployment, whatever else the environment says.
  if (process.env['NODE_ENV'] === 'production') {
    logger.fatal('refusing to seed demo service providers with NODE_ENV=production');
    process.exitCode = 1;
    return;
  }
  try {
    const config = loadConfig(referralConfigSchema);
    const dataSourceOptions = serviceDataSourceOptions({
      url: config.DATABASE_URL,
      schema: options.schema,
      poolSize: 1,
      applicationName: 'nrm-referral-seed',
      entities: options.entities,
      migrations: options.migrations,
    });
    await migrate(dataSourceOptions);
    const dataSource = new DataSource(dataSourceOptions);
    await dataSource.initialize();
    try {
      const inserted = await seedServiceProviders(dataSource);
      logger.info({ inserted }, 'demo service providers seeded');
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    if (error instanceof ConfigurationError) logger.fatal({ issues: error.issues }, 'refusing to seed: invalid configuration');
    else logger.fatal({ err: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown' }, 'seeding failed');
    process.exitCode = 1;
  }
}
