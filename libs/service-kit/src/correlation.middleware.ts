import type { NextFunction, Response } from 'express';
import type { AuthenticatedRequest } from '@nrm/auth';
import { CORRELATION_HEADER, correlationIdOf } from '@nrm/logging';

/** First middleware of every service: the request's correlation id, from the gateway's header or new (see @nrm/logging). */
export function correlateRequest(request: AuthenticatedRequest, _response: Response, next: NextFunction): void {
  request.correlationId = correlationIdOf(request.headers[CORRELATION_HEADER]);
  next();
}
