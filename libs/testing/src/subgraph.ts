import type { INestApplication } from '@nestjs/common';
import type { Redis } from 'ioredis';
import pino from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { type BaseConfig, loadConfig } from '@nrm/config';
import { migrate, serviceDataSourceOptions } from '@nrm/database';
import { EventConsumer, eventTypesConsumedBy } from '@nrm/events';
import {
  createServiceApp,
  EVENT_HANDLER_SET,
  type EventHandlerSet,
  eventVerifierFromConfig,
  Messaging,
  REDIS,
  type ServiceDefinition,
  type ServiceRuntime,
} from '@nrm/service-kit';
import { startDevIdentityProvider } from '../../../infra/dev-idp/src/dev-identity-provider';
import type { GraphQLResponseError } from './stack';
import { freePorts } from './ports';
import { eventKeyEnv } from './run-event-keys';

export interface StartSubgraphOptions<S extends z.ZodType<BaseConfig & { PORT: number }>> extends ServiceDefinition<S> {
  /** Environment over the run's; WORKERS_IN_PROCESS defaults to false so a test starts workers when it wants. */
  env?: Record<string, string>;
  /** The dev identity provider's partial import (users, agencies); defaults to the repository's demo realm. */
  devImportFile?: string;
}

export interface SubgraphResult<TData> {
  status: number;
  data: TData | null;
  errors?: GraphQLResponseError[];
  /** The raw response body, to assert what never appears in it (names, stack traces). */
  text: string;
}

export interface SubgraphUnderTest {
  app: INestApplication;
  dataSource: DataSource;
  /** The service's relay and consumer; `messaging.startWorkers()` starts them. */
  messaging: Messaging;
  /**
   * A consumer over the service's own event handlers that is not attached to a queue: a test hands it events with
   * `consumer.handle(envelope)`, and they go through the inbox as in production. Undefined for a service that
   * consumes nothing.
   */
  consumer: EventConsumer | undefined;
  issuer: string;
  tokenFor(username: string): Promise<string>;
  graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<SubgraphResult<TData>>;
  /** A GET of one of the service's REST routes (internal endpoints), with a bearer token when given. */
  get<TBody = unknown>(path: string, token?: string): Promise<RestResult<TBody>>;
  close(): Promise<void>;
}

export interface RestResult<TBody> {
  status: number;
  body: TBody;
  /** The raw response body, to assert what never appears in it (names, stack traces). */
  text: string;
}

/**
 * One subgraph in this process (its Nest app, not listening: requests go through supertest) against the run's
 * throwaway PostgreSQL and Redis databases, with the dev identity provider issuing real signed tokens. Migrations run
 * first, as they would on boot.
 */
export async function startSubgraph<S extends z.ZodType<BaseConfig & { PORT: number }>>(
  definition: StartSubgraphOptions<S>,
): Promise<SubgraphUnderTest> {
  if (!process.env['NRM_TEST_RUN_ID']) {
    // Never point a test at the development database by accident.
    throw new Error('startSubgraph needs the test run set up by libs/testing global-setup (run it through the integration Jest project)');
  }
  const [idpPort] = await freePorts(1);
  const idp = await startDevIdentityProvider({
    port: idpPort,
    host: '127.0.0.1',
    issuer: `http://127.0.0.1:${idpPort}/realms/nrm`,
    devImportFile: definition.devImportFile,
    logger: pino({ level: 'silent' }),
  });
  let app: INestApplication | undefined;
  try {
    const logger = pino({ level: process.env['NRM_TEST_SHOW_LOGS'] === '1' ? 'debug' : 'silent' });
    const config = loadConfig(definition.configSchema, {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      OIDC_ISSUER: idp.issuer,
      OIDC_ALLOWED_CLIENTS: 'nrm-portal,nrm-cli',
      WORKERS_IN_PROCESS: 'false',
      RUN_MIGRATIONS_ON_BOOT: 'false',
      ...eventKeyEnv(definition.name),
      ...definition.env,
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
    const runtime: ServiceRuntime<z.infer<S>> = { name: definition.name, schema: definition.schema, mode: 'api', config, logger };
    // Production's application (headers, body limit, validation), driven in-process instead of listening.
    const nest = await createServiceApp(definition.appModule(runtime), config, logger);
    app = nest;
    await nest.init();

    const dataSource = nest.get(DataSource);
    const consumer =
      eventTypesConsumedBy(definition.name).length > 0
        ? new EventConsumer({
            consumer: definition.name,
            schema: definition.schema,
            dataSource,
            redis: nest.get<Redis>(REDIS),
            logger,
            handlers: nest.get<EventHandlerSet>(EVENT_HANDLER_SET).handlers(),
            verifier: eventVerifierFromConfig(definition.name, config),
          })
        : undefined;
    const tokens = new Map<string, { token: string; expiresAt: number }>();
    return {
      app: nest,
      dataSource,
      consumer,
      messaging: nest.get(Messaging),
      issuer: idp.issuer,
      async tokenFor(username) {
        const cached = tokens.get(username);
        if (cached && cached.expiresAt - Date.now() > 30_000) return cached.token;
        const token = await passwordGrant(idp.issuer, username);
        tokens.set(username, token);
        return token.token;
      },
      async graphql<TData>(query: string, variables?: Record<string, unknown>, token?: string, headers: Record<string, string> = {}) {
        const call = request(nest.getHttpServer()).post('/graphql').set('content-type', 'application/json');
        if (token) call.set('authorization', `Bearer ${token}`);
        for (const [name, value] of Object.entries(headers)) call.set(name, value);
        const response = await call.send({ query, variables });
        const body = (response.body ?? {}) as { data?: TData | null; errors?: GraphQLResponseError[] };
        return { status: response.status, data: body.data ?? null, errors: body.errors, text: response.text };
      },
      async get<TBody>(path: string, token?: string) {
        const call = request(nest.getHttpServer()).get(path).set('accept', 'application/json');
        if (token) call.set('authorization', `Bearer ${token}`);
        const response = await call;
        return { status: response.status, body: response.body as TBody, text: response.text };
      },
      async close() {
        const redis = nest.get<Redis>(REDIS);
        await nest.close();
        // The service kit opens Redis but leaves closing it to process exit.
        await redis.quit().catch(() => undefined);
        await idp.close();
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await idp.close();
    throw error;
  }
}

/** The demo users' password grant against the dev identity provider (client nrm-cli). */
export async function passwordGrant(issuer: string, username: string, password = 'demo-password'): Promise<{ token: string; expiresAt: number }> {
  const response = await retryOnStaleConnection(() =>
    fetch(`${issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'nrm-cli', username, password }),
    }),
  );
  const body = (await response.json()) as { access_token?: string; expires_in?: number; error?: string };
  if (!response.ok || !body.access_token) throw new Error(`No token for ${username}: HTTP ${response.status} ${body.error ?? ''}`);
  return { token: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 60) * 1000 };
}

/** A service's own token (client-credentials grant of a confidential client with a service account; the dev secret). */
export async function serviceAccountGrant(issuer: string, clientId: string, secret = 'nrm-dev-secret'): Promise<string> {
  const response = await retryOnStaleConnection(() =>
    fetch(`${issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    }),
  );
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!response.ok || !body.access_token) throw new Error(`No token for ${clientId}: HTTP ${response.status} ${body.error ?? ''}`);
  return body.access_token;
}

/**
 * A test file's first request often reuses a kept-alive connection that the server has already closed: Jest compiles
 * the next file for seconds with the event loop blocked, so the client never drops the idle socket in time, and the
 * request fails with ECONNRESET before the server has read it. A token request changes nothing, so it is sent again.
 */
async function retryOnStaleConnection(send: () => Promise<Response>, attempts = 3): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (attempt >= attempts || !['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'].includes(code ?? '')) throw error;
    }
  }
}
