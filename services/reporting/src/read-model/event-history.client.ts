import type { ClientCredentialsTokens, InternalPeer } from '@nrm/auth';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { CORRELATION_HEADER } from '@nrm/logging';
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
 * How the rebuild shows itself to the producers: a client-credentials token of the reporting service's own service
 * account (SERVICE_CLIENT_ID, docs/architecture.md "Service accounts"; docs/events.md, "The published events, in bulk").
 */
export interface EventHistoryCredentials {
  tokens: Pick<ClientCredentialsTokens, 'token' | 'forget'>;
  /** Logged by the producers with each page they serve: one rebuild, one id. */
  correlationId: string;
}

/**
 * Reads a producer's published history from its `GET /internal/events` with the reporting service's own token (no
 * user's token: the rebuild runs outside any request, and the producers refuse a user's token there). No token from
 * the identity provider, a refusal, an unreachable or failing producer, a malformed page, or an event of a type that
 * was not asked for (or that another service owns) fails the rebuild, naming the producer and never a payload.
 */
export class EventHistoryClient {
  constructor(
    private readonly credentials: EventHistoryCredentials,
    private readonly timeoutMs: number,
  ) {}

  async page(peer: InternalPeer & { service: ServiceName }, types: readonly ReadModelEventType[], after: string, limit: number): Promise<HistoryPage> {
    const query = new URLSearchParams({ types: types.join(','), after, limit: String(limit) });
    const body = await this.fetchPage(peer, `/internal/events?${query.toString()}`);
    const parsed = PageSchema.safeParse(body);
    if (!parsed.success) throw malformed(peer);
    const events = parsed.data.events.map((event): ReadModelEvent => {
      if (!(types as readonly string[]).includes(event.type)) throw malformed(peer);
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

  private async fetchPage(peer: InternalPeer & { service: ServiceName }, path: string): Promise<unknown> {
    let token: string;
    try {
      token = await this.credentials.tokens.token();
    } catch (error) {
      throw new ApiError(ApiErrorCode.INTERNAL, `Statistics rebuild: no service token for the ${peer.service} service (${error instanceof Error ? error.message : 'unknown'})`);
    }
    let response: Response;
    try {
      response = await fetch(`${peer.baseUrl.replace(/\/+$/, '')}${path}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json', [CORRELATION_HEADER]: this.credentials.correlationId },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new ApiError(ApiErrorCode.INTERNAL, `Statistics rebuild: the ${peer.service} service did not answer (${error instanceof Error ? error.name : 'unknown'})`);
    }
    if (response.status === 401 || response.status === 403) {
      await response.arrayBuffer().catch(() => undefined);
      // Not reused (revoked, the issuer's keys rotated): a later call asks the identity provider again.
      this.credentials.tokens.forget();
      throw new ApiError(response.status === 401 ? ApiErrorCode.UNAUTHENTICATED : ApiErrorCode.FORBIDDEN, `Statistics rebuild: the ${peer.service} service refused the reporting service's token`);
    }
    if (response.status !== 200) {
      await response.arrayBuffer().catch(() => undefined);
      throw new ApiError(ApiErrorCode.INTERNAL, `Statistics rebuild: the ${peer.service} service answered HTTP ${response.status}`);
    }
    return response.json().catch(() => {
      throw malformed(peer);
    });
  }
}

function malformed(peer: { service: ServiceName }): ApiError {
  return new ApiError(ApiErrorCode.INTERNAL, `Statistics rebuild: the ${peer.service} service answered with a malformed page`);
}
