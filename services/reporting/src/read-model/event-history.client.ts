import { getFromPeer, type InternalPeer, malformedAnswer, type PeerCallRequest } from '@nrm/auth';
import { type EventEnvelope, type ServiceName } from '@nrm/events';
import { z } from '@nrm/config';
import type { ReadModelEvent, ReadModelEventType } from './fact-fold';

/** One page of a producer's published events (`GET /internal/events`, oldest first by outbox position). */
const PageSchema = z.object({
  events: z.array(
    z.object({
      id: z.string().uuid(),
      type: z.string(),
      position: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]),
      occurredAt: z.string().datetime({ offset: true }),
      payload: z.record(z.string(), z.unknown()),
    }),
  ),
  next: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).nullable(),
});

export interface HistoryPage {
  events: ReadModelEvent[];
  /** The position to ask after next; null when the producer has nothing after this page. */
  next: string | null;
  /** The position of the page's last event (null for an empty page): where to ask again later. */
  lastPosition: string | null;
}

/**
 * Reads a producer's published history with the same internal REST and service-to-service credentials as every
 * `/internal` call (getFromPeer: a bearer token, the correlation id). An event of a type that was not asked for, or
 * that another service owns, fails the rebuild: a producer serves only its own events.
 */
export class EventHistoryClient {
  constructor(
    private readonly request: PeerCallRequest,
    private readonly timeoutMs: number,
  ) {}

  async page(peer: InternalPeer & { service: ServiceName }, types: readonly ReadModelEventType[], after: string, limit: number): Promise<HistoryPage> {
    const query = new URLSearchParams({ types: types.join(','), after, limit: String(limit) });
    const call = { peer, path: `/internal/events?${query.toString()}`, request: this.request, timeoutMs: this.timeoutMs, purpose: 'Statistics rebuild' };
    const parsed = PageSchema.safeParse(await getFromPeer(call));
    if (!parsed.success) throw malformedAnswer(call);
    const events = parsed.data.events.map((event): ReadModelEvent => {
      if (!(types as readonly string[]).includes(event.type)) throw malformedAnswer(call);
      return {
        id: event.id,
        type: event.type as ReadModelEventType,
        aggregateId: event.id,
        payload: event.payload as EventEnvelope<ReadModelEventType>['payload'],
        occurredAt: new Date(event.occurredAt).toISOString(),
        correlationId: null,
        producer: peer.service,
      };
    });
    const last = parsed.data.events.at(-1);
    return { events, next: parsed.data.next === null ? null : String(parsed.data.next), lastPosition: last ? String(last.position) : null };
  }
}
