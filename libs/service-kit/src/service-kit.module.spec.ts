import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import pino from 'pino';
import { baseConfigSchema } from '@nrm/config';
import { OutboxWriter } from '@nrm/events';
import { Clock, SettableClock, SystemClock } from './clock';
import { GraphQLExceptionFilter } from './graphql-exception.filter';
import { LOGGER, REDIS, SERVICE_RUNTIME, type ServiceConfig, type ServiceRuntime } from './runtime';
import { ServiceKitModule } from './service-kit.module';

// The providers every service gets from ServiceKitModule, resolved by Nest itself. The runtime prints the schema, so
// nothing connects: TypeORM is left uninitialised and Redis does not dial.
type ExampleConfig = ServiceConfig & { EXAMPLE_LIMIT: number };

const config: ExampleConfig = { ...baseConfigSchema.parse({ NODE_ENV: 'test' }), PORT: 0, EXAMPLE_LIMIT: 7 };
const runtime: ServiceRuntime<ExampleConfig> = { name: 'shelters', schema: 'shelters', mode: 'print-schema', config, logger: pino({ level: 'silent' }) };

async function compiled(clock?: Clock) {
  return Test.createTestingModule({ imports: [ServiceKitModule.forRoot({ runtime, clock, entities: [], migrations: [] })] }).compile();
}

describe('ServiceRuntime', () => {
  it("types a service's own configuration with no cast", () => {
    // Compile-time facts, checked by `npm run typecheck`: the typed runtime has the field, the base runtime does not.
    const limit: number = runtime.config.EXAMPLE_LIMIT;
    const base: ServiceRuntime = runtime;
    // @ts-expect-error the base runtime's configuration has no EXAMPLE_LIMIT
    const absent: unknown = base.config.EXAMPLE_LIMIT;
    expect([limit, absent]).toEqual([7, 7]);
  });
});

describe('ServiceKitModule', () => {
  it('provides the runtime, its logger, the system clock, an outbox writer of its schema and a Redis client', async () => {
    const moduleRef = await compiled();
    try {
      expect(moduleRef.get(SERVICE_RUNTIME)).toBe(runtime);
      expect(moduleRef.get(LOGGER)).toBe(runtime.logger);
      expect(moduleRef.get(Clock)).toBeInstanceOf(SystemClock);
      const outbox = moduleRef.get(OutboxWriter);
      expect(outbox.insertSql({ type: '$1', aggregateId: '$2', payload: '$3', correlationId: '$4', from: 'x' })).toContain('"shelters".outbox_event');
      // Printing the schema must not need Redis: the client waits to be used.
      expect(moduleRef.get(REDIS).status).toBe('wait');
    } finally {
      await moduleRef.close();
    }
  });

  it('provides the clock a test gives it instead of the system clock', async () => {
    const clock = new SettableClock(new Date('2026-01-05T09:00:00.000Z'));
    const moduleRef = await compiled(clock);
    try {
      expect(moduleRef.get(Clock)).toBe(clock);
    } finally {
      await moduleRef.close();
    }
  });

  it('installs the GraphQL exception filter for the whole app and exports what features inject', () => {
    const module = ServiceKitModule.forRoot({ runtime, entities: [], migrations: [] });
    expect(module.providers).toContainEqual({ provide: APP_FILTER, useClass: GraphQLExceptionFilter });
    expect(module.exports).toEqual(expect.arrayContaining([SERVICE_RUNTIME, LOGGER, Clock, REDIS, OutboxWriter]));
  });
});
