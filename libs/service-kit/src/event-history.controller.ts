import { Controller, Get, Inject, Query, Req, UseFilters } from '@nestjs/common';
import { type AuthenticatedRequest, authenticateServiceCaller, InternalRestErrorFilter, PublicEndpoint, TOKEN_VERIFIER, TokenVerifier } from '@nrm/auth';
import { eventTypesProducedBy } from '@nrm/events';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { EventHistoryRepository, type PublishedEvent } from './event-history.repository';
import { SERVICE_RUNTIME, type ServiceConfig, type ServiceRuntime } from './runtime';

/*
 * The service's published events in bulk, for the reporting service's rebuild of the national statistics
 * (docs/events.md, "The published events, in bulk"; docs/statistics.md, "Rebuild"). The rebuild runs outside any
 * user's request, so the reporting service shows its own token, a client-credentials token of its service account
 * (docs/architecture.md, "Service accounts"), as the mail worker does at identification's recipients endpoint; a user's
 * token is never enough, whatever its roles, nor another service's.
 */

export const EVENT_HISTORY_ROUTE = 'internal/events';

export const EVENT_HISTORY_DEFAULT_LIMIT = 1000;
export const EVENT_HISTORY_MAX_LIMIT = 5000;

/** What `GET /internal/events` answers: a page in outbox order, and where the next one starts (null: no more). */
export interface EventHistoryPage {
  events: PublishedEvent[];
  next: number | null;
}

/** What a service that serves its published events has in its configuration (`eventHistoryConfigShape`). */
export interface EventHistoryConfig {
  /** The clients whose service accounts may read them (`nrm-reporting`). */
  EVENT_HISTORY_CLIENTS: readonly string[];
}

const POSITION = /^[0-9]{1,15}$/;
const LIMIT = /^[0-9]{1,4}$/;

function badParameter(name: string, message: string): ApiError {
  return new ApiError(ApiErrorCode.BAD_USER_INPUT, `${name}: ${message}`, { fields: [name] });
}

/**
 * `GET /internal/events?types=a,b&after=<position>&limit=<n>`: this service's published outbox events of those types
 * (every type it produces when `types` is absent), oldest first by outbox position, after `after` (default 0), at
 * most `limit` (default 1000, at most 5000). Answered to the reporting service's key alone: without it (or with a
 * wrong one) 401; with a bearer token, whoever's, 403.
 */
@Controller(EVENT_HISTORY_ROUTE)
@UseFilters(InternalRestErrorFilter)
export class EventHistoryController {
  private readonly callers: readonly string[];
  private readonly produced: ReadonlySet<string>;

  constructor(
    private readonly history: EventHistoryRepository,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<ServiceConfig & Partial<EventHistoryConfig>>,
  ) {
    const callers = runtime.config.EVENT_HISTORY_CLIENTS;
    if (!Array.isArray(callers)) throw new Error('EVENT_HISTORY_CLIENTS (eventHistoryConfigShape) is needed to serve the published events');
    this.callers = callers;
    this.produced = new Set(eventTypesProducedBy(runtime.name));
  }

  // Public to the user guard only: the calling service is authenticated below, before any parameter is looked at.
  @Get()
  @PublicEndpoint()
  async events(
    @Req() request: AuthenticatedRequest,
    @Query('types') types: unknown,
    @Query('after') after: unknown,
    @Query('limit') limit: unknown,
  ): Promise<EventHistoryPage> {
    await authenticateServiceCaller(this.verifier, request, this.callers);
    const wanted = this.typesOf(types);
    const from = positionOf(after);
    const size = limitOf(limit);
    const rows = await this.history.page(wanted, from, size + 1);
    const events = rows.slice(0, size);
    return { events, next: rows.length > size ? (events[events.length - 1]?.position ?? null) : null };
  }

  private typesOf(value: unknown): string[] {
    if (value === undefined) return [...this.produced];
    if (typeof value !== 'string') throw badParameter('types', 'one comma-separated list of event types');
    const types = [...new Set(value.split(',').map((type) => type.trim()))];
    if (types.length === 0 || types.some((type) => !this.produced.has(type))) {
      throw badParameter('types', 'must be event types this service produces');
    }
    return types;
  }
}

function positionOf(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'string' || !POSITION.test(value)) throw badParameter('after', 'must be an outbox position (a non-negative integer)');
  return Number(value);
}

function limitOf(value: unknown): number {
  if (value === undefined) return EVENT_HISTORY_DEFAULT_LIMIT;
  const limit = typeof value === 'string' && LIMIT.test(value) ? Number(value) : Number.NaN;
  if (!(limit >= 1 && limit <= EVENT_HISTORY_MAX_LIMIT)) throw badParameter('limit', `must be an integer from 1 to ${EVENT_HISTORY_MAX_LIMIT}`);
  return limit;
}
