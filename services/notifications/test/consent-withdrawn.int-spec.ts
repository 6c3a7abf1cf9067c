import { randomInt, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { EventConsumer, type EventEnvelope } from '@nrm/events';
import { EVENT_HANDLER_SET, type EventHandlerSet, REDIS } from '@nrm/service-kit';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { AppModule, entities } from '../src/app.module';
import { notificationsConfigSchema } from '../src/config';
import { migrations } from '../src/migrations';

jest.setTimeout(60_000);

const MY_NOTIFICATIONS = `query Mine($first: Int) { myNotifications(first: $first) { id kind subjectRef subjectId dueAt } }`;

interface NotificationView {
  id: string;
  kind: string;
  subjectRef: string;
  subjectId: string;
  dueAt: string | null;
}

let service: SubgraphUnderTest;
/** The service's own consumer, not started: the test hands it the event, which goes through the inbox as in production. */
let consumer: EventConsumer;

beforeAll(async () => {
  service = await startSubgraph({
    name: 'notifications',
    schema: 'notifications',
    configSchema: notificationsConfigSchema,
    appModule: (runtime) => AppModule.register(runtime),
    entities,
    migrations,
  });
  consumer = new EventConsumer({
    consumer: 'notifications',
    schema: 'notifications',
    dataSource: service.dataSource,
    redis: service.app.get<Redis>(REDIS),
    logger: pino({ level: 'silent' }),
    handlers: service.app.get<EventHandlerSet>(EVENT_HANDLER_SET).handlers(),
  });
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
    const reference = `NRM-2099-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
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
