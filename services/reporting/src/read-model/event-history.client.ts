import type { ClientCredentialsTokens, InternalPeer } from '@nrm/auth';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { CORRELATION_HEADER } from '@nrm/logging';
import { type EventEnvelope, type ServiceName } from '@nrm/events';
import type { ReadModelEvent, ReadModelEventType } from './fact-fold';

const UUID = /^([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;
const POSITION = /^\d+$/;
const DATETIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;
/** As `Date#toISOString` gives it: kept as it is (most producers send it so). */
const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const isPosition = (value: unknown): value is string | number =>
  typeof value === 'string' ? POSITION.test(value) : typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

interface PublishedEvent {
  id: string;
  type: string;
  position: string | number;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/**
 * One page of a producer's published events (`GET /internal/events`, oldest first by outbox position), checked field by
 * field: a rebuild reads millions of events, and a schema library's per-field cost was most of its parsing time.
 * Null when anything is missing or malformed.
 */
function parsePage(body: unknown): { events: PublishedEvent[]; next: string | number | null } | null {
  if (!isRecord(body) || !Array.isArray(body['events'])) return null;
  const next = body['next'];
  if (next !== null && !isPosition(next)) return null;
  for (const event of body['events'] as unknown[]) {
    if (!isRecord(event)) return null;
    const { id, type, position, occurredAt, payload } = event;
    if (typeof id !== 'string' || !UUID.test(id) || typeof type !== 'string' || !isPosition(position) || !isRecord(payload)) return null;
    if (typeof occurredAt !== 'string' || !(CANONICAL.test(occurredAt) || DATETIME.test(occurredAt)) || Number.isNaN(Date.parse(occurredAt))) return null;
  }
  return { events: body['events'] as PublishedEvent[], next };
}

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
    const parsed = parsePage(body);
    if (parsed === null) throw malformed(peer);
    const asked = new Set<string>(types);
    const events = parsed.events.map((event): ReadModelEvent => {
      if (!asked.has(event.type)) throw malformed(peer);
      return {
        id: event.id,
        type: event.type as ReadModelEventType,
        aggregateId: event.id,
        payload: event.payload as EventEnvelope<ReadModelEventType>['payload'],
        occurredAt: CANONICAL.test(event.occurredAt) ? event.occurredAt : new Date(event.occurredAt).toISOString(),
        correlationId: null,
        producer: peer.service,
      };
    });
    const last = parsed.events.at(-1);
    return { events, next: parsed.next === null ? null : String(parsed.next), lastPosition: last ? String(last.position) : null };
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
