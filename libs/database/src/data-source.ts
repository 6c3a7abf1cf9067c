import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from 'typeorm';
import type { PostgresDataSourceOptions as PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';

interface ServiceDatabaseOptions {
  url: string;
  /** The one PostgreSQL schema this service owns and writes. */
  schema: string;
  poolSize: number;
  applicationName: string;
  // TypeORM's own signature for entity lists.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /**
   * The restricted role every pooled session switches to at connect time (`-c role=…`), so the service runs without
   * the login user's privileges (e.g. it cannot UPDATE or DELETE audit entries). Leave unset for the migration
   * connection, which must keep the owner's.
   */
  appRole?: string;
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Startup parameters of every pooled session: UTC, and the restricted role when one is configured. */
export function sessionStartupOptions(appRole: string | undefined): string {
  if (appRole === undefined) return '-c timezone=UTC';
  // The value goes into a libpq options string: accept only a plain identifier.
  if (!ROLE_NAME.test(appRole)) throw new Error('appRole must be a plain lower-case SQL identifier');
  return `-c timezone=UTC -c role=${appRole}`;
}

/** Conventions shared by every service: own schema, migrations only (never synchronize), UTC, pgcrypto uuids. */
export function serviceDataSourceOptions(options: ServiceDatabaseOptions): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    applicationName: options.applicationName,
    poolSize: options.poolSize,
    // Waiting for a pool connection is bounded: exhaustion fails a request instead of hanging the service.
    extra: { options: sessionStartupOptions(options.appRole), max: options.poolSize, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 },
    // TypeORM would print a failed query's parameters (names, dates of birth): errors surface to callers instead.
    logging: false,
  };
}

/** Creates the service's schema (and pgcrypto) if missing, then applies pending migrations. */
export async function migrate(options: DataSourceOptions & { schema?: string }): Promise<string[]> {
  const schema = options.schema;
  if (!schema || !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error('a service must name its own schema');
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    // Several services may migrate at once on a fresh database: serialise schema creation.
    await dataSource.query(`SELECT pg_advisory_lock(hashtext('nrm-migrate'))`);
    try {
      await dataSource.query('CREATE EXTENSION IF NOT EXISTS pgcrypto');
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.query(`SELECT pg_advisory_unlock(hashtext('nrm-migrate'))`);
    }
  } finally {
    await dataSource.destroy();
  }
}

/** Maps a PostgreSQL unique violation, so callers can treat a concurrent duplicate as "already exists". */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const candidate = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = candidate.code ?? candidate.driverError?.code;
  const name = candidate.constraint ?? candidate.driverError?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}
