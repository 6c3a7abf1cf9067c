import 'reflect-metadata';
import type { Server as HttpServer } from 'node:http';
import { reportBootFailure } from '@nrm/config';
import { createHttpApplication } from '@nrm/graphql';
import { CORRELATION_HEADER, createLogger, type Logger, NestPinoLogger } from '@nrm/logging';
import { AppModule } from './app.module';
import { loadGatewayConfig } from './config';
import { GatewayServer } from './gateway-server';

/** How long the gateway keeps an idle client connection open. */
const KEEP_ALIVE_MS = 65_000;

async function bootstrap(): Promise<void> {
  let logger: Logger = createLogger('gateway');
  try {
    const config = loadGatewayConfig();
    logger = createLogger('gateway', config.LOG_LEVEL);
    // Only /graphql takes a body, with its own size limit (GatewayServer).
    const app = await createHttpApplication(AppModule.forRoot(config, logger), new NestPinoLogger(logger));
    if (config.CORS_ORIGINS.length) {
      app.enableCors({
        origin: config.CORS_ORIGINS,
        methods: ['GET', 'POST', 'OPTIONS'],
        allowedHeaders: ['authorization', 'content-type', CORRELATION_HEADER, 'apollo-require-preflight'],
        // The file routes' name for the download (docs/statistics.md, Exports).
        exposedHeaders: [CORRELATION_HEADER, 'content-disposition'],
        maxAge: 600,
      });
    }
    // Mounted on Express directly, ahead of Nest's router: GraphQL requests skip Nest's per-request machinery.
    app.use('/graphql', ...app.get(GatewayServer).requestHandlers());
    // Files a subgraph serves to the caller who asked for them (a statistics export), with the caller's own token.
    for (const route of app.get(GatewayServer).fileRouteHandlers()) app.use(route.prefix, route.handler);
    process.once('SIGTERM', () => forceExitAfter(config.SHUTDOWN_GRACE_MS, logger));
    process.once('SIGINT', () => forceExitAfter(config.SHUTDOWN_GRACE_MS, logger));
    // Idle keep-alive connections stay open longer than clients keep them (undici follows the Keep-Alive hint minus a
    // second; load balancers idle out at 60 s): with Node's 5 s default, a client whose event loop was busy for a few
    // seconds reused a socket the gateway had just closed, and its request failed before the gateway read it.
    const server = app.getHttpServer() as HttpServer;
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 1_000;
    await app.listen(config.PORT, config.HOST);
    logger.info({ port: config.PORT }, 'ready');
  } catch (error) {
    reportBootFailure(logger, error);
  }
}

/** Nest drains on the signal; if a connection keeps it open past the grace period, leave anyway. */
function forceExitAfter(graceMs: number, logger: Logger): void {
  setTimeout(() => {
    logger.warn({ graceMs }, 'shutdown grace period elapsed; exiting');
    process.exit(1);
  }, graceMs).unref();
}

void bootstrap();
