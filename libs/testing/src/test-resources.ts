import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';

// Used by Jest's globalSetup/globalTeardown, which Jest loads without the @nrm/* path mapping: only node_modules
// and relative imports here.

const DATABASE_PREFIX = 'nrm_test_';
/** A crashed run's database is dropped by a later run once it is this old. */
const STALE_DATABASE_MS = 6 * 60 * 60 * 1000;
const REDIS_LOCK_KEY = 'nrm-test:lock';
/** Marks a Redis database as a test database for good, so a crashed run's leftovers can be reclaimed later. */
const REDIS_OWNED_KEY = 'nrm-test:owned';
const REDIS_LOCK_SECONDS = 6 * 60 * 60;
/** Database 0 is the development stack's; tests take one of the others. */
const REDIS_TEST_DATABASES = Array.from({ length: 15 }, (_, index) => index + 1);

export function adminDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['TEST_DATABASE_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function baseRedisUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminClient(adminUrl: string): Promise<Client> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new Error(
      `Tests need PostgreSQL at ${redactUrl(adminUrl)} (set TEST_DATABASE_ADMIN_URL): ${(error as Error).message}. ` +
        'Start it, e.g. `pg_ctlcluster --skip-systemctl-redirect 15 main start`, or run `.ci/run`.',
    );
  }
  return client;
}

/** nrm_test_<base36 creation time>_<random>: the time lets a later run find and drop abandoned databases. */
function newDatabaseName(): string {
  return `${DATABASE_PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

function createdAt(name: string): number | undefined {
  const match = /^nrm_test_([0-9a-z]+)_[0-9a-f]+$/.exec(name);
  return match ? parseInt(match[1], 36) : undefined;
}

async function dropDatabase(client: Client, name: string): Promise<void> {
  if (!name.startsWith(DATABASE_PREFIX) || !/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Creates a throwaway database and returns its URL; drops abandoned test databases of crashed runs on the way. */
export async function createTestDatabase(adminUrl: string = adminDatabaseUrl()): Promise<{ name: string; url: string }> {
  const client = await adminClient(adminUrl);
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${DATABASE_PREFIX}%`]);
    for (const { datname } of rows) {
      const at = createdAt(datname);
      if (at !== undefined && Date.now() - at > STALE_DATABASE_MS) await dropDatabase(client, datname).catch(() => undefined);
    }
    const name = newDatabaseName();
    await client.query(`CREATE DATABASE "${name}"`);
    return { name, url: withDatabase(adminUrl, name) };
  } finally {
    await client.end();
  }
}

export async function dropTestDatabase(name: string, adminUrl: string = adminDatabaseUrl()): Promise<void> {
  const client = await adminClient(adminUrl);
  try {
    await dropDatabase(client, name);
  } finally {
    await client.end();
  }
}

function redisAt(url: string): Redis {
  return new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5_000 });
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = randomBytes(1)[0] % (index + 1);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/**
 * Claims a Redis database (1–15) for this run and empties it: never database 0 (the dev stack's), never one holding
 * keys that are not a test run's, never one another live run holds.
 */
export async function claimTestRedisDatabase(runId: string, baseUrl: string = baseRedisUrl()): Promise<{ db: number; url: string }> {
  for (const db of shuffled(REDIS_TEST_DATABASES)) {
    const url = withDatabase(baseUrl, String(db));
    const redis = redisAt(url);
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      throw new Error(`Tests need Redis at ${redactUrl(baseUrl)} (set TEST_REDIS_URL): ${(error as Error).message}. Start it or run \`.ci/run\`.`);
    }
    try {
      const [size, owned] = await Promise.all([redis.dbsize(), redis.get(REDIS_OWNED_KEY)]);
      if (size > 0 && owned === null) continue;
      const claimed = await redis.set(REDIS_LOCK_KEY, runId, 'EX', REDIS_LOCK_SECONDS, 'NX');
      if (claimed !== 'OK') continue;
      await redis.multi().flushdb().set(REDIS_LOCK_KEY, runId, 'EX', REDIS_LOCK_SECONDS).set(REDIS_OWNED_KEY, '1').exec();
      return { db, url };
    } finally {
      redis.disconnect();
    }
  }
  throw new Error('No free Redis database among 1–15 for this test run (each concurrent run takes one).');
}

/** Empties the run's Redis database, which also releases it for the next run. */
export async function releaseTestRedisDatabase(url: string, runId: string): Promise<void> {
  const redis = redisAt(url);
  try {
    await redis.connect();
    if ((await redis.get(REDIS_LOCK_KEY)) === runId) await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}

export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return value;
  }
}
