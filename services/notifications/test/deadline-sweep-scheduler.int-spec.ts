import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Sex } from '@nrm/domain';
import { redisAclFile, ServiceName } from '@nrm/events';
import { type PrivateRedis, startPrivateRedis, waitFor } from '@nrm/testing';
import { envelope, type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

// The deadline sweep on its BullMQ job scheduler, in real time with durations of seconds: one schedule however many
// replicas run, and the deadline table as the truth — a worker stopped and Redis restarted empty before the deadline
// falls due lose nothing, because the next worker re-registers the scheduler at boot and the sweep catches up.

jest.setTimeout(90_000);

// 0.002 h = 7.2 s to acknowledge, a reminder half-way (3.6 s), the sweep every second.
const ENV = {
  RA_ACKNOWLEDGE_HOURS: '0.002',
  DEADLINE_REMINDER_FRACTION: '0.5',
  DEADLINE_REMINDER_BEFORE_HOURS: '0',
  DEADLINE_SWEEP_INTERVAL_SECONDS: '1',
  WORKERS_IN_PROCESS: 'true',
  IDENTIFICATION_TIMEOUT_MS: '100',
};
const DUE_MS = 7_200;

let redis: PrivateRedis;
const running: NotificationsUnderTest[] = [];

beforeAll(async () => {
  redis = await startPrivateRedis();
});

afterAll(async () => {
  for (const service of running) await service.close().catch(() => undefined);
  await redis?.stop();
});

async function startWorker(): Promise<NotificationsUnderTest> {
  const service = await startNotifications({ ...ENV, REDIS_URL: redis.url });
  running.push(service);
  return service;
}

async function stopWorker(service: NotificationsUnderTest): Promise<void> {
  await service.close();
  running.splice(running.indexOf(service), 1);
}

function submitted() {
  return envelope('identification.submitted', {
    identificationId: randomUUID(),
    personId: randomUUID(),
    reference: testReference(),
    recordingAgencyId: 'police-tirana',
    isChild: false,
    region: 'TIRANA',
    anonymous: false,
    routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
    childProtectionUnit: null,
  });
}

interface DeadlineState {
  state: string;
  told: string[];
}

async function deadlineOf(service: NotificationsUnderTest, identificationId: string): Promise<DeadlineState> {
  const [row]: Array<{ state: string; told: string[] | null }> = await service.dataSource.query(
    `SELECT d.state, array_agg(n.kind ORDER BY n.created_at) FILTER (WHERE n.id IS NOT NULL) AS told
     FROM notifications.deadline d LEFT JOIN notifications.notification n ON n.deadline_id = d.id
     WHERE d.kind = 'RA_ACKNOWLEDGEMENT' AND d.subject_id = $1 GROUP BY d.state`,
    [identificationId],
  );
  if (!row) throw new Error('no deadline');
  return { state: row.state, told: row.told ?? [] };
}

async function schedulersIn(url: string): Promise<number> {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue('notifications.deadline-sweep', { connection });
  try {
    return (await queue.getJobSchedulers()).length;
  } finally {
    await queue.close();
    await connection.quit();
  }
}

it('reminds and escalates once on one schedule, with two replicas running', async () => {
  const [first] = [await startWorker(), await startWorker()];
  expect(await schedulersIn(redis.url)).toBe(1);
  const event = submitted();
  await first!.consumer.handle(event);
  expect((await deadlineOf(first!, event.payload.identificationId)).state).toBe('OPEN');

  await waitFor(async () => (await deadlineOf(first!, event.payload.identificationId)).state === 'ESCALATED', {
    timeoutMs: DUE_MS + 10_000,
    description: 'the deadline to escalate',
  });
  // A few more sweeps by both replicas change nothing.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect(await deadlineOf(first!, event.payload.identificationId)).toEqual({ state: 'ESCALATED', told: ['DEADLINE_REMINDER', 'DEADLINE_ESCALATED'] });
  for (const service of [...running]) await stopWorker(service);
});

it('escalates after the worker was stopped and Redis restarted empty in between: the next worker re-registers the sweep', async () => {
  const worker = await startWorker();
  const event = submitted();
  await worker.consumer.handle(event);
  await stopWorker(worker);
  await redis.restartEmpty();
  expect(await schedulersIn(redis.url)).toBe(0);
  // Past the due time with nothing running.
  await new Promise((resolve) => setTimeout(resolve, DUE_MS + 500));

  const next = await startWorker();
  expect(await schedulersIn(redis.url)).toBe(1);
  await waitFor(async () => (await deadlineOf(next, event.payload.identificationId)).state === 'ESCALATED', {
    timeoutMs: 10_000,
    description: 'the restarted sweep to catch up',
  });
  // Woken after the due time, it tells the escalation audience; the reminder it slept through is not sent late.
  expect((await deadlineOf(next, event.payload.identificationId)).told).toEqual(['DEADLINE_ESCALATED']);
  await stopWorker(next);
});

it('never fires once the RA acknowledged in time', async () => {
  const worker = await startWorker();
  const event = submitted();
  await worker.consumer.handle(event);
  const acknowledged = await worker.graphql<{ acknowledgeIdentification: { state: string } }>(
    `mutation A($id: ID!) { acknowledgeIdentification(identificationId: $id) { state } }`,
    { id: event.payload.identificationId },
    await worker.tokenFor('ra.officer'),
  );
  expect(acknowledged.data?.acknowledgeIdentification.state).toBe('MET');
  await new Promise((resolve) => setTimeout(resolve, DUE_MS + 2_000));
  expect(await deadlineOf(worker, event.payload.identificationId)).toEqual({ state: 'MET', told: [] });
  await stopWorker(worker);
});

it("runs as the notifications service's own Redis ACL user, as in production", async () => {
  const passwords = Object.fromEntries(Object.values(ServiceName).map((service) => [service, randomBytes(16).toString('hex')])) as Record<ServiceName, string>;
  const admin = { username: 'nrm-test-admin', password: randomBytes(16).toString('hex') };
  const aclFile = join(tmpdir(), `nrm-acl-${randomBytes(6).toString('hex')}.acl`);
  writeFileSync(aclFile, `${redisAclFile((service) => passwords[service])}user ${admin.username} on >${admin.password} ~* &* +@all\n`, { mode: 0o600 });
  const guarded = await startPrivateRedis({ args: ['--aclfile', aclFile], auth: admin });
  try {
    const service = await startNotifications({ ...ENV, REDIS_URL: `redis://notifications:${passwords.notifications}@127.0.0.1:${guarded.port}` });
    running.push(service);
    expect(await schedulersIn(guarded.url)).toBe(1);
    const event = submitted();
    await service.consumer.handle(event);
    await waitFor(async () => (await deadlineOf(service, event.payload.identificationId)).state === 'ESCALATED', {
      timeoutMs: DUE_MS + 10_000,
      description: 'the deadline to escalate',
    });
    await stopWorker(service);
  } finally {
    await guarded.stop();
    rmSync(aclFile, { force: true });
  }
});
