import { randomUUID } from 'node:crypto';

export const CORRELATION_HEADER = 'x-correlation-id';

/*
 * The correlation id travels explicitly: the gateway sets the header, each service puts it on the request
 * (`request.correlationId`) and from there on the principal, and from the principal (or an event's envelope) into log
 * lines, outbox events, audit entries and calls to other services. Not through AsyncLocalStorage: on Node 20 an active
 * AsyncLocalStorage hooks every promise of the process, which cost this stack about an eighth of its CPU per
 * submission (bench/submit-identification.mjs, measured against the same build with it).
 */

/** A correlation id comes from outside: accept only a short opaque token so it cannot smuggle data into logs. */
export function sanitizeCorrelationId(value: string | string[] | undefined): string | undefined {
  const candidate = Array.isArray(value) ? value[0] : value;
  return candidate && /^[A-Za-z0-9._-]{8,64}$/.test(candidate) ? candidate : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRACE_ID = /^[0-9a-f]{32}$/i;

/**
 * A correlation id a client may choose: a UUID or a W3C trace id (32 hex digits), nothing else. It is stored in the
 * append-only audit trail, so a free-form token (even letters and dashes) could carry a name that can never be erased.
 */
export function wellFormedCorrelationId(value: string | string[] | undefined): string | undefined {
  const candidate = Array.isArray(value) ? value[0] : value;
  return candidate && (UUID.test(candidate) || TRACE_ID.test(candidate)) ? candidate : undefined;
}

/** The request's correlation id: the caller's (the gateway's) when well-formed, a new one otherwise. */
export function correlationIdOf(header: string | string[] | undefined): string {
  return wellFormedCorrelationId(header) ?? randomUUID();
}
