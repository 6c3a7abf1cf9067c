import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import {
  aliasLimitRule,
  API_ERROR_CODES,
  ApiErrorCode,
  complexityLimitPlugin,
  depthLimitRule,
  formatApiError,
  internalErrorCorrelationPlugin,
} from '@nrm/graphql';
import { CORRELATION_HEADER, correlationIdOf, type Logger } from '@nrm/logging';
import { subgraphUrlVariable, type GatewayConfig } from './config';
import { FILE_ROUTES, fileDownloadHandler, subgraphBaseUrl } from './file-download';
import { createSubgraphFetcher } from './subgraph-fetcher';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const GATEWAY_LOGGER = Symbol('GATEWAY_LOGGER');

/** The subgraph names a supergraph routes to, from its `join__Graph` enum. */
export function subgraphNamesOf(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)"/g)].map((match) => match[1]);
}

/** Each subgraph's GraphQL URL as the supergraph names it, by subgraph name. */
export function subgraphUrlsOf(supergraphSdl: string): Map<string, string> {
  return new Map([...supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]+)"\)/g)].map((match): [string, string] => [match[1] as string, match[2] as string]));
}

/**
 * Apollo Gateway over the supergraph composed at build time. It never introspects subgraphs at boot (a subgraph that
 * is down would stop the gateway; docs/architecture.md, "Federation: a static supergraph"), and it holds no
 * credentials of its own.
 */
@Injectable()
export class GatewayServer implements OnModuleInit, OnApplicationShutdown {
  private server: ApolloServer<GatewayContext> | undefined;
  private handler: RequestHandler | undefined;
  private readonly fetcher;
  private subgraphs: string[] = [];
  private readonly routedUrls = new Map<string, string>();

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {
    this.fetcher = createSubgraphFetcher({ timeoutMs: config.SUBGRAPH_TIMEOUT_MS });
  }

  get ready(): boolean {
    return this.handler !== undefined;
  }

  get subgraphNames(): readonly string[] {
    return this.subgraphs;
  }

  async onModuleInit(): Promise<void> {
    const { config, logger } = this;
    let supergraphSdl: string;
    try {
      supergraphSdl = await readFile(config.SUPERGRAPH_FILE, 'utf8');
    } catch {
      throw new Error(`cannot read the supergraph at ${config.SUPERGRAPH_FILE}; run \`npm run build\` (it composes it)`);
    }
    this.subgraphs = subgraphNamesOf(supergraphSdl);
    for (const [name, url] of subgraphUrlsOf(supergraphSdl)) this.routedUrls.set(name, config.subgraphUrls.get(subgraphUrlVariable(name)) ?? url);
    const known = new Set(this.subgraphs.map(subgraphUrlVariable));
    for (const variable of config.subgraphUrls.keys()) {
      if (!known.has(variable)) logger.warn({ variable }, 'subgraph URL override names no subgraph of the supergraph');
    }

    const development = config.NODE_ENV === 'development';
    const production = config.NODE_ENV === 'production';
    const gateway = new ApolloGateway({
      supergraphSdl,
      logger,
      buildService: ({ name, url }) =>
        new SubgraphDataSource({
          url: config.subgraphUrls.get(subgraphUrlVariable(name)) ?? url,
          fetcher: this.fetcher,
          // Every response carries personal data for one caller: nothing is cacheable, so skip the bookkeeping.
          honorSubgraphCacheControlHeader: false,
        }),
    });

    const plugins: ApolloServerPlugin<GatewayContext>[] = [
      complexityLimitPlugin<GatewayContext>(config.MAX_QUERY_COMPLEXITY),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      this.errorLogPlugin(),
      internalErrorCorrelationPlugin<GatewayContext>((context) => context.correlationId),
    ];
    if (!development) plugins.push(ApolloServerPluginLandingPageDisabled());
    // "Did you mean …?" hints spell out the schema that introspection hides.
    if (production) plugins.push(ApolloServerPluginDisableSuggestions());

    this.server = new ApolloServer<GatewayContext>({
      gateway,
      nodeEnv: config.NODE_ENV,
      introspection: !production,
      includeStacktraceInErrorResponses: development,
      csrfPrevention: true,
      stopOnTerminationSignals: false,
      validationRules: [depthLimitRule(config.MAX_QUERY_DEPTH), aliasLimitRule(config.MAX_QUERY_ALIASES, config.MAX_QUERY_DIRECTIVES)],
      // Bounds the work a hostile document can cause before validation even starts.
      parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
      formatError: (formatted, error) => formatApiError(formatted, error),
      // Apollo pretty-prints by default; compact JSON is smaller and cheaper.
      stringifyResult: (result) => JSON.stringify(result),
      plugins,
    });
    await this.server.start();
    this.handler = expressMiddleware(this.server, {
      context: async ({ req, res }) => ({
        authorization: req.headers.authorization,
        correlationId: (res.locals['correlationId'] as string | undefined) ?? randomUUID(),
      }),
    });
    logger.info({ subgraphs: this.subgraphs, supergraph: config.SUPERGRAPH_FILE }, 'supergraph loaded');
  }

  /**
   * Express handlers for /graphql: JSON body (bounded), body errors as API errors, correlation id, then Apollo.
   * Mounted before the server starts, ahead of Nest's router.
   */
  requestHandlers(): (RequestHandler | ErrorRequestHandler)[] {
    const body = express.json({ limit: this.config.MAX_REQUEST_BYTES });
    // Without this, Express's default handler would answer a malformed body with an HTML page (and, outside
    // production, a stack trace).
    const bodyError: ErrorRequestHandler = (error: { type?: string; status?: number }, _request, response, next) => {
      if (response.headersSent) return next(error);
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
    // A body that is not JSON is left unparsed; Apollo then refuses it (content type, CSRF) with a 400.
    const ensureBody: RequestHandler = (request, _response, next) => {
      request.body ??= {};
      next();
    };
    const correlate: RequestHandler = (request: Request, response: Response, next: NextFunction) => {
      const correlationId = correlationIdOf(request.headers[CORRELATION_HEADER]);
      response.locals['correlationId'] = correlationId;
      response.setHeader(CORRELATION_HEADER, correlationId);
      // Passed explicitly (Apollo's context, the error log below), not through AsyncLocalStorage: on this Node
      // version an active AsyncLocalStorage hooks every promise of the process, a cost the gateway's hot path is
      // spared (bench/submit-identification.mjs).
      next();
    };
    const graphql: RequestHandler = (request, response, next) => {
      if (!this.handler) {
        response.status(503).json({ errors: [{ message: 'Starting', extensions: { code: ApiErrorCode.INTERNAL } }] });
        return;
      }
      return this.handler(request, response, next);
    };
    return [body, bodyError, ensureBody, correlate, graphql];
  }

  /** Express handlers of the file routes (FILE_ROUTES): each forwards `GET <prefix>/:id` to its subgraph. */
  fileRouteHandlers(): Array<{ prefix: string; handler: RequestHandler }> {
    return FILE_ROUTES.map((route) => ({
      prefix: route.prefix,
      handler: fileDownloadHandler({
        prefix: route.prefix,
        timeoutMs: this.config.SUBGRAPH_TIMEOUT_MS,
        logger: this.logger,
        baseUrl: () => {
          const url = this.routedUrls.get(route.subgraph);
          return url ? subgraphBaseUrl(url) : undefined;
        },
      }),
    }));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.stop();
    this.fetcher.close();
  }

  /** Unexpected errors (no API code) are logged once here: code, subgraph, path and message; never variables or headers. */
  private errorLogPlugin(): ApolloServerPlugin<GatewayContext> {
    const { logger } = this;
    return {
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors, operationName, contextValue }) {
            for (const error of errors) {
              const code = error.extensions?.['code'];
              if (typeof code === 'string' && API_ERROR_CODES.has(code)) continue;
              if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT') continue;
              logger.error(
                { correlationId: contextValue.correlationId, code, operationName, serviceName: error.extensions?.['serviceName'], path: error.path },
                error.message,
              );
            }
          },
        };
      },
    };
  }
}
