import { randomBytes } from 'node:crypto';
import { runEventKeys } from './run-event-keys';
import { claimTestRedisDatabase, createTestDatabase } from './test-resources';

/**
 * Jest globalSetup for the integration and e2e projects: a throwaway PostgreSQL database and a Redis database of
 * their own, so tests never touch the development stack. Workers start after this and inherit process.env.
 */
export default async function globalSetup(): Promise<void> {
  // Several projects in one Jest run share the run's resources (each project calls globalSetup).
  if (process.env['NRM_TEST_RUN_ID']) return;
  const runId = randomBytes(6).toString('hex');
  const database = await createTestDatabase();
  const redis = await claimTestRedisDatabase(runId);
  process.env['NRM_TEST_RUN_ID'] = runId;
  process.env['NRM_TEST_DATABASE'] = database.name;
  process.env['DATABASE_URL'] = database.url;
  process.env['REDIS_URL'] = redis.url;
  process.env['NODE_ENV'] = 'test';
  // One event key pair per service for the run, inherited by every worker and spawned service.
  runEventKeys(process.env);
}
