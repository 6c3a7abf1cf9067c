import { dropTestDatabase, releaseTestRedisDatabase } from './test-resources';

/** Drops the run's database and empties its Redis database; KEEP_TEST_DATABASE=1 keeps them for a post-mortem. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env['NRM_TEST_RUN_ID'];
  const database = process.env['NRM_TEST_DATABASE'];
  const redisUrl = process.env['REDIS_URL'];
  if (!runId || process.env['KEEP_TEST_DATABASE'] === '1') return;
  // Teardown runs once per project: the first one cleans up, the others find nothing to do.
  delete process.env['NRM_TEST_RUN_ID'];
  delete process.env['NRM_TEST_DATABASE'];
  const results = await Promise.allSettled([
    database ? dropTestDatabase(database) : Promise.resolve(),
    redisUrl ? releaseTestRedisDatabase(redisUrl, runId) : Promise.resolve(),
  ]);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
