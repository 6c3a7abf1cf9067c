import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Sex } from '@nrm/domain';
import { redisAclFile, ServiceName } from '@nrm/events';
import { type FailedJobsResponse, MetricsServer } from '@nrm/service-kit';
import { type PrivateRedis, startPrivateRedis, waitFor } from '@nrm/testing';
import { envelope, type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

// The notifications worker as production runs it, under its own Redis ACL user: /metrics on its metrics port shows
// its queues and its overdue deadlines by kind, and its internal failed-jobs endpoint lists an event it refused — to
// platform_admin only. Nothing it reads lies outside the keys its user reaches.

jest.setTimeout(90_000);

let guarded: PrivateRedis;
let aclFile: string;
let service: NotificationsUnderTest;
let adminRedis: Redis;

beforeAll(async () => {
  const passwords = Object.fromEntries(Object.values(ServiceName).map((name) => [name, randomBytes(16).toString('hex')])) as Record<ServiceName, string>;
  const admin = { username: 'nrm-test-admin', password: randomBytes(16).toString('hex') };
  aclFile = join(tmpdir(), `nrm-acl-${randomBytes(6).toString('hex')}.acl`);
  writeFileSync(aclFile, `${redisAclFile((name) => passwords[name])}user ${admin.username} on >${admin.password} ~* &* +@all\n`, { mode: 0o600 });
  guarded = await startPrivateRedis({ args: ['--aclfile', aclFile], auth: admin });
  adminRedis = new Redis(guarded.url, { maxRetriesPerRequest: null });
  service = await startNotifications({
    // Due 0.36 s after submission: overdue by the time of the scrape.
    RA_ACKNOWLEDGE_HOURS: '0.0001',
    DEADLINE_REMINDER_FRACTION: '0',
    DEADLINE_REMINDER_BEFORE_HOURS: '0',
    DEADLINE_SWEEP_INTERVAL_SECONDS: '1',
    WORKERS_IN_PROCESS: 'true',
    IDENTIFICATION_TIMEOUT_MS: '100',
    METRICS_PORT: '0',
    REDIS_URL: `redis://notifications:${passwords.notifications}@127.0.0.1:${guarded.port}`,
  });
  await service.messaging.startWorkers();
});

afterAll(async () => {
  await service?.close().catch(() => undefined);
  adminRedis?.disconnect();
  await guarded?.stop();
  rmSync(aclFile, { force: true });
});

async function scrape(): Promise<string> {
  const port = service.app.get(MetricsServer).port;
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

it('serves the overdue deadlines by kind and the queues of notifications on /metrics, with no id in a label', async () => {
  const identificationId = randomUUID();
  const reference = testReference();
  await service.consumer.handle(
    envelope('identification.submitted', {
      identificationId,
      personId: randomUUID(),
      reference,
      recordingAgencyId: 'police-tirana',
      isChild: false,
      region: 'TIRANA',
      anonymous: false,
      routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
      childProtectionUnit: null,
    }),
  );
  const body = await waitFor(
    async () => {
      const text = await scrape();
      const overdue = Number(/nrm_deadlines_overdue\{service="notifications",kind="RA_ACKNOWLEDGEMENT"\} (\d+)/.exec(text)?.[1] ?? 0);
      return overdue >= 1 ? text : undefined;
    },
    { description: 'the deadline overdue in the metrics', timeoutMs: 15_000 },
  );
  expect(body).toContain('nrm_deadlines_overdue{service="notifications",kind="REFERRAL_RESPONSE"}');
  expect(body).toMatch(/nrm_queue_waiting_jobs\{service="notifications",queue="events.notifications",kind="events"\} \d+/);
  expect(body).toMatch(/nrm_queue_active_jobs\{service="notifications",queue="notifications.deadline-sweep",kind="periodic"\} \d+/);
  expect(body).not.toContain(identificationId);
  expect(body).not.toContain(reference);
  for (const [, name] of body.matchAll(/([a-z_]+)="/g)) expect(['service', 'queue', 'kind']).toContain(name);
});

it('lists an event it refused on its internal endpoint, to platform_admin only', async () => {
  const events = new Queue('events.notifications', { connection: adminRedis });
  const forged = { ...envelope('consent.withdrawn', { personId: randomUUID() } as never), signature: 'AAAA', keyId: 'nope' };
  await events.add(forged.type, forged, { jobId: forged.id });
  await events.close();
  const admin = await service.tokenFor('admin');
  const listed = await waitFor(
    async () => {
      const result = await service.get<FailedJobsResponse>('/internal/jobs/failed?first=10&queue=events.notifications.dead-letter', admin);
      return result.status === 200 && result.body.jobs.length > 0 ? result.body.jobs : undefined;
    },
    { description: 'the refused event listed' },
  );
  expect(listed[0]).toMatchObject({ service: 'notifications', queue: 'events.notifications.dead-letter', kind: 'dead-letter', name: 'unknown-key' });
  expect(JSON.stringify(listed)).not.toContain(forged.payload.personId);

  const dead = Number(/nrm_queue_dead_letter_jobs\{service="notifications",queue="events.notifications.dead-letter",kind="dead-letter"\} (\d+)/.exec(await scrape())?.[1]);
  expect(dead).toBe(1);
  const raHead = await service.get('/internal/jobs/failed?first=10', await service.tokenFor('ra.head'));
  expect(raHead.status).toBe(403);
});
