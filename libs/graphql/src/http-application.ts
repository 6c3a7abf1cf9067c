import type { DynamicModule, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * The Nest application every HTTP process of the platform (gateway and subgraphs) serves from, with the settings they
 * share: Nest's global body parser off (each process mounts its own, bounded), no `x-powered-by`, and no ETag (every
 * answer is for one caller and never cached, so hashing each body for one is wasted work). Shutdown hooks drain it on
 * SIGTERM. See docs/architecture.md, "Processes and startup".
 */
export async function createHttpApplication(module: DynamicModule, logger: LoggerService): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { logger, bodyParser: false });
  app.disable('x-powered-by');
  app.set('etag', false);
  app.enableShutdownHooks();
  return app;
}
