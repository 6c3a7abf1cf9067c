import type { Request, RequestHandler, Response } from 'express';
import { ApiErrorCode } from '@nrm/graphql';
import { CORRELATION_HEADER, correlationIdOf, type Logger } from '@nrm/logging';

/** Where a subgraph serves files of its own, and the one route the gateway forwards to it (docs/statistics.md, Exports). */
export interface FileRoute {
  /** The path prefix on the gateway and on the subgraph, e.g. `/statistics/exports`. */
  prefix: string;
  subgraph: string;
}

export const FILE_ROUTES: readonly FileRoute[] = [{ prefix: '/statistics/exports', subgraph: 'reporting' }];

const ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Headers of the subgraph's answer passed on to the caller; nothing else (no Set-Cookie, no server headers). */
const PASSED_ON = ['content-type', 'content-disposition', 'content-length', 'cache-control', 'x-content-type-options'];

/** A subgraph's base URL from its GraphQL URL: `http://reporting:4005/graphql` → `http://reporting:4005`. */
export function subgraphBaseUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') || '/';
  url.search = '';
  return url.toString().replace(/\/$/, '');
}

/**
 * `GET <prefix>/:id` on the gateway's origin, forwarded to the subgraph's same route with the caller's own
 * Authorization header and correlation id, and nothing else: the gateway holds no credentials, the subgraph checks
 * the token and that the file is the caller's (docs/architecture.md, "Federation: a static supergraph"). Only a single
 * id segment is forwarded, so no other path of the subgraph (its internal REST) is reachable this way.
 */
export function fileDownloadHandler(options: { baseUrl: () => string | undefined; prefix: string; timeoutMs: number; logger: Logger }): RequestHandler {
  return (request: Request, response: Response) => {
    const correlationId = correlationIdOf(request.headers[CORRELATION_HEADER]);
    response.setHeader(CORRELATION_HEADER, correlationId);
    const segments = request.path.split('/').filter(Boolean);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.status(405).set('allow', 'GET').json({ code: ApiErrorCode.BAD_USER_INPUT });
      return;
    }
    if (segments.length !== 1 || !ID.test(segments[0] as string) || Object.keys(request.query).length > 0) {
      response.status(400).json({ code: ApiErrorCode.BAD_USER_INPUT, fields: ['id'] });
      return;
    }
    const baseUrl = options.baseUrl();
    if (!baseUrl) {
      response.status(503).json({ code: ApiErrorCode.INTERNAL });
      return;
    }
    const headers: Record<string, string> = { [CORRELATION_HEADER]: correlationId };
    if (typeof request.headers.authorization === 'string') headers['authorization'] = request.headers.authorization;
    const target = `${baseUrl}${options.prefix}/${(segments[0] as string).toLowerCase()}`;
    void fetch(target, { method: 'GET', headers, redirect: 'manual', signal: AbortSignal.timeout(options.timeoutMs) })
      .then(async (answer) => {
        const body = Buffer.from(await answer.arrayBuffer());
        for (const name of PASSED_ON) {
          const value = answer.headers.get(name);
          if (value !== null) response.setHeader(name, value);
        }
        response.status(answer.status).end(request.method === 'HEAD' ? undefined : body);
      })
      .catch((error: unknown) => {
        options.logger.warn({ correlationId, err: error instanceof Error ? error.name : 'unknown', route: options.prefix }, 'file download: subgraph did not answer');
        if (!response.headersSent) response.status(502).json({ code: ApiErrorCode.INTERNAL });
      });
  };
}
