import { randomUUID } from 'node:crypto';
import { Sex } from '@nrm/domain';
import type { EventConsumer, EventEnvelope, EventPayloads } from '@nrm/events';
import { envelope, type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

jest.setTimeout(60_000);

// Non-default deadlines, so a passing test proves they come from configuration.
const RA_ACKNOWLEDGE_HOURS = 12;
const REFERRAL_RESPONSE_HOURS = 20;
const URGENT_REFERRAL_RESPONSE_HOURS = 3;
const HOUR_MS = 3_600_000;

interface NotificationView {
  id: string;
  kind: string;
  subjectRef: string;
  subjectId: string;
  createdAt: string;
  readAt: string | null;
  dueAt: string | null;
}

const MY_NOTIFICATIONS = `query Mine($unreadOnly: Boolean, $first: Int) {
  myNotifications(unreadOnly: $unreadOnly, first: $first) { id kind subjectRef subjectId createdAt readAt dueAt }
}`;
const MARK_READ = `mutation Read($id: ID!) { markNotificationRead(id: $id) { id kind subjectRef readAt dueAt } }`;

let service: NotificationsUnderTest;
/** The service's own consumer, not started: the tests hand it events, which go through the inbox as in production. */
let consumer: EventConsumer;

beforeAll(async () => {
  service = await startNotifications({
    RA_ACKNOWLEDGE_HOURS: String(RA_ACKNOWLEDGE_HOURS),
    REFERRAL_RESPONSE_HOURS: String(REFERRAL_RESPONSE_HOURS),
    URGENT_REFERRAL_RESPONSE_HOURS: String(URGENT_REFERRAL_RESPONSE_HOURS),
    RESPONSIBLE_AUTHORITY_AGENCY_ID: 'responsible-authority',
    CHILD_PROTECTION_UNITS: 'TIRANA=cpu-tirana,DURRES=cpu-durres',
  });
  consumer = service.consumer;
});

afterAll(async () => {
  await service?.close();
});

const reference = (): string => testReference();

function identificationSubmitted(overrides: Partial<EventPayloads['identification.submitted']> = {}, occurredAt?: Date) {
  return envelope(
    'identification.submitted',
    {
      identificationId: randomUUID(),
      personId: randomUUID(),
      reference: reference(),
      recordingAgencyId: 'police-tirana',
      isChild: false,
      region: 'TIRANA',
      anonymous: false,
      routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
      ...overrides,
    },
    occurredAt,
  );
}

function referralCreated(overrides: Partial<EventPayloads['referral.created']> = {}, occurredAt?: Date) {
  return envelope(
    'referral.created',
    { referralId: randomUUID(), personId: randomUUID(), reference: reference(), providerAgencyId: 'shelter-a', urgent: false, ...overrides },
    occurredAt,
  );
}

async function notificationsOf(username: string, variables: Record<string, unknown> = {}): Promise<NotificationView[]> {
  const result = await service.graphql<{ myNotifications: NotificationView[] }>(MY_NOTIFICATIONS, { first: 200, ...variables }, await service.tokenFor(username));
  expect(result.errors).toBeUndefined();
  return result.data?.myNotifications ?? [];
}

async function about(username: string, subjectId: string, variables: Record<string, unknown> = {}): Promise<NotificationView[]> {
  return (await notificationsOf(username, variables)).filter((notification) => notification.subjectId === subjectId);
}

async function markRead(username: string, id: string) {
  return service.graphql<{ markNotificationRead: NotificationView }>(MARK_READ, { id }, await service.tokenFor(username));
}

describe('notifications of a new identification', () => {
  it('reach ra.officer and ra.head, carrying the reference and the RA acknowledgement deadline', async () => {
    const occurredAt = new Date(Date.now() - 60_000);
    const event = identificationSubmitted({}, occurredAt);
    await expect(consumer.handle(event)).resolves.toBe('processed');

    for (const username of ['ra.officer', 'ra.head']) {
      const mine = await about(username, event.payload.identificationId);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ kind: 'NEW_IDENTIFICATION', subjectRef: event.payload.reference, readAt: null });
      expect(new Date(mine[0]!.dueAt!).getTime()).toBe(occurredAt.getTime() + RA_ACKNOWLEDGE_HOURS * HOUR_MS);
    }
  });

  it('of an adult reach neither the child protection unit nor the police', async () => {
    const event = identificationSubmitted({ isChild: false });
    await consumer.handle(event);

    expect(await about('cpw.tirana', event.payload.identificationId)).toHaveLength(0);
    expect(await about('police.tirana', event.payload.identificationId)).toHaveLength(0);
  });

  it('of a child also reach the child protection unit of its region, but not of another region', async () => {
    const event = identificationSubmitted({ isChild: true, region: 'TIRANA' });
    await consumer.handle(event);

    const cpu = await about('cpw.tirana', event.payload.identificationId);
    expect(cpu).toHaveLength(1);
    expect(cpu[0]).toMatchObject({ kind: 'NEW_IDENTIFICATION', subjectRef: event.payload.reference });
    expect(await about('ra.officer', event.payload.identificationId)).toHaveLength(1);
    expect(await about('police.tirana', event.payload.identificationId)).toHaveLength(0);

    const elsewhere = identificationSubmitted({ isChild: true, region: 'DURRES' });
    await consumer.handle(elsewhere);
    expect(await about('cpw.tirana', elsewhere.payload.identificationId)).toHaveLength(0);
  });

  it('of a person who declined the interview are anonymous identifications', async () => {
    const event = identificationSubmitted({ anonymous: true });
    await consumer.handle(event);

    const [notification] = await about('ra.head', event.payload.identificationId);
    expect(notification).toMatchObject({ kind: 'ANONYMOUS_IDENTIFICATION', subjectRef: event.payload.reference });
  });

  it('carry no personal data, even when a producer wrongly puts a name in the event', async () => {
    const event = identificationSubmitted();
    const leaky = { ...event, payload: { ...event.payload, givenName: 'Drita', familyName: 'Kelmendi' } } as EventEnvelope<'identification.submitted'>;
    await consumer.handle(leaky);

    const result = await service.graphql<{ myNotifications: NotificationView[] }>(MY_NOTIFICATIONS, { first: 200 }, await service.tokenFor('ra.officer'));
    expect(result.text).toContain(event.payload.reference);
    expect(result.text).not.toMatch(/Drita|Kelmendi/);
    const stored: Array<{ row: string }> = await service.dataSource.query(
      `SELECT row_to_json(n)::text AS row FROM notifications.notification n WHERE source_event_id = $1`,
      [event.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.row).not.toMatch(/Drita|Kelmendi/);
  });

  it('expose only references, ids, kinds and times: the Notification type has no field for personal data', async () => {
    const result = await service.graphql<{ __type: { fields: Array<{ name: string }> } }>(
      `{ __type(name: "Notification") { fields { name } } }`,
      {},
      await service.tokenFor('ra.officer'),
    );
    // acknowledgedBy names the RA staff member who acknowledged (a username), never the person concerned.
    expect(result.data?.__type.fields.map((field) => field.name).sort()).toEqual(
      ['acknowledgedAt', 'acknowledgedBy', 'createdAt', 'deadlineKind', 'dueAt', 'id', 'kind', 'readAt', 'subjectId', 'subjectRef'].sort(),
    );
  });
});

describe('a redelivered event', () => {
  it('creates its notifications once', async () => {
    const event = identificationSubmitted({ isChild: true });
    await expect(consumer.handle(event)).resolves.toBe('processed');
    await expect(consumer.handle(event)).resolves.toBe('duplicate');

    expect(await about('ra.officer', event.payload.identificationId)).toHaveLength(1);
    expect(await about('cpw.tirana', event.payload.identificationId)).toHaveLength(1);
    const [{ count }] = (await service.dataSource.query(`SELECT count(*)::int AS count FROM notifications.notification WHERE source_event_id = $1`, [
      event.id,
    ])) as Array<{ count: number }>;
    expect(count).toBe(2);
  });

  it('creates nothing twice even if it reaches the handler again without the inbox', async () => {
    const event = identificationSubmitted();
    await consumer.handle(event);
    // Simulates an inbox row lost (e.g. a restore): the unique (source event, kind, audience) still holds.
    await service.dataSource.query(`DELETE FROM notifications.inbox_event WHERE event_id = $1`, [event.id]);
    await expect(consumer.handle(event)).resolves.toBe('processed');

    expect(await about('ra.officer', event.payload.identificationId)).toHaveLength(1);
  });
});

describe('markNotificationRead', () => {
  it('sets readAt for the caller only, and unreadOnly filters by it', async () => {
    const event = identificationSubmitted();
    await consumer.handle(event);
    const [notification] = await about('ra.officer', event.payload.identificationId);

    const read = await markRead('ra.officer', notification!.id);
    expect(read.errors).toBeUndefined();
    expect(read.data?.markNotificationRead).toMatchObject({ id: notification!.id, subjectRef: event.payload.reference });
    expect(read.data?.markNotificationRead.readAt).toEqual(expect.any(String));

    expect((await about('ra.officer', event.payload.identificationId))[0]?.readAt).toBe(read.data?.markNotificationRead.readAt);
    expect(await about('ra.officer', event.payload.identificationId, { unreadOnly: true })).toHaveLength(0);
    const [forHead] = await about('ra.head', event.payload.identificationId, { unreadOnly: true });
    expect(forHead).toMatchObject({ id: notification!.id, readAt: null });
  });

  it('is idempotent: a second call keeps the first readAt', async () => {
    const event = identificationSubmitted();
    await consumer.handle(event);
    const [notification] = await about('ra.head', event.payload.identificationId);

    const first = await markRead('ra.head', notification!.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await markRead('ra.head', notification!.id);
    expect(second.errors).toBeUndefined();
    expect(second.data?.markNotificationRead.readAt).toBe(first.data?.markNotificationRead.readAt);
  });

  it('answers NOT_FOUND for a notification addressed to someone else, as for one that does not exist', async () => {
    const event = identificationSubmitted();
    await consumer.handle(event);
    const [notification] = await about('ra.officer', event.payload.identificationId);

    const someoneElses = await markRead('police.tirana', notification!.id);
    expect(someoneElses.data).toBeNull();
    expect(someoneElses.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const missing = await markRead('police.tirana', randomUUID());
    expect(missing.errors?.[0]).toMatchObject({ message: someoneElses.errors?.[0]?.message, extensions: { code: 'NOT_FOUND' } });

    const [stillUnread] = await about('ra.officer', event.payload.identificationId);
    expect(stillUnread?.readAt).toBeNull();
  });

  it('rejects a malformed id as BAD_USER_INPUT naming the argument', async () => {
    const result = await markRead('ra.officer', 'not-a-uuid');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['id'] });
  });
});

describe('notifications of referrals', () => {
  it('reach the case managers of the provider, with the response deadline, and no one else', async () => {
    const occurredAt = new Date(Date.now() - 5 * 60_000);
    const event = referralCreated({ providerAgencyId: 'shelter-a' }, occurredAt);
    await consumer.handle(event);

    const [received] = await about('cm.shelter-a', event.payload.referralId);
    expect(received).toMatchObject({ kind: 'REFERRAL_RECEIVED', subjectRef: event.payload.reference });
    expect(new Date(received!.dueAt!).getTime()).toBe(occurredAt.getTime() + REFERRAL_RESPONSE_HOURS * HOUR_MS);
    expect(await about('cm.shelter-b', event.payload.referralId)).toHaveLength(0);
    // Same agency, other role: the multidisciplinary team is not asked to accept referrals.
    expect(await about('psy.shelter-a', event.payload.referralId)).toHaveLength(0);
    expect(await about('ra.officer', event.payload.referralId)).toHaveLength(0);
  });

  it('give an urgent referral the urgent response deadline', async () => {
    const occurredAt = new Date(Date.now() - 60_000);
    const event = referralCreated({ urgent: true }, occurredAt);
    await consumer.handle(event);

    const [received] = await about('cm.shelter-a', event.payload.referralId);
    expect(new Date(received!.dueAt!).getTime()).toBe(occurredAt.getTime() + URGENT_REFERRAL_RESPONSE_HOURS * HOUR_MS);
  });

  it('tell the RA when a provider accepts or declines', async () => {
    const referralId = randomUUID();
    const payload = { referralId, personId: randomUUID(), reference: reference(), providerAgencyId: 'shelter-b' };
    await consumer.handle(envelope('referral.declined', payload));
    await consumer.handle(envelope('referral.accepted', { ...payload, providerAgencyId: 'shelter-a' }));

    const kinds = (await about('ra.head', referralId)).map((notification) => notification.kind).sort();
    expect(kinds).toEqual(['REFERRAL_ACCEPTED', 'REFERRAL_DECLINED']);
    expect(await about('cm.shelter-a', referralId)).toHaveLength(0);
  });
});

describe('myNotifications', () => {
  it('lists newest first and honours first', async () => {
    const older = identificationSubmitted();
    const newer = identificationSubmitted();
    await consumer.handle(older);
    await consumer.handle(newer);

    const [latest] = await notificationsOf('ra.officer', { first: 1 });
    expect(latest?.subjectId).toBe(newer.payload.identificationId);
    const all = await notificationsOf('ra.officer');
    const times = all.map((notification) => new Date(notification.createdAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('refuses more than 200 at once, naming the argument', async () => {
    const result = await service.graphql(MY_NOTIFICATIONS, { first: 201 }, await service.tokenFor('ra.officer'));
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['first'] });
  });

  it('needs a valid token', async () => {
    const missing = await service.graphql(MY_NOTIFICATIONS, {});
    expect(missing.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const forged = await service.graphql(MY_NOTIFICATIONS, {}, 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln');
    expect(forged.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
