import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ApiErrorCode } from '@nrm/graphql';

/**
 * The JSON body parser of every service, bounded by MAX_REQUEST_BYTES, and its errors as API errors: a body too large
 * or not JSON is the caller's mistake (BAD_USER_INPUT on `body`), never Express's HTML page or a bare 500.
 */
export function jsonBodyHandlers(limitBytes: number): [RequestHandler, ErrorRequestHandler] {
  const bodyError: ErrorRequestHandler = (error: { type?: string }, _request, response, next) => {
    if (response.headersSent || typeof error?.type !== 'string') return next(error);
    const tooLarge = error.type === 'entity.too.large';
    response.status(tooLarge ? 413 : 400).json({
      errors: [
        {
          message: tooLarge ? 'The request body is too large' : 'The request body is not valid JSON',
          extensions: { code: ApiErrorCode.BAD_USER_INPUT, fields: ['body'] },
        },
      ],
    });
  };
  return [express.json({ limit: limitBytes }), bodyError];
}
