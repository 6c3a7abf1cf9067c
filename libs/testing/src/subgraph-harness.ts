import type { DynamicModule, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import pino from 'pino';
import request from 'supertest';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import type { z } from 'zod';
import { type BaseConfig, loadConfig } from '@nrm/config';
import { migrate, serviceDataSourceOptions } from '@nrm/database';
import type { ServiceName } from '@nrm/events';
import { ApiValidationPipe } from '@nrm/graphql';
import { Messaging, type ServiceRuntime } from '@nrm/service-kit';
import { startDevIdentityProvider } from '../../../infra/dev-idp/src/dev-identity-provider';

export interface SubgraphUnderTest {
  app: INestApplication;
  dataSource: DataSource;
  messaging: Messaging;
  issuer: string;
  tokenFor(username: string): Promise<string>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; data: T | null; errors?: Array<{ message: string; path?: string[]; extensions: { code: string; fields?: string[] } }> }>;
  close(): Promise<void>;
}

export interface SubgraphDefinition<S extends z.ZodType<BaseConfig & { PORT: number }>> {
  name: ServiceName;
  schema: string;
  configSchema: S;
  appModule: (runtime: ServiceRuntime) => DynamicModule;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * Runs one subgraph in-process against the test run's real PostgreSQL and Redis, with a real dev identity provider
 * issuing signed tokens. Workers (relay, consumer) start only when `workers` is true.
 */
export async function startSubgraph<S extends z.ZodType<BaseConfig & { PORT: number }>>(
  definition: SubgraphDefinition<S>,
  options: { workers?: boolean; env?: Record<string, string> } = {},
): Promise<SubgraphUnderTest> {
  const idp = await startDevIdentityProvider({ port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }) });
  const config = loadConfig(definition.configSchema, {
    ...process.env,
    NODE_ENV: 'test',
    OIDC_ISSUER: idp.issuer,
    WORKERS_IN_PROCESS: options.workers ? 'true' : 'false',
    ...options.env,
  });
  await migrate(
    serviceDataSourceOptions({
      url: config.DATABASE_URL,
      schema: definition.schema,
      poolSize: 1,
      applicationName: `test-${definition.name}-migrate`,
      entities: definition.entities,
      migrations: definition.migrations,
    }),
  );
  const runtime: ServiceRuntime = { name: definition.name, schema: definition.schema, mode: 'api', config, logger: pino({ level: 'silent' }) };
  const moduleRef = await Test.createTestingModule({ imports: [definition.appModule(runtime)] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.useGlobalPipes(new ApiValidationPipe());
  await app.init();

  const tokens = new Map<string, string>();
  const tokenFor = async (username: string): Promise<string> => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const response = await fetch(`${idp.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'nrm-cli', username, password: 'demo-password' }),
    });
    if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
    const { access_token: token } = (await response.json()) as { access_token: string };
    tokens.set(username, token);
    return token;
  };

  return {
    app,
    dataSource: app.get(DataSource),
    messaging: app.get(Messaging),
    issuer: idp.issuer,
    tokenFor,
    async graphql(query, variables, token) {
      const call = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (token) call.set('authorization', `Bearer ${token}`);
      const response = await call.send({ query, variables });
      return { status: response.status, data: response.body.data ?? null, errors: response.body.errors };
    },
    async close() {
      await app.close();
      await idp.close();
    },
  };
}
