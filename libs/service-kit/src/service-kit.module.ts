import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import type { EntitySchema, MixedList } from 'typeorm';
import { AuthModule } from '@nrm/auth';
import { serviceDataSourceOptions } from '@nrm/database';
import { OutboxWriter } from '@nrm/events';
import { Clock, SystemClock } from './clock';
import { GraphQLExceptionFilter } from './graphql-exception.filter';
import { FailedJobs, FailedJobsController } from './failed-jobs';
import { HealthController } from './health.controller';
import { MetricsServer, WorkerMetrics } from './job-metrics';
import { Messaging } from './messaging';
import { LOGGER, REDIS, SERVICE_RUNTIME, type ServiceRuntime } from './runtime';

interface ServiceKitOptions {
  runtime: ServiceRuntime;
  /** The time domain code reads (Clock); the system clock unless a test sets one. */
  clock?: Clock;
  // TypeORM's own signature for entity and migration lists.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** What every service process shares: config, logger, database, Redis, auth, outbox, health, workers, their failed jobs and metrics. */
@Global()
@Module({})
export class ServiceKitModule {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    const { runtime } = options;
    const { config } = runtime;
    const printOnly = runtime.mode === 'print-schema';
    const providers: Provider[] = [
      { provide: SERVICE_RUNTIME, useValue: runtime },
      { provide: LOGGER, useValue: runtime.logger },
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      {
        provide: REDIS,
        useFactory: () => {
          if (!printOnly && !redisUrlHasPassword(config.REDIS_URL)) {
            // Tolerated for a development Redis; the message names no URL, so no secret can reach the log.
            runtime.logger.warn('REDIS_URL carries no password: anyone who can reach this Redis can read and forge queue jobs (docs/events.md)');
          }
          return new Redis(config.REDIS_URL, { lazyConnect: printOnly, maxRetriesPerRequest: 3, enableOfflineQueue: !printOnly });
        },
      },
      { provide: OutboxWriter, useValue: new OutboxWriter(runtime.schema) },
      Messaging,
      FailedJobs,
      WorkerMetrics,
      MetricsServer,
      { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
    ];
    return {
      module: ServiceKitModule,
      imports: [
        TypeOrmModule.forRoot({
          ...serviceDataSourceOptions({
            url: config.DATABASE_URL,
            schema: runtime.schema,
            poolSize: config.DATABASE_POOL_SIZE,
            applicationName: `nrm-${runtime.name}`,
            // The API and workers run as the restricted role; migrations (run-service) keep the owner's.
            appRole: config.DATABASE_APP_ROLE,
            entities: options.entities,
            migrations: options.migrations,
          }),
          // Printing the schema needs no database.
          manualInitialization: printOnly,
        }),
        AuthModule.forRoot({
          issuer: config.OIDC_ISSUER,
          allowedClients: config.OIDC_ALLOWED_CLIENTS,
          clockSkewSeconds: config.OIDC_CLOCK_SKEW_SECONDS,
        }),
      ],
      controllers: [HealthController, FailedJobsController],
      providers,
      exports: [SERVICE_RUNTIME, LOGGER, Clock, REDIS, OutboxWriter, Messaging, FailedJobs, WorkerMetrics, MetricsServer, TypeOrmModule, AuthModule],
    };
  }
}

/** redis://:password@host or redis://user:password@host (an ACL user). */
export function redisUrlHasPassword(url: string): boolean {
  try {
    return new URL(url).password !== '';
  } catch {
    return false;
  }
}
