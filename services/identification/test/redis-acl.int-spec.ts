import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { EVENT_JOB_OPTIONS, type EventEnvelope, eventQueueName, redisAclFile, ServiceName } from '@nrm/events';
import { type PrivateRedis, startPrivateRedis, type SubgraphUnderTest, testEventSigner, waitFor } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

// In production each service reaches Redis as an ACL user of its own (redisAclFile, docs/events.md). The users must
// be narrow enough to keep a service out of queues it has no business with, and wide enough for BullMQ: here
// identification publishes, consumes and dead-letters through a Redis loaded with the generated ACL file.

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id person { id reference } } }`;

describe('Redis ACL users, one per service', () => {
  const passwords = Object.fromEntries(Object.values(ServiceName).map((service) => [service, randomBytes(16).toString('hex')])) as Record<ServiceName, string>;
  const admin = { username: 'nrm-test-admin', password: randomBytes(16).toString('hex') };
  const aclFile = join(tmpdir(), `nrm-acl-${randomBytes(6).toString('hex')}.acl`);
  let redis: PrivateRedis;
  let subgraph: SubgraphUnderTest;
  const connections: Redis[] = [];
  const queues: Queue[] = [];

  const urlAs = (service: ServiceName): string => `redis://${service}:${passwords[service]}@127.0.0.1:${redis.port}`;
  function queueAs(service: ServiceName | 'admin', consumer: ServiceName): Queue {
    const connection = new Redis(service === 'admin' ? redis.url : urlAs(service), { maxRetriesPerRequest: null });
    const queue = new Queue(eventQueueName(consumer), { connection });
    connections.push(connection);
    queues.push(queue);
    return queue;
  }

  beforeAll(async () => {
    writeFileSync(aclFile, `${redisAclFile((service) => passwords[service])}user ${admin.username} on >${admin.password} ~* &* +@all\n`, { mode: 0o600 });
    redis = await startPrivateRedis({ args: ['--aclfile', aclFile], auth: admin });
    subgraph = await startIdentification({ REDIS_URL: urlAs('identification') });
    await subgraph.messaging.startWorkers();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(queues.map((queue) => queue.close()));
    await Promise.all(connections.map((connection) => connection.quit().catch(() => undefined)));
    await subgraph?.close();
    await redis?.stop();
    rmSync(aclFile, { force: true });
  });

  it('lets identification publish to its subscribers, consume its queue and dead-letter what it refuses', async () => {
    const submitted = await subgraph.graphql<{ submitInitialIdentification: { id: string; person: { id: string; reference: string } } }>(
      SUBMIT,
      { input: adultInput() },
      await subgraph.tokenFor('police.tirana'),
    );
    expect(submitted.errors).toBeUndefined();
    const { id: identificationId, person } = submitted.data!.submitInitialIdentification;
    const [event] = await subgraph.dataSource.query(`SELECT id FROM identification.outbox_event WHERE aggregate_id = $1`, [identificationId]);
    const notifications = queueAs('admin', 'notifications');
    await waitFor(async () => (await notifications.getJob(event.id)) !== undefined, { timeoutMs: 10_000, description: 'the event on the notifications queue' });

    // referral publishes to identification's queue with its own user; identification handles it with its own.
    const fromReferral = queueAs('referral', 'identification');
    const referralId = randomUUID();
    const created: EventEnvelope<'referral.created'> = {
      id: randomUUID(),
      type: 'referral.created',
      aggregateId: referralId,
      payload: { referralId, personId: person.id, reference: person.reference, providerAgencyId: 'shelter-a', urgent: false },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'referral',
    };
    const unsigned = { ...created, id: randomUUID() };
    await fromReferral.add(created.type, testEventSigner('referral').sign(created), { ...EVENT_JOB_OPTIONS, jobId: created.id });
    await fromReferral.add(unsigned.type, unsigned, { ...EVENT_JOB_OPTIONS, jobId: unsigned.id });
    const watched = queueAs('admin', 'identification');
    const resultOf = (id: string) =>
      waitFor(async () => {
        const job = await watched.getJob(id);
        return job?.finishedOn !== undefined ? (job.returnvalue ?? job.failedReason) : undefined;
      }, { timeoutMs: 10_000, description: `job ${id} to finish` });
    expect(await resultOf(created.id)).toBe('processed');
    expect(await resultOf(unsigned.id)).toBe('dead-lettered');
  });

  it.each([
    [ServiceName.REPORTING, ServiceName.IDENTIFICATION],
    [ServiceName.SHELTERS, ServiceName.FORMAL_IDENTIFICATION],
    [ServiceName.NOTIFICATIONS, ServiceName.IDENTIFICATION],
  ])("refuses %s's user a job on %s's queue", async (service, consumer) => {
    await expect(queueAs(service, consumer).add('case.opened', { id: randomUUID() })).rejects.toThrow(/NOPERM/);
  });

  it('refuses a connection without a password', async () => {
    const anonymous = new Redis(`redis://127.0.0.1:${redis.port}`, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    anonymous.on('error', () => undefined);
    try {
      await anonymous.connect().catch(() => undefined);
      await expect(anonymous.ping()).rejects.toThrow(/NOAUTH|closed|auth/i);
    } finally {
      anonymous.disconnect();
    }
  });
});
