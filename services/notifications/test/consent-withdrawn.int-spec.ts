import { randomUUID } from 'node:crypto';
import type { EventConsumer, EventEnvelope } from '@nrm/events';
import { type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

jest.setTimeout(60_000);

const MY_NOTIFICATIONS = `query Mine($first: Int) { myNotifications(first: $first) { id kind subjectRef subjectId dueAt } }`;

interface NotificationView {
  id: string;
  kind: string;
  subjectRef: string;
  subjectId: string;
  dueAt: string | null;
}

let service: NotificationsUnderTest;
/** The service's own consumer, not started: the test hands it the event, which goes through the inbox as in production. */
let consumer: EventConsumer;

beforeAll(async () => {
  service = await startNotifications();
  consumer = service.consumer;
});

afterAll(async () => {
  await service?.close();
});

async function about(username: string, grantId: string): Promise<NotificationView[]> {
  const result = await service.graphql<{ myNotifications: NotificationView[] }>(MY_NOTIFICATIONS, { first: 200 }, await service.tokenFor(username));
  expect(result.errors).toBeUndefined();
  return result.data!.myNotifications.filter((notification) => notification.subjectId === grantId);
}

describe('a withdrawn consent', () => {
  it("reaches the grantee's case managers only, by reference, once", async () => {
    const grantId = randomUUID();
    const reference = testReference();
    const event: EventEnvelope<'consent.withdrawn'> = {
      id: randomUUID(),
      type: 'consent.withdrawn',
      aggregateId: grantId,
      payload: { grantId, personId: randomUUID(), reference, granteeAgencyId: 'shelter-a' },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'identification',
    };
    await expect(consumer.handle(event)).resolves.toBe('processed');
    await expect(consumer.handle(event)).resolves.toBe('duplicate');

    expect(await about('cm.shelter-a', grantId)).toEqual([{ id: expect.any(String), kind: 'CONSENT_WITHDRAWN', subjectRef: reference, subjectId: grantId, dueAt: null }]);
    for (const username of ['cm.shelter-b', 'psy.shelter-a', 'ra.officer', 'police.tirana']) {
      expect(await about(username, grantId)).toEqual([]);
    }
  });
});
