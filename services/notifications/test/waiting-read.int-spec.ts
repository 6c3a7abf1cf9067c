import { randomUUID } from 'node:crypto';
import { Sex } from '@nrm/domain';
import { envelope, type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

// A waiting read of myNotifications (docs/notifications.md, "Seeing a notification at once"): it answers when a
// notification addressed to the caller commits (woken by the commit's NOTIFY), at once when the list already holds one
// the caller does not have, and otherwise after its seconds, with nothing the caller may not see.

jest.setTimeout(60_000);

const WAITING = `query Waiting($waitSeconds: Int, $known: [ID!]) {
  myNotifications(first: 100, waitSeconds: $waitSeconds, known: $known) { id kind subjectId }
}`;

interface View {
  id: string;
  kind: string;
  subjectId: string;
}

let service: NotificationsUnderTest;

beforeAll(async () => {
  service = await startNotifications({ RESPONSIBLE_AUTHORITY_AGENCY_ID: 'responsible-authority' });
});

afterAll(async () => {
  await service?.close();
});

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
  });
}

function referralTo(providerAgencyId: string) {
  return envelope('referral.created', { referralId: randomUUID(), personId: randomUUID(), reference: testReference(), providerAgencyId, urgent: false });
}

async function read(username: string, variables: Record<string, unknown>) {
  const started = Date.now();
  const result = await service.graphql<{ myNotifications: View[] }>(WAITING, variables, await service.tokenFor(username));
  return { result, list: result.data?.myNotifications ?? [], ms: Date.now() - started };
}

/** The caller's current list, as a client holds it before it waits. */
async function knownTo(username: string): Promise<string[]> {
  const { list } = await read(username, {});
  return list.map((notification) => notification.id);
}

describe('a waiting read of myNotifications', () => {
  it('answers as soon as a notification addressed to the caller commits, with it', async () => {
    const known = await knownTo('ra.officer');
    const event = submitted();
    const waiting = read('ra.officer', { waitSeconds: 15, known });
    setTimeout(() => void service.consumer.handle(event), 400);
    const { result, list, ms } = await waiting;
    expect(result.errors).toBeUndefined();
    expect(list.filter((notification) => notification.subjectId === event.payload.identificationId).map((notification) => notification.kind)).toEqual([
      'NEW_IDENTIFICATION',
    ]);
    expect(ms).toBeGreaterThanOrEqual(400);
    expect(ms).toBeLessThan(10_000);
  });

  it('answers at once when the list already holds one the caller does not have', async () => {
    await service.consumer.handle(submitted());
    const { list, ms } = await read('ra.head', { waitSeconds: 15, known: [] });
    expect(list.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(5_000);
  });

  it("is not answered by another agency's notification: it waits its seconds and shows none of it", async () => {
    const known = await knownTo('cm.shelter-a');
    const elsewhere = referralTo('shelter-b');
    const waiting = read('cm.shelter-a', { waitSeconds: 2, known });
    setTimeout(() => void service.consumer.handle(elsewhere), 200);
    const { result, list, ms } = await waiting;
    expect(result.errors).toBeUndefined();
    expect(ms).toBeGreaterThanOrEqual(1_900);
    expect(list.map((notification) => notification.subjectId)).not.toContain(elsewhere.payload.referralId);
    expect(list.every((notification) => known.includes(notification.id))).toBe(true);
    // The shelter it was addressed to sees it.
    expect((await read('cm.shelter-b', {})).list.map((notification) => notification.subjectId)).toContain(elsewhere.payload.referralId);
  });

  it("is not answered by a notification of the caller's agency addressed to other roles", async () => {
    // An urgent finding at shelter-a goes to its case managers and psychologists, not to its head.
    const known = await knownTo('head.shelter-a');
    const finding = envelope('assessment.urgent_finding', {
      assessmentId: randomUUID(),
      caseId: randomUUID(),
      personId: randomUUID(),
      reference: testReference(),
      providerAgencyId: 'shelter-a',
      kind: 'SUICIDE_RISK',
    });
    const waiting = read('head.shelter-a', { waitSeconds: 2, known });
    setTimeout(() => void service.consumer.handle({ ...finding, producer: 'shelters' }), 200);
    const { list, ms } = await waiting;
    expect(ms).toBeGreaterThanOrEqual(1_900);
    expect(list.every((notification) => known.includes(notification.id))).toBe(true);
    expect((await read('cm.shelter-a', {})).list.map((notification) => notification.subjectId)).toContain(finding.payload.caseId);
  });

  it('refuses a wait over 20 seconds, a malformed id and a caller without a token, naming the field', async () => {
    const tooLong = await read('ra.officer', { waitSeconds: 21, known: [] });
    expect(tooLong.result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['waitSeconds'] });
    const malformed = await read('ra.officer', { waitSeconds: 1, known: ["'; DROP TABLE notifications.notification; --"] });
    expect(malformed.result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['known'] });
    const anonymous = await service.graphql(WAITING, { waitSeconds: 1 });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
