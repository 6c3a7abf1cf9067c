import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { Sex } from '@nrm/domain';
import { type EventEnvelope, eventQueueName } from '@nrm/events';
import { type Stack, startStack, testEventSigner, waitFor } from '@nrm/testing';

// The platform's jobs in the dead-letter state through the gateway with real tokens (docs/architecture.md, "Job
// queues: dead letters and metrics"): identification gathers every service's failed jobs from the service itself;
// platform_admin lists them without their data and retries one exactly once, audited; nobody else sees them.

jest.setTimeout(180_000);

const FAILED_JOBS = `query F($filter: FailedJobsFilter, $after: String) {
  failedJobs(first: 50, after: $after, filter: $filter) { edges { cursor node { id service queue kind name failedReason attemptsMade failedAt } } pageInfo { hasNextPage endCursor } }
}`;
const RETRY = `mutation R($service: String!, $queue: String!, $id: String!) { retryFailedJob(service: $service, queue: $queue, id: $id) }`;

interface FailedJobNode {
  id: string;
  service: string;
  queue: string;
  kind: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  failedAt: string;
}

describe('failed jobs through the gateway', () => {
  let stack: Stack;
  let redis: Redis;
  let events: Queue;
  let database: Client;

  beforeAll(async () => {
    stack = await startStack();
    redis = new Redis(process.env['REDIS_URL']!, { maxRetriesPerRequest: null });
    events = new Queue(eventQueueName('notifications'), { connection: redis });
    database = new Client({ connectionString: process.env['DATABASE_URL'] });
    await database.connect();
  });

  afterAll(async () => {
    await events?.close();
    redis?.disconnect();
    await database?.end();
    await stack?.stop();
  });

  async function failedJobs(username: string, filter?: Record<string, string>): Promise<FailedJobNode[]> {
    const result = await stack.graphql<{ failedJobs: { edges: Array<{ node: FailedJobNode }> } }>(FAILED_JOBS, { filter }, await stack.tokenFor(username));
    expect(result.errors).toBeUndefined();
    return result.data!.failedJobs.edges.map((edge) => edge.node);
  }

  function submitted(identificationId: string): EventEnvelope<'identification.submitted'> {
    return {
      id: randomUUID(),
      type: 'identification.submitted',
      aggregateId: randomUUID(),
      payload: {
        identificationId,
        personId: randomUUID(),
        reference: 'NRM-2099-000001',
        recordingAgencyId: 'police-tirana',
        isChild: false,
        region: 'TIRANA',
        anonymous: false,
        routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
        childProtectionUnit: null,
      },
      occurredAt: new Date().toISOString(),
      correlationId: 'failed-jobs-e2e',
      producer: 'identification',
    };
  }

  /** A well-signed event notifications' handler fails on (its identification id is no uuid), tried once. */
  async function addFailingEvent(): Promise<string> {
    const signed = testEventSigner('identification').sign(submitted('not-a-uuid'));
    await events.add(signed.type, signed, { jobId: signed.id, attempts: 1 });
    return signed.id;
  }

  it('lists a failed event job of notifications for platform_admin, with its error name and no data, and retries it exactly once, audited', async () => {
    const id = await addFailingEvent();
    const listed = await waitFor(
      async () => (await failedJobs('admin', { service: 'notifications' })).find((job) => job.id === id),
      { description: 'the failed job listed', timeoutMs: 30_000 },
    );
    expect(listed).toMatchObject({ service: 'notifications', queue: 'events.notifications', kind: 'events', name: 'identification.submitted', attemptsMade: 1 });
    expect(listed.failedReason).toMatch(/^[A-Za-z]+( [A-Z0-9_]+)?$/);
    expect(JSON.stringify(listed)).not.toContain('not-a-uuid');

    const [{ count: auditedBefore }] = (await database.query(`SELECT count(*)::int AS count FROM identification.audit_entry WHERE reason = 'FAILED_JOB_RETRIED'`)).rows;
    // Two retries at once: one moves the job back to its queue, the other finds no failed job.
    const token = await stack.tokenFor('admin');
    const results = await Promise.all([0, 1].map(() => stack.graphql<{ retryFailedJob: boolean }>(RETRY, { service: 'notifications', queue: 'events.notifications', id }, token)));
    expect(results.filter((result) => result.data?.retryFailedJob === true)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);

    // It ran once more (and failed again, its data being what it is): two attempts, not three.
    const again = await waitFor(
      async () => (await failedJobs('admin', { queue: 'events.notifications' })).find((job) => job.id === id && job.attemptsMade === 2),
      { description: 'the retried job failed again', timeoutMs: 30_000 },
    );
    expect(again.attemptsMade).toBe(2);
    const [{ count: auditedAfter }] = (await database.query(`SELECT count(*)::int AS count FROM identification.audit_entry WHERE reason = 'FAILED_JOB_RETRIED'`)).rows;
    expect(auditedAfter).toBe(auditedBefore + 1);
  });

  it('lists a forged event in the dead-letter queue, and refuses to retry it', async () => {
    // Unsigned, and carrying what no event may: the listing shows its refusal, never its data.
    const forged = submitted(randomUUID());
    Object.assign(forged.payload, { name: 'Jane Doe' });
    await events.add('identification.submitted', forged, { jobId: forged.id });
    const letter = await waitFor(
      async () => (await failedJobs('admin', { queue: 'events.notifications.dead-letter' })).find((job) => job.name === 'unsigned'),
      { description: 'the forged event dead-lettered', timeoutMs: 30_000 },
    );
    expect(letter).toMatchObject({ service: 'notifications', kind: 'dead-letter', failedReason: 'unsigned' });
    expect(JSON.stringify(letter)).not.toContain('Jane');
    const refused = await stack.graphql(RETRY, { service: 'notifications', queue: letter.queue, id: letter.id }, await stack.tokenFor('admin'));
    expect(refused.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('names the field at fault, and shows nothing to anyone but platform_admin', async () => {
    const admin = await stack.tokenFor('admin');
    const wrongQueue = await stack.graphql(FAILED_JOBS, { filter: { service: 'referral', queue: 'events.notifications' } }, admin);
    expect(wrongQueue.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.queue'] });
    const wrongService = await stack.graphql(RETRY, { service: 'gateway', queue: 'events.notifications', id: '1' }, admin);
    expect(wrongService.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['service'] });
    for (const username of ['ra.head', 'auditor', 'coordinator']) {
      const result = await stack.graphql(FAILED_JOBS, {}, await stack.tokenFor(username));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(result.data?.['failedJobs'] ?? null).toBeNull();
    }
  });
});
