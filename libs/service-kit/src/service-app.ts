import type { Server as HttpServer } from 'node:http';
import type { DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BaseConfig } from '@nrm/config';
import { ApiValidationPipe, createHttpApplication } from '@nrm/graphql';
import { type Logger, NestPinoLogger } from '@nrm/logging';
import { correlateRequest } from './correlation.middleware';
import { jsonBodyHandlers } from './request-body';

/** How long a subgraph keeps an idle HTTP connection open (the gateway's agent closes its side a second earlier). */
const SUBGRAPH_KEEP_ALIVE_MS = 65_000;

/**
 * A subgraph's Nest application, configured but not yet listening: `runService` listens on it, the test harness
 * drives it in-process. Both go through here, so a test sees the headers, body limit and validation production has.
 */
export async function createServiceApp(module: DynamicModule, config: BaseConfig, logger: Logger): Promise<NestExpressApplication> {
  const app = await createHttpApplication(module, new NestPinoLogger(logger));
  app.use(correlateRequest);
  // Replaces Nest's default parser, which takes 100 kB, less than the gateway forwards.
  app.use(...jsonBodyHandlers(config.MAX_REQUEST_BYTES));
  app.useGlobalPipes(new ApiValidationPipe());
  // Idle keep-alive connections from the gateway stay open longer than its agent keeps them (the agent follows the
  // Keep-Alive hint minus a second): with Node's 5 s default a busy gateway reused sockets the subgraph was closing.
  const server = app.getHttpServer() as HttpServer;
  server.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_MS;
  server.headersTimeout = SUBGRAPH_KEEP_ALIVE_MS + 1_000;
  return app;
}
