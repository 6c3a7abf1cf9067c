import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Sex } from '@nrm/domain';
import { createTestDatabase, dropTestDatabase, type PrivateRedis, startPrivateRedis, waitFor } from '@nrm/testing';
import { type CaughtMessage, type MailCatcher, startMailCatcher } from '../../../infra/scripts/mail-catcher.cjs';
import { DeadlineRepository } from '../src/deadline/deadline.repository';
import { EmailDeliveryService } from '../src/email/email-delivery.service';
import { EmailRepository } from '../src/email/email.repository';
import { envelope, type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

// E-mail delivery against real PostgreSQL and Redis, a mail catch-all started here and a stand-in for identification's
// recipients endpoint: one e-mail per (notification, user), in the user's language, only the kinds the user wants
// unless urgent, once across a worker that died between sending and recording it and across concurrent runs.

jest.setTimeout(60_000);

// The RA as the directory lists it: ra.officer reads Albanian, ra.head English (the demo users' ids).
const RA_OFFICER = { id: '00000000-0000-4000-8000-000000000004', email: 'ra.officer@mail.nrm.local', locale: 'sq' };
const RA_HEAD = { id: '00000000-0000-4000-8000-000000000005', email: 'ra.head@mail.nrm.local', locale: 'en' };
const CPW = { id: '00000000-0000-4000-8000-000000000006', email: 'cpw.tirana@mail.nrm.local', locale: 'sq' };
const CASE_MANAGER = { id: '00000000-0000-4000-8000-000000000009', email: 'cm.shelter-a@mail.nrm.local', locale: 'en' };
const PSYCHOLOGIST = { id: '00000000-0000-4000-8000-000000000010', email: 'psy.shelter-a@mail.nrm.local', locale: 'en' };

/** The claims of a bearer token (the stand-in reads them; identification's own test checks the signature). */
function bearerClaims(header: string | undefined): Record<string, unknown> | null {
  const payload = /^Bearer [^.]+\.([^.]+)\.[^.]+$/.exec(header ?? '')?.[1];
  if (!payload) return null;
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/**
 * Stand-in for GET /internal/directory/recipients: refuses anything but the notifications service account's token
 * (as identification does), answers by agency and role, or the one user named.
 */
class FakeDirectory {
  reachable = true;
  calls = 0;
  /** The clients whose tokens the calls carried. */
  readonly callers = new Set<string>();
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      this.calls += 1;
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (!this.reachable) return void response.writeHead(503).end();
      if (url.pathname !== '/internal/directory/recipients') return void response.writeHead(404).end();
      const claims = bearerClaims(request.headers.authorization);
      if (!claims) return void response.writeHead(401).end();
      this.callers.add(String(claims['azp']));
      if (claims['azp'] !== 'nrm-notifications' || claims['preferred_username'] !== 'service-account-nrm-notifications') {
        return void response.writeHead(403).end();
      }
      const roles = (url.searchParams.get('roles') ?? '').split(',');
      const agency = url.searchParams.get('agencyId');
      const userId = url.searchParams.get('userId');
      const members = [
        ...(agency === 'responsible-authority' && roles.includes('ra_officer') ? [RA_OFFICER] : []),
        ...(agency === 'responsible-authority' && roles.includes('ra_head') ? [RA_HEAD] : []),
        ...(agency === 'cpu-tirana' && roles.includes('child_protection_worker') ? [CPW] : []),
        ...(agency === 'shelter-a' && roles.includes('case_manager') ? [CASE_MANAGER] : []),
        ...(agency === 'shelter-a' && userId === PSYCHOLOGIST.id ? [PSYCHOLOGIST] : []),
      ];
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(members));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

let catcher: MailCatcher;
const directory = new FakeDirectory();
let service: NotificationsUnderTest;
let delivery: EmailDeliveryService;
let directoryUrl: string;

beforeAll(async () => {
  catcher = await startMailCatcher();
  directoryUrl = await directory.start();
  service = await startNotifications({ SMTP_URL: catcher.smtpUrl, IDENTIFICATION_INTERNAL_URL: directoryUrl, PORTAL_URL: 'https://portal.nrm.test' });
  delivery = service.app.get(EmailDeliveryService);
  // The run's database is shared by every integration file: notifications other files created are still waiting for
  // e-mail (oldest first), and a worker would spend this file's seconds on them. Send them first (to this file's
  // catch-all; every check here looks for its own reference).
  for (let pass = 0; pass < 500 && (await delivery.sweep()).notifications > 0; pass += 1);
}, 180_000);

afterAll(async () => {
  await service?.close();
  await directory.close();
  await catcher?.close();
});

function submitted(reference: string, isChild = false) {
  return envelope('identification.submitted', {
    identificationId: randomUUID(),
    personId: randomUUID(),
    reference,
    recordingAgencyId: 'police-tirana',
    isChild,
    region: 'TIRANA',
    anonymous: false,
    routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
    childProtectionUnit: isChild ? { agencyId: 'cpu-tirana', ofRegion: true } : null,
  });
}

function accepted(reference: string) {
  return envelope('referral.accepted', { referralId: randomUUID(), personId: randomUUID(), reference, providerAgencyId: 'shelter-a' });
}

/** The e-mails naming the reference, by recipient. */
function mailsAbout(reference: string): Map<string, CaughtMessage[]> {
  const byRecipient = new Map<string, CaughtMessage[]>();
  for (const message of catcher.messages().filter((caught) => caught.subject.includes(reference))) {
    for (const to of message.to) byRecipient.set(to, [...(byRecipient.get(to) ?? []), message]);
  }
  return byRecipient;
}

async function setPreferences(username: string, input: Record<string, unknown>) {
  return service.graphql<{ setNotificationPreferences: { emailKinds: string[]; language: string | null } }>(
    `mutation ($input: NotificationPreferencesInput!) { setNotificationPreferences(input: $input) { emailKinds language alwaysEmailedKinds } }`,
    { input },
    await service.tokenFor(username),
  );
}

describe('e-mail delivery', () => {
  afterEach(async () => {
    for (const username of ['ra.officer', 'ra.head']) await setPreferences(username, { emailKinds: ALL_KINDS, language: null });
  });

  let ALL_KINDS: string[] = [];
  beforeAll(async () => {
    const mine = await service.graphql<{ myNotificationPreferences: { emailKinds: string[] } }>(
      `{ myNotificationPreferences { emailKinds } }`,
      {},
      await service.tokenFor('ra.head'),
    );
    ALL_KINDS = mine.data?.myNotificationPreferences.emailKinds ?? [];
    expect(ALL_KINDS).toContain('NEW_IDENTIFICATION');
  });

  it('sends one e-mail per addressed user and notification, in the user\'s language, with the reference and what to do', async () => {
    const reference = testReference();
    await service.consumer.handle(submitted(reference));
    await delivery.sweep();
    await delivery.sweep();

    const mails = mailsAbout(reference);
    expect([...mails.keys()].sort()).toEqual([RA_HEAD.email, RA_OFFICER.email]);
    const [albanian] = mails.get(RA_OFFICER.email) ?? [];
    const [english] = mails.get(RA_HEAD.email) ?? [];
    expect(mails.get(RA_OFFICER.email)).toHaveLength(1);
    expect(mails.get(RA_HEAD.email)).toHaveLength(1);
    expect(albanian?.deliveries).toBe(1);
    expect(albanian?.language).toBe('sq');
    expect(albanian?.subject).toContain('Identifikim paraprak i ri');
    expect(albanian?.text).toContain('Konfirmoni identifikimin');
    expect(english?.language).toBe('en');
    expect(english?.subject).toContain('New initial identification');
    expect(english?.text).toContain('https://portal.nrm.test/notifications');
    expect(english?.text).toContain(`Reference: ${reference}`);

    // Sent: the outbox no longer keeps the address.
    const rows: Array<{ state: string; recipient: string | null }> = await service.dataSource.query(
      `SELECT o.state, o.recipient FROM notifications.email_outbox o JOIN notifications.notification n ON n.id = o.notification_id WHERE n.subject_ref = $1`,
      [reference],
    );
    expect(rows).toEqual([
      { state: 'SENT', recipient: null },
      { state: 'SENT', recipient: null },
    ]);
  });

  it('carries no personal data: nothing of the event but the reference, never a person id', async () => {
    const reference = testReference();
    const event = submitted(reference, true);
    await service.consumer.handle(event);
    await delivery.sweep();
    const mails = [...mailsAbout(reference).values()].flat();
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) {
      const all = `${mail.subject}\n${mail.text}`;
      expect(all).not.toContain(event.payload.personId);
      expect(all).not.toContain(event.payload.identificationId);
      expect(all).not.toMatch(/FEMALE|TIRANA|police-tirana/i);
    }
    // A child: said first, in each language, and the child protection unit is mailed too.
    expect(mailsAbout(reference).get(CPW.email)?.[0]?.subject).toContain('[Fëmijë]');
    expect(mailsAbout(reference).get(RA_HEAD.email)?.[0]?.subject).toContain('[Child]');
  });

  it('sends nothing of a kind the user turned off, unless it is urgent; the language preference wins over the directory', async () => {
    const muted = await setPreferences('ra.head', { emailKinds: ALL_KINDS.filter((kind) => kind !== 'REFERRAL_ACCEPTED' && kind !== 'NEW_IDENTIFICATION'), language: 'sq' });
    expect(muted.errors).toBeUndefined();
    expect(muted.data?.setNotificationPreferences.language).toBe('sq');

    const reference = testReference();
    await service.consumer.handle(accepted(reference));
    const child = testReference();
    await service.consumer.handle(submitted(child, true));
    await delivery.sweep();

    expect(mailsAbout(reference).get(RA_HEAD.email)).toBeUndefined();
    expect(mailsAbout(reference).get(RA_OFFICER.email)).toHaveLength(1);
    // A child's identification is urgent: mailed although NEW_IDENTIFICATION is turned off, in the chosen language.
    const [urgent] = mailsAbout(child).get(RA_HEAD.email) ?? [];
    expect(urgent?.language).toBe('sq');
  });

  it('names the field of an invalid preference, and keeps urgent kinds on whatever is asked', async () => {
    const invalid = await setPreferences('ra.officer', { emailKinds: [], language: 'fr' });
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.language'] });
    const none = await setPreferences('ra.officer', { emailKinds: [] });
    expect(none.data?.setNotificationPreferences.emailKinds.sort()).toEqual(['CHILD_REGION_WITHOUT_UNIT', 'DEADLINE_ESCALATED', 'DEADLINE_REMINDER', 'URGENT_SUICIDE_RISK']);
    const anonymous = await service.graphql(`{ myNotificationPreferences { emailKinds } }`);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('sends once across a worker that died after sending and before recording it, with the same Message-ID', async () => {
    const emails = service.app.get(EmailRepository);
    const markSent = emails.markSent.bind(emails);
    const reference = testReference();
    await service.consumer.handle(submitted(reference));
    // The first worker sends, then dies before its transaction commits: the outbox still says PENDING.
    emails.markSent = () => Promise.reject(new Error('worker killed'));
    try {
      await delivery.sweep();
    } finally {
      emails.markSent = markSent;
    }
    expect(mailsAbout(reference).get(RA_OFFICER.email)).toHaveLength(1);
    const pending: Array<{ state: string; attempts: number }> = await service.dataSource.query(
      `SELECT o.state, o.attempts FROM notifications.email_outbox o JOIN notifications.notification n ON n.id = o.notification_id WHERE n.subject_ref = $1`,
      [reference],
    );
    expect(pending.every((row) => row.state === 'PENDING')).toBe(true);

    // The retried job, once the row is due again: sent again under the same Message-ID, so one e-mail arrives.
    await service.dataSource.query(
      `UPDATE notifications.email_outbox o SET next_attempt_at = now() FROM notifications.notification n WHERE n.id = o.notification_id AND n.subject_ref = $1`,
      [reference],
    );
    await delivery.sweep();
    const [officer] = mailsAbout(reference).get(RA_OFFICER.email) ?? [];
    expect(mailsAbout(reference).get(RA_OFFICER.email)).toHaveLength(1);
    expect(officer?.deliveries).toBe(2);
    const sent: Array<{ state: string }> = await service.dataSource.query(
      `SELECT o.state FROM notifications.email_outbox o JOIN notifications.notification n ON n.id = o.notification_id WHERE n.subject_ref = $1`,
      [reference],
    );
    expect(sent.map((row) => row.state)).toEqual(['SENT', 'SENT']);
  });

  it('sends each e-mail once when runs overlap (a retried job beside a live one)', async () => {
    const reference = testReference();
    await service.consumer.handle(submitted(reference));
    await Promise.all([delivery.sweep(), delivery.sweep(), delivery.sweep()]);
    const mails = mailsAbout(reference);
    expect(mails.get(RA_OFFICER.email)?.map((mail) => mail.deliveries)).toEqual([1]);
    expect(mails.get(RA_HEAD.email)?.map((mail) => mail.deliveries)).toEqual([1]);
  });

  it("mails a deadline's escalation as overdue, whatever the preferences", async () => {
    await setPreferences('ra.head', { emailKinds: [] });
    const reference = testReference();
    await service.consumer.handle(submitted(reference));
    // The sweep a day and more later: the RA acknowledgement was missed and escalates to the RA head.
    await service.app.get(DeadlineRepository).sweepBatch(new Date(Date.now() + 25 * 3_600_000), 10_000);
    await delivery.sweep();
    const overdue = (mailsAbout(reference).get(RA_HEAD.email) ?? []).filter((mail) => mail.subject.includes('[Overdue]'));
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.subject).toContain('acknowledging a new identification');
  });

  it("mails a plan action's review reminder to the team member it names alone, and its escalation to the case managers", async () => {
    const reference = testReference();
    const signedAt = new Date();
    const reviewDueAt = new Date(signedAt.getTime() + 10 * 24 * 3_600_000);
    await service.consumer.handle({
      ...envelope(
        'reintegration_plan.signed',
        {
          planId: randomUUID(),
          caseId: randomUUID(),
          personId: randomUUID(),
          reference,
          providerAgencyId: 'shelter-a',
          version: 1,
          actions: [{ actionId: randomUUID(), reviewDueAt: reviewDueAt.toISOString(), responsibleUserId: PSYCHOLOGIST.id }],
        },
        signedAt,
      ),
      producer: 'shelters',
    });
    const sweepAt = async (at: Date) => {
      await service.app.get(DeadlineRepository).sweepBatch(at, 10_000);
      await delivery.sweep();
    };
    await sweepAt(new Date(signedAt.getTime() + 6 * 24 * 3_600_000));
    expect([...mailsAbout(reference).keys()]).toEqual([PSYCHOLOGIST.email]);
    await sweepAt(new Date(reviewDueAt.getTime() + 3_600_000));
    const mails = mailsAbout(reference);
    expect(mails.get(CASE_MANAGER.email)?.map((mail) => mail.subject.includes('[Overdue]'))).toEqual([true]);
    expect(mails.get(PSYCHOLOGIST.email)).toHaveLength(1);
    // Every call carried the notifications service's own token, never anything else.
    expect([...directory.callers]).toEqual(['nrm-notifications']);
  });

  it('keeps a notification waiting while the directory is out of reach, and mails it once it answers', async () => {
    const reference = testReference();
    directory.reachable = false;
    await service.consumer.handle(submitted(reference));
    await delivery.sweep();
    expect(mailsAbout(reference).size).toBe(0);
    directory.reachable = true;
    await delivery.sweep();
    expect([...mailsAbout(reference).keys()].sort()).toEqual([RA_HEAD.email, RA_OFFICER.email]);
  });
});

describe('the mail worker', () => {
  // A database and a Redis of their own: the run's database holds what other files left (deadlines coming due,
  // notifications), and the run's Redis the events other files published for notifications with no consumer running.
  // A worker booting on them spends its first seconds on that backlog, oldest first; these tests time the wake-up.
  let database: { name: string; url: string };
  let redis: PrivateRedis;
  const ownWorker = (env: Record<string, string>) =>
    startNotifications({ DATABASE_URL: database.url, REDIS_URL: redis.url, SMTP_URL: catcher.smtpUrl, IDENTIFICATION_INTERNAL_URL: directoryUrl, WORKERS_IN_PROCESS: 'true', ...env });
  beforeAll(async () => {
    database = await createTestDatabase();
    redis = await startPrivateRedis();
  });
  afterAll(async () => {
    await redis?.stop();
    if (database) await dropTestDatabase(database.name);
  });

  it('is woken by a new notification, well before its scheduler would run', async () => {
    const worker = await ownWorker({ MAIL_SWEEP_INTERVAL_SECONDS: '3600' });
    try {
      // Past the scheduler's first run at boot: from now on only a wake-up sends anything within the hour.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const reference = testReference();
      await worker.consumer.handle(submitted(reference));
      await waitFor(() => mailsAbout(reference).size === 2, { timeoutMs: 10_000, description: 'the woken worker sends' });
    } finally {
      await worker.close();
    }
  });


  it('wakes on its job scheduler and sends without anyone calling it', async () => {
    const worker = await ownWorker({ MAIL_SWEEP_INTERVAL_SECONDS: '0.5' });
    try {
      const reference = testReference();
      await worker.consumer.handle(submitted(reference));
      await waitFor(() => mailsAbout(reference).size === 2, { timeoutMs: 15_000 });
    } finally {
      await worker.close();
    }
  });
});
