import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Redis } from 'ioredis';
import pino from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '@nrm/config';
import { migrate, serviceDataSourceOptions } from '@nrm/database';
import { EventConsumer } from '@nrm/events';
import { ApiValidationPipe } from '@nrm/graphql';
import { EVENT_HANDLER_SET, type EventHandlerSet, REDIS, type ServiceRuntime } from '@nrm/service-kit';
import { startDevIdentityProvider } from '../../../infra/dev-idp/src/dev-identity-provider';
import { AppModule, entities } from '../src/app.module';
import { referralConfigSchema } from '../src/config';
import { migrations } from '../src/migrations';

export interface GraphQLResult<T> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string; fields?: string[] } }>;
  /** The raw response text, to assert what never appears in it. */
  text: string;
}

export interface ReferralUnderTest {
  dataSource: DataSource;
  /** The service's own consumer, not started: a test hands it events, which go through the inbox as in production. */
  consumer: EventConsumer;
  tokenFor(username: string): Promise<string>;
  graphql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/**
 * The referral subgraph in-process against the run's real PostgreSQL (DATABASE_URL from the integration global
 * setup) and Redis, with the dev identity provider issuing real signed tokens. No relay or queue worker runs.
 */
export async function startReferral(): Promise<ReferralUnderTest> {
  if (!process.env['DATABASE_URL']) throw new Error('DATABASE_URL is not set: run through `jest --selectProjects integration` (its global setup creates a throwaway database)');
  const idp = await startDevIdentityProvider({ port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }) });
  const logger = pino({ level: 'silent' });
  const config = loadConfig(referralConfigSchema, {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    OIDC_ISSUER: idp.issuer,
    WORKERS_IN_PROCESS: 'false',
  });
  await migrate(
    serviceDataSourceOptions({ url: config.DATABASE_URL, schema: 'referral', poolSize: 1, applicationName: 'test-referral-migrate', entities, migrations }),
  );
  const runtime: ServiceRuntime = { name: 'referral', schema: 'referral', mode: 'api', config, logger };
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(runtime)] }).compile();
  const app: INestApplication = moduleRef.createNestApplication({ logger: false });
  app.useGlobalPipes(new ApiValidationPipe());
  await app.init();

  const dataSource = app.get(DataSource);
  const redis = app.get<Redis>(REDIS);
  const consumer = new EventConsumer({
    consumer: 'referral',
    schema: 'referral',
    dataSource,
    redis,
    logger,
    handlers: app.get<EventHandlerSet>(EVENT_HANDLER_SET).handlers(),
  });

  const tokens = new Map<string, string>();
  return {
    dataSource,
    consumer,
    async tokenFor(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const response = await fetch(`${idp.url}/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'password', client_id: 'nrm-cli', username, password: 'demo-password' }),
      });
      if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
      const { access_token: token } = (await response.json()) as { access_token: string };
      tokens.set(username, token);
      return token;
    },
    async graphql(query, variables, token) {
      const call = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (token) call.set('authorization', `Bearer ${token}`);
      const response = await call.send({ query, variables });
      const body = response.body as { data?: unknown; errors?: GraphQLResult<unknown>['errors'] };
      return { status: response.status, data: (body.data ?? null) as never, errors: body.errors, text: response.text };
    },
    async close() {
      await app.close();
      // The service kit opens Redis but does not close it on shutdown.
      await redis.quit().catch(() => undefined);
      await idp.close();
    },
  };
}
