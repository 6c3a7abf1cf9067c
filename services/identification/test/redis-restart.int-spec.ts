import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { eventQueueName } from '@nrm/events';
import { type PrivateRedis, startPrivateRedis, type SubgraphUnderTest, testEventVerifier, waitFor } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

// A Redis that restarts without its data (no persistence, a crash, a failover to an empty replica) loses every job
// not yet consumed. The relay notices the new Redis (its run_id changes) and publishes recent events again; the
// consumers' inbox makes the copies of already handled events harmless. This runs a Redis of its own, on a free
// port, so it can be killed.

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id } }`;

describe('identification relay: Redis restarts empty', () => {
  let redis: PrivateRedis;
  let subgraph: SubgraphUnderTest;
  let police: string;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    subgraph = await startIdentification({ REDIS_URL: redis.url });
    police = await subgraph.tokenFor('police.tirana');
    await subgraph.messaging.startWorkers();
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
    await redis?.stop();
  });

  async function submit(): Promise<string> {
    const result = await subgraph.graphql<{ submitInitialIdentification: { id: string } }>(SUBMIT, { input: adultInput() }, police);
    expect(result.errors).toBeUndefined();
    const [event] = await subgraph.dataSource.query(`SELECT id FROM identification.outbox_event WHERE aggregate_id = $1`, [
      result.data!.submitInitialIdentification.id,
    ]);
    return event.id as string;
  }

  /** The jobs of the notifications queue on the current Redis with this id (0 or 1: the id is the outbox id). */
  async function jobsWithId(eventId: string): Promise<number> {
    return (await jobData(eventId)).length;
  }

  async function jobData(eventId: string): Promise<unknown[]> {
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue(eventQueueName('notifications'), { connection });
    try {
      const jobs = await queue.getJobs(['waiting', 'active', 'completed', 'delayed', 'failed']);
      return jobs.filter((job) => job.id === eventId).map((job) => job.data as unknown);
    } finally {
      await queue.close();
      await connection.quit();
    }
  }

  it('publishes the events it had published again, once each, and keeps publishing new ones', async () => {
    const before = await submit();
    await subgraph.messaging.relay!.flush();
    expect(await jobsWithId(before)).toBe(1);

    // The same port, a new server with nothing in it (another run_id): the waiting job went with the old one.
    const runIdBefore = await redis.runId();
    await redis.restartEmpty();
    expect(await redis.runId()).not.toBe(runIdBefore);

    // The relay's connection comes back to a Redis with another run_id and publishes the recent events again.
    await waitFor(async () => (await jobsWithId(before)) === 1, { timeoutMs: 20_000, description: 'the event published before the restart, on the new Redis' });

    const after = await submit();
    await waitFor(async () => (await jobsWithId(after)) === 1, { timeoutMs: 10_000, description: 'an event submitted after the restart' });
    await subgraph.messaging.relay!.flush();
    expect(await jobsWithId(before)).toBe(1);
    expect(await jobsWithId(after)).toBe(1);
    // Published again, the event is signed again: its consumers accept it.
    const [republished] = await jobData(before);
    expect(testEventVerifier().verify(republished).accepted).toBe(true);
    const [{ unpublished }] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS unpublished FROM identification.outbox_event WHERE published_at IS NULL AND id = ANY($1::uuid[])`,
      [[before, after]],
    );
    expect(unpublished).toBe(0);
  }, 60_000);
});
