import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import {
  EventConsumer,
  type EventHandlers,
  EventSigner,
  EventVerifier,
  eventTypesConsumedBy,
  eventTypesProducedBy,
  OutboxRelay,
  type ServiceName,
} from '@nrm/events';
import type { BaseConfig } from '@nrm/config';
import { recordJobFailure } from './job-metrics';
import { SERVICE_RUNTIME, REDIS, type ServiceRuntime } from './runtime';

/**
 * A service's event handlers, by event type; boot fails if a subscribed type has none. A service provides it in its
 * own module (`{ provide: EVENT_HANDLER_SET, useClass: … }`), so the handlers can inject that module's providers.
 */
export interface EventHandlerSet {
  handlers(): EventHandlers;
}
export const EVENT_HANDLER_SET = Symbol('EVENT_HANDLER_SET');

/**
 * Starts the outbox relay and the event consumer when this process runs workers, and drains both on shutdown
 * (in-flight jobs finish, nothing new is taken).
 */
@Injectable()
export class Messaging implements OnApplicationBootstrap, OnApplicationShutdown {
  relay: OutboxRelay | undefined;
  consumer: EventConsumer | undefined;

  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly moduleRef: ModuleRef,
  ) {}

  private get runsWorkers(): boolean {
    const { mode, config } = this.runtime;
    return mode === 'worker' || (mode === 'api' && config.WORKERS_IN_PROCESS);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.runsWorkers) await this.startWorkers();
  }

  /** Starts the relay and the consumer; public so a test can start them after setting up its fixtures. */
  async startWorkers(): Promise<void> {
    if (this.relay || this.consumer) return;
    const { name, schema, logger, config } = this.runtime;
    // A service that publishes nothing has no outbox rows to relay and needs no signing key.
    if (eventTypesProducedBy(name).length > 0) {
      const signer = eventSignerFromConfig(name, config);
      this.relay = new OutboxRelay({ producer: name, signer, schema, dataSource: this.dataSource, databaseUrl: config.DATABASE_URL, redis: this.redis, logger });
      await this.relay.start();
    }
    if (eventTypesConsumedBy(name).length > 0) {
      this.consumer = new EventConsumer({
        verifier: eventVerifierFromConfig(name, config),
        consumer: name,
        schema,
        dataSource: this.dataSource,
        redis: this.redis,
        logger,
        handlers: this.handlerSet().handlers(),
        lockDurationMs: config.EVENT_LOCK_MS,
        onFailed: recordJobFailure,
      });
      this.consumer.start();
    }
    logger.info('workers started');
  }

  private handlerSet(): EventHandlerSet {
    try {
      return this.moduleRef.get<EventHandlerSet>(EVENT_HANDLER_SET, { strict: false });
    } catch {
      throw new Error(`${this.runtime.name} consumes events but provides no EVENT_HANDLER_SET`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    await this.relay?.stop();
    // Last: the relay and consumer used this connection until they stopped.
    // A lazy connection that never connected (print-schema) is dropped; quitting it would open a socket first.
    if (this.redis.status === 'wait') this.redis.disconnect();
    else if (this.redis.status !== 'end') await this.redis.quit().catch(() => undefined);
  }
}

/** This service's signer from EVENT_SIGNING_KEY(_ID); a publishing service cannot start its workers without one. */
export function eventSignerFromConfig(name: ServiceName, config: BaseConfig): EventSigner {
  if (!config.EVENT_SIGNING_KEY || !config.EVENT_SIGNING_KEY_ID) {
    throw new Error(`${name} publishes events but has no EVENT_SIGNING_KEY and EVENT_SIGNING_KEY_ID (docs/events.md)`);
  }
  return new EventSigner(name, config.EVENT_SIGNING_KEY_ID, config.EVENT_SIGNING_KEY);
}

/** A verifier over EVENT_PUBLIC_KEYS; a consumer cannot start without a key for every producer it hears from. */
export function eventVerifierFromConfig(name: ServiceName, config: BaseConfig): EventVerifier {
  const verifier = new EventVerifier(config.EVENT_PUBLIC_KEYS);
  const missing = verifier.producersWithoutKeys(name);
  if (missing.length > 0) throw new Error(`${name} consumes events of ${missing.join(', ')} but EVENT_PUBLIC_KEYS has no key for them (docs/events.md)`);
  return verifier;
}
