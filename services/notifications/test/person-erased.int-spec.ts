import { randomInt, randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@nrm/events';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { AppModule, entities } from '../src/app.module';
import { notificationsConfigSchema } from '../src/config';
import { migrations } from '../src/migrations';

jest.setTimeout(60_000);

let service: SubgraphUnderTest;

beforeAll(async () => {
  service = await startSubgraph({
    name: 'notifications',
    schema: 'notifications',
    configSchema: notificationsConfigSchema,
    appModule: (runtime) => AppModule.register(runtime),
    entities,
    migrations,
  });
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
      payload: { personId, reference: `NRM-2099-${String(randomInt(0, 1_000_000)).padStart(6, '0')}` },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'identification',
    };
    const before = await notificationRows();
    await expect(service.consumer!.handle(event)).resolves.toBe('processed');
    await expect(service.consumer!.handle(event)).resolves.toBe('duplicate');
    expect(await notificationRows()).toBe(before);
    const inbox = await service.dataSource.query(`SELECT event_type FROM notifications.inbox_event WHERE event_id = $1`, [event.id]);
    expect(inbox).toEqual([{ event_type: 'person.erased' }]);
  });
});
