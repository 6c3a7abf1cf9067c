import { randomInt, randomUUID } from 'node:crypto';
import type { EventConsumer, EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { notificationsDefinition } from '../src/service-definition';

export type NotificationsUnderTest = SubgraphUnderTest & {
  /** The service's own handlers behind an inbox, not started: tests hand it events, which go through the inbox as in production. */
  consumer: EventConsumer;
};

/** The notifications subgraph in-process on the run's database, with `env` on top of the defaults. */
export async function startNotifications(env: Record<string, string> = {}): Promise<NotificationsUnderTest> {
  const service = await startSubgraph({
    ...notificationsDefinition,
    env,
  });
  const { consumer } = service;
  if (!consumer) throw new Error('the notifications service consumes events, so it must have a consumer');
  return { ...service, consumer };
}

/** An event as its producer would publish it (referral.* from referral, the rest from identification). */
export function envelope<T extends EventType>(type: T, payload: EventPayloads[T], occurredAt = new Date()): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type,
    aggregateId: randomUUID(),
    payload,
    occurredAt: occurredAt.toISOString(),
    correlationId: null,
    producer: type.startsWith('referral.') ? 'referral' : 'identification',
  };
}

/** A made-up NRM reference in a year no real one has, so tests never collide with each other's rows. */
export function testReference(year = 2099): string {
  return `NRM-${year}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}
