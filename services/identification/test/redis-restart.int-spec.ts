import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { eventQueueName } from '@nrm/events';
import { freePorts, startSubgraph, type SubgraphUnderTest, waitFor } from '@nrm/testing';
import { AppModule, entities } from '../src/app.module';
import { identificationConfigSchema } from '../src/config';
import { migrations } from '../src/migrations';

// A Redis that restarts without its data (no persistence, a crash, a failover to an empty replica) loses every job
// not yet consumed. The relay notices the new Redis (its run_id changes) and publishes recent events again; the
// consumers' inbox makes the copies of already handled events harmless. This runs a Redis of its own, on a free
// port, so it can be killed.

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id } }`;

function adultInput() {
  return {
    clientRequestId: `req-${randomUUID()}`,
    person: { givenName: 'Arta', familyName: 'Test', dateOfBirth: '1998-03-02', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'] },
    venue: 'INLAND',
    region: 'TIRANA',
    indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B01_THREAT_TO_PERSON', 'C01_SEXUAL_EXPLOITATION'],
    exploitationTypes: ['SEXUAL'],
    interview: { consentToInterview: true, language: 'sq' },
    immediateNeeds: ['MEDICAL'],
  };
}

/** A throwaway redis-server that keeps nothing on disk, as the machine's own runs. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await waitFor(
      async () => {
        try {
          if (probe.status !== 'ready') await probe.connect();
          return (await probe.ping()) === 'PONG';
        } catch {
          probe.disconnect();
          return false;
        }
      },
      { timeoutMs: 10_000, description: `redis-server on port ${port}` },
    );
  } finally {
    probe.disconnect();
  }
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('identification relay: Redis restarts empty', () => {
  let redisPort: number;
  let redis: ChildProcess;
  let subgraph: SubgraphUnderTest;
  let police: string;

  beforeAll(async () => {
    [redisPort] = await freePorts(1);
    redis = await startRedis(redisPort!);
    subgraph = await startSubgraph({
      name: 'identification',
      schema: 'identification',
      configSchema: identificationConfigSchema,
      appModule: (r) => AppModule.register(r),
      entities,
      migrations,
      env: { REDIS_URL: `redis://127.0.0.1:${redisPort}` },
    });
    police = await subgraph.tokenFor('police.tirana');
    await subgraph.messaging.startWorkers();
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
    if (redis) await stopRedis(redis);
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
    const connection = new Redis({ port: redisPort, host: '127.0.0.1', maxRetriesPerRequest: null });
    const queue = new Queue(eventQueueName('notifications'), { connection });
    try {
      const jobs = await queue.getJobs(['waiting', 'active', 'completed', 'delayed', 'failed']);
      return jobs.filter((job) => job.id === eventId).length;
    } finally {
      await queue.close();
      await connection.quit();
    }
  }

  async function runId(): Promise<string | undefined> {
    const connection = new Redis({ port: redisPort, host: '127.0.0.1', maxRetriesPerRequest: null });
    try {
      return /run_id:(\w+)/.exec(await connection.info('server'))?.[1];
    } finally {
      await connection.quit();
    }
  }

  it('publishes the events it had published again, once each, and keeps publishing new ones', async () => {
    const before = await submit();
    await subgraph.messaging.relay!.flush();
    expect(await jobsWithId(before)).toBe(1);

    // The same port, a new server with nothing in it (another run_id): the waiting job went with the old one.
    const runIdBefore = await runId();
    await stopRedis(redis);
    redis = await startRedis(redisPort);
    expect(await runId()).not.toBe(runIdBefore);

    // The relay's connection comes back to a Redis with another run_id and publishes the recent events again.
    await waitFor(async () => (await jobsWithId(before)) === 1, { timeoutMs: 20_000, description: 'the event published before the restart, on the new Redis' });

    const after = await submit();
    await waitFor(async () => (await jobsWithId(after)) === 1, { timeoutMs: 10_000, description: 'an event submitted after the restart' });
    await subgraph.messaging.relay!.flush();
    expect(await jobsWithId(before)).toBe(1);
    expect(await jobsWithId(after)).toBe(1);
    const [{ unpublished }] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS unpublished FROM identification.outbox_event WHERE published_at IS NULL AND id = ANY($1::uuid[])`,
      [[before, after]],
    );
    expect(unpublished).toBe(0);
  }, 60_000);
});
