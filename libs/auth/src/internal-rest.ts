import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response as ExpressResponse } from 'express';
import { ApiError, ApiErrorCode, assertUuid, DomainException } from '@nrm/graphql';
import { CORRELATION_HEADER } from '@nrm/logging';
import type { AuthenticatedRequest } from './request';

/*
 * Internal REST between services (docs/architecture.md, "Internal REST between services"): plain Nest controllers under /internal/…, behind the global AuthGuard and
 * `@Roles` like every resolver, called with the caller's own bearer token so each service decides for the caller
 * itself. They are not GraphQL resolvers, so the gateway never exposes them.
 */

const STATUS_OF: Readonly<Record<ApiErrorCode, number>> = {
  [ApiErrorCode.UNAUTHENTICATED]: 401,
  [ApiErrorCode.FORBIDDEN]: 403,
  [ApiErrorCode.CONSENT_REQUIRED]: 403,
  [ApiErrorCode.BAD_USER_INPUT]: 400,
  [ApiErrorCode.NOT_FOUND]: 404,
  [ApiErrorCode.CONFLICT]: 409,
  [ApiErrorCode.INTERNAL]: 500,
};

/** The body of every refusal of an internal endpoint: a code (and the input paths at fault), never personal data. */
export interface InternalRestErrorBody {
  code: ApiErrorCode;
  fields?: string[];
}

/**
 * `@UseFilters(InternalRestErrorFilter)` on an internal controller: the guard's and the handler's ApiErrors (no token,
 * wrong role, bad input) and domain exceptions become HTTP statuses with `{ code }` instead of a 500. Anything else
 * falls through to the service's global filter (logged, 500 with a generic body).
 */
@Catch(ApiError, DomainException, HttpException)
export class InternalRestErrorFilter implements ExceptionFilter {
  catch(exception: ApiError | DomainException | HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<ExpressResponse>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = status === 404 ? ApiErrorCode.NOT_FOUND : status === 400 ? ApiErrorCode.BAD_USER_INPUT : ApiErrorCode.INTERNAL;
      response.status(status).json({ code } satisfies InternalRestErrorBody);
      return;
    }
    const code = exception instanceof ApiError ? exception.code : exception.apiCode;
    const fields = exception instanceof ApiError ? (exception.extensions['fields'] as string[] | undefined) : exception.fields;
    response.status(STATUS_OF[code] ?? 500).json({ code, ...(fields ? { fields } : {}) } satisfies InternalRestErrorBody);
  }
}

/** The `:personId` of an internal route: a uuid in lower case, or BAD_USER_INPUT naming `personId`. */
export function personIdParam(value: string): string {
  return assertUuid(value, 'personId').toLowerCase();
}

/** One peer service's internal base URL, e.g. `{ service: 'shelters', baseUrl: 'http://127.0.0.1:4004' }`. */
export interface InternalPeer {
  service: string;
  baseUrl: string;
}

/** The incoming request a call to another service acts for: its bearer token and correlation id are forwarded. */
export type PeerCallRequest = Pick<AuthenticatedRequest, 'headers' | 'correlationId'>;

export interface InternalCall {
  peer: InternalPeer;
  /** Starts with `/`, e.g. `/internal/audit/verify`; path segments already encoded. */
  path: string;
  /** The incoming request whose bearer token (and correlation id) is forwarded: the peer decides for the same caller. */
  request: PeerCallRequest;
  timeoutMs: number;
  /** What the caller was assembling, for the error message: "Audit trail", "Subject access export". */
  purpose: string;
  /** When set, a 404 from the peer is NOT_FOUND with this message (the peer owns the record asked for). */
  notFoundMessage?: string;
  /** When set, the call is a POST of this JSON body (ids and codes only, like every internal call). */
  body?: Record<string, unknown>;
}

const logger = new Logger('InternalRest');

/**
 * GET (or, with `body`, POST) of a peer's internal endpoint with the caller's own token and correlation id; the parsed
 * JSON body of a 200.
 * Anything else is an error of the whole operation, never a silently missing part: the message names the peer
 * service and what failed, never a stack trace or a driver message. 401 and 403 keep their meaning (the peer refused
 * this caller), and so does 404 where the call names a not-found message; an unreachable, slow or failing peer, or a
 * body that is not JSON, is INTERNAL.
 */
export async function getFromPeer(call: InternalCall): Promise<unknown> {
  const { peer, purpose } = call;
  const authorization = call.request.headers.authorization;
  if (!authorization) throw new ApiError(ApiErrorCode.UNAUTHENTICATED, 'Authentication required');
  const { correlationId } = call.request;
  let response: Response;
  try {
    response = await fetch(`${peer.baseUrl.replace(/\/+$/, '')}${call.path}`, {
      method: call.body ? 'POST' : 'GET',
      headers: {
        authorization,
        accept: 'application/json',
        ...(call.body ? { 'content-type': 'application/json' } : {}),
        ...(correlationId ? { [CORRELATION_HEADER]: correlationId } : {}),
      },
      ...(call.body ? { body: JSON.stringify(call.body) } : {}),
      signal: AbortSignal.timeout(call.timeoutMs),
    });
  } catch (error) {
    const cause = error instanceof Error ? error.name : 'unknown';
    logger.warn(`${purpose}: ${peer.service} did not answer (${cause}) [correlation ${correlationId ?? 'none'}]`);
    throw new ApiError(ApiErrorCode.INTERNAL, `${purpose} unavailable: the ${peer.service} service did not answer`);
  }
  if (response.status === 401) {
    await response.arrayBuffer().catch(() => undefined);
    throw new ApiError(ApiErrorCode.UNAUTHENTICATED, `${purpose}: the ${peer.service} service did not accept the token`);
  }
  if (response.status === 404 && call.notFoundMessage) {
    await response.arrayBuffer().catch(() => undefined);
    throw new ApiError(ApiErrorCode.NOT_FOUND, call.notFoundMessage);
  }
  if (response.status === 403) {
    await response.arrayBuffer().catch(() => undefined);
    throw new ApiError(ApiErrorCode.FORBIDDEN, `${purpose}: the ${peer.service} service refused the request`);
  }
  if (response.status !== 200) {
    await response.arrayBuffer().catch(() => undefined);
    logger.warn(`${purpose}: ${peer.service} answered HTTP ${response.status} [correlation ${correlationId ?? 'none'}]`);
    throw new ApiError(ApiErrorCode.INTERNAL, `${purpose} unavailable: the ${peer.service} service answered with an error`);
  }
  try {
    return (await response.json()) as unknown;
  } catch {
    throw malformedAnswer(call);
  }
}

/** For a body that parsed but is not what the endpoint promises: fail the operation, naming the peer. */
export function malformedAnswer(call: Pick<InternalCall, 'peer' | 'purpose'>): ApiError {
  logger.warn(`${call.purpose}: ${call.peer.service} answered with a malformed body`);
  return new ApiError(ApiErrorCode.INTERNAL, `${call.purpose} unavailable: the ${call.peer.service} service answered with a malformed body`);
}
