import { EVENT_PRODUCERS, type ServiceName } from '@nrm/events';
import type { InternalPeer } from '@nrm/auth';
import type { EventHistoryClient, HistoryPage } from './event-history.client';
import { READ_MODEL_EVENT_TYPES, type ReadModelEvent, type ReadModelEventType } from './fact-fold';

interface Stream {
  peer: InternalPeer & { service: ServiceName };
  types: ReadModelEventType[];
  after: string;
  page: ReadModelEvent[];
  /** The next event of `page` to hand out. */
  index: number;
  /** Nothing more to read for now (the producer said so); `reopen` asks again from where it stopped. */
  drained: boolean;
  /** The next page, asked for as soon as the previous one came (each producer is read while the others are). */
  pending?: Promise<HistoryPage>;
}

/**
 * Every producer's history as one stream in `occurredAt` order (ties: the producers in a fixed order, then each
 * producer's own order), read page by page so the whole history is never in memory.
 */
export class MergedHistory {
  private readonly streams: Stream[];

  constructor(
    private readonly client: EventHistoryClient,
    baseUrls: Partial<Record<ServiceName, string>>,
    private readonly pageSize: number,
  ) {
    const producers = [...new Set(READ_MODEL_EVENT_TYPES.map((type) => EVENT_PRODUCERS[type]))].sort();
    this.streams = producers.map((service) => {
      const baseUrl = baseUrls[service];
      if (!baseUrl) throw new Error(`no internal URL for ${service}`);
      const types = READ_MODEL_EVENT_TYPES.filter((type) => EVENT_PRODUCERS[type] === service);
      return { peer: { service, baseUrl }, types, after: '0', page: [], index: 0, drained: false };
    });
  }

  /** After the history was read to its end: look again for what the producers published since. */
  reopen(): void {
    for (const stream of this.streams) stream.drained = false;
  }

  /** Up to `count` next events; fewer (or none) once every producer is drained. */
  async next(count: number): Promise<ReadModelEvent[]> {
    const out: ReadModelEvent[] = [];
    for (const stream of this.streams) if (stream.index >= stream.page.length && !stream.drained) stream.pending ??= this.request(stream);
    while (out.length < count) {
      for (const stream of this.streams) if (stream.index >= stream.page.length && !stream.drained) await this.fill(stream);
      let earliest: Stream | undefined;
      let earliestAt = '';
      for (const stream of this.streams) {
        const head = stream.page[stream.index];
        if (head && (!earliest || head.occurredAt < earliestAt)) {
          earliest = stream;
          earliestAt = head.occurredAt;
        }
      }
      if (!earliest) return out;
      out.push(earliest.page[earliest.index] as ReadModelEvent);
      earliest.index += 1;
    }
    return out;
  }

  private async fill(stream: Stream): Promise<void> {
    const page = await (stream.pending ?? this.request(stream));
    stream.pending = undefined;
    stream.page = page.events;
    stream.index = 0;
    const after = page.next ?? page.lastPosition;
    if (after !== null) stream.after = after;
    stream.drained = page.events.length === 0 || page.next === null;
    if (!stream.drained) stream.pending = this.request(stream);
  }

  private request(stream: Stream): Promise<HistoryPage> {
    const page = this.client.page(stream.peer, stream.types, stream.after, this.pageSize);
    // Awaited by the next fill; until then a failure must not count as unhandled.
    page.catch(() => undefined);
    return page;
  }
}
