import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { execute, parse } from 'graphql';
import type { EntitySchema, MixedList } from 'typeorm';
import { type BaseConfig, loadConfig, reportBootFailure } from '@nrm/config';
import { migrate, serviceDataSourceOptions } from '@nrm/database';
import type { ServiceName } from '@nrm/events';
import { createLogger, type Logger, NestPinoLogger } from '@nrm/logging';
import { createServiceApp } from './service-app';
import type { z } from 'zod';
import type { ProcessMode, ServiceRuntime } from './runtime';

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

    const app = await createServiceApp(definition.appModule(runtime), config, logger);
    await app.listen(config.PORT, config.HOST);
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
