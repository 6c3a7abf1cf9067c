import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@nrm/events';
import { type NotificationsUnderTest, startNotifications, testReference } from './notifications-harness';

jest.setTimeout(60_000);

let service: NotificationsUnderTest;

beforeAll(async () => {
  service = await startNotifications();
});

afterAll(async () => {
  await service?.close();
});

async function notificationRows(): Promise<number> {
  const [row] = await service.dataSource.query(`SELECT count(*)::int AS n FROM notifications.notification`);
  return row.n;
}

describe('person.erased', () => {
  it('is consumed once through the inbox and changes no notification (they name the person by id and reference only)', async () => {
    const personId = randomUUID();
    const event: EventEnvelope<'person.erased'> = {
      id: randomUUID(),
      type: 'person.erased',
      aggregateId: personId,
      payload: { personId, reference: testReference() },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'identification',
    };
    const before = await notificationRows();
    await expect(service.consumer.handle(event)).resolves.toBe('processed');
    await expect(service.consumer.handle(event)).resolves.toBe('duplicate');
    expect(await notificationRows()).toBe(before);
    const inbox = await service.dataSource.query(`SELECT event_type FROM notifications.inbox_event WHERE event_id = $1`, [event.id]);
    expect(inbox).toEqual([{ event_type: 'person.erased' }]);
  });
});
