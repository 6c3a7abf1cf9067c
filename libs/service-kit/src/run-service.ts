import 'reflect-metadata';
import type { Server as HttpServer } from 'node:http';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { execute, parse } from 'graphql';
import type { EntitySchema, MixedList } from 'typeorm';
import { type BaseConfig, loadConfig, reportBootFailure } from '@nrm/config';
import { migrate, serviceDataSourceOptions } from '@nrm/database';
import type { ServiceName } from '@nrm/events';
import { ApiValidationPipe } from '@nrm/graphql';
import { createLogger, type Logger, NestPinoLogger } from '@nrm/logging';
import { correlateRequest } from './correlation.middleware';
import { jsonBodyHandlers } from './request-body';
import type { z } from 'zod';
import type { ProcessMode, ServiceRuntime } from './runtime';

/** How long a subgraph keeps an idle HTTP connection open (the gateway's agent closes its side a second earlier). */
const SUBGRAPH_KEEP_ALIVE_MS = 65_000;

export interface ServiceDefinition<S extends z.ZodType<BaseConfig & { PORT: number }>> {
  name: ServiceName;
  schema: string;
  configSchema: S;
  appModule: (runtime: ServiceRuntime<z.infer<S>>) => DynamicModule;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * The one entry of every service: `main.js` serves the API (and, by default, its workers), `main.js worker` runs only
 * the workers, `main.js migrate` applies migrations, `main.js print-schema` prints the subgraph SDL without touching
 * the database (the build composes the supergraph from it).
 */
export async function runService<S extends z.ZodType<BaseConfig & { PORT: number }>>(
  definition: ServiceDefinition<S>,
  argv: string[] = process.argv.slice(2),
): Promise<void> {
  const command = argv[0] ?? 'api';
  const mode: ProcessMode | 'migrate' = command === 'worker' || command === 'print-schema' || command === 'migrate' ? command : 'api';
  let logger: Logger = createLogger(definition.name);
  try {
    const config = loadConfig(definition.configSchema);
    logger = createLogger(definition.name, mode === 'print-schema' ? 'silent' : config.LOG_LEVEL);
    const runtime: ServiceRuntime<z.infer<S>> = { name: definition.name, schema: definition.schema, mode: mode === 'migrate' ? 'worker' : mode, config, logger };

    if (mode === 'migrate' || (mode !== 'print-schema' && config.RUN_MIGRATIONS_ON_BOOT)) {
      const applied = await migrate(
        serviceDataSourceOptions({
          url: config.DATABASE_URL,
          schema: definition.schema,
          poolSize: 1,
          applicationName: `nrm-${definition.name}-migrate`,
          entities: definition.entities,
          migrations: definition.migrations,
        }),
      );
      logger.info({ applied }, 'migrations applied');
      if (mode === 'migrate') return;
    }

    if (mode === 'print-schema') {
      process.stdout.write(await printSubgraphSdl(definition.appModule(runtime)));
      return;
    }

    if (mode === 'worker') {
      const context = await NestFactory.createApplicationContext(definition.appModule(runtime), { logger: new NestPinoLogger(logger) });
      context.enableShutdownHooks();
      logger.info('worker ready');
      return;
    }

    const app = await NestFactory.create<NestExpressApplication>(definition.appModule(runtime), {
      logger: new NestPinoLogger(logger),
      // Replaced by jsonBodyHandlers: Nest's default parser takes 100 kB, less than the gateway forwards.
      bodyParser: false,
    });
    app.disable('x-powered-by');
    // Every answer is for one caller and never cached: hashing each body for an ETag is wasted work (as in the gateway).
    app.set('etag', false);
    app.use(correlateRequest);
    app.use(...jsonBodyHandlers(config.MAX_REQUEST_BYTES));
    app.useGlobalPipes(new ApiValidationPipe());
    app.enableShutdownHooks();
    await app.listen(config.PORT, config.HOST);
    // Idle keep-alive connections from the gateway stay open longer than its agent keeps them (the agent follows the
    // Keep-Alive hint minus a second): with Node's 5 s default a busy gateway reused sockets the subgraph was closing.
    const server = app.getHttpServer() as HttpServer;
    server.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_MS;
    server.headersTimeout = SUBGRAPH_KEEP_ALIVE_MS + 1_000;
    logger.info({ port: config.PORT }, 'ready');
  } catch (error) {
    reportBootFailure(logger, error);
  }
}

async function printSubgraphSdl(module: DynamicModule): Promise<string> {
  const app = await NestFactory.create(module, { logger: false });
  await app.init();
  const { schema } = app.get(GraphQLSchemaHost);
  const result = await execute({ schema, document: parse('{ _service { sdl } }') });
  await app.close();
  const sdl = (result.data as { _service?: { sdl?: string } } | null | undefined)?._service?.sdl;
  if (!sdl) throw new Error('subgraph did not return its SDL');
  return sdl.endsWith('\n') ? sdl : `${sdl}\n`;
}
