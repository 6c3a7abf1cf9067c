import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import type { Logger } from '@nrm/logging';
import { LOGGER, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';

/** The channel every statement creating notifications signals on commit (migration NotificationCreatedSignal). */
const CHANNEL = 'notifications_created';
/** Without a listener (its connection lost), waiting reads look again this often rather than sleep to their end. */
const FALLBACK_MS = 1_000;

interface Waiter {
  agencyId: string;
  wake: () => void;
}

/**
 * Wakes waiting reads of `myNotifications` when notifications addressed to their agency commit (docs/notifications.md,
 * "Seeing a notification at once"): one LISTEN connection per API process, opened on the first wait, so a process that
 * never serves a waiting read never opens it. The signal carries agency ids only; a woken reader queries again under
 * its own scope, so a signal can wake too many readers, never show anyone more.
 */
@Injectable()
export class NotificationSignal implements OnApplicationShutdown {
  private readonly waiters = new Set<Waiter>();
  private listener: Promise<Client | null> | undefined;
  private closed = false;

  constructor(
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<NotificationsConfig>,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Resolves on the next commit of notifications addressed to the agency (or to every agency), or after `ms`. Call it
   * before reading, then await it: a commit between the read and the wait is not missed.
   */
  next(agencyId: string, ms: number): { signalled: Promise<void>; cancel: () => void } {
    let waiter: Waiter | undefined;
    let timer: NodeJS.Timeout | undefined;
    const signalled = new Promise<void>((resolve) => {
      const done = () => {
        if (timer) clearTimeout(timer);
        if (waiter) this.waiters.delete(waiter);
        resolve();
      };
      waiter = { agencyId, wake: done };
      this.waiters.add(waiter);
      timer = setTimeout(done, ms);
    });
    void this.listen().then((client) => {
      // No listener: look again soon instead of waiting out the whole time.
      if (!client && waiter && this.waiters.has(waiter)) setTimeout(() => waiter?.wake(), Math.min(ms, FALLBACK_MS));
    });
    return { signalled, cancel: () => waiter?.wake() };
  }

  private listen(): Promise<Client | null> {
    this.listener ??= this.connect();
    return this.listener;
  }

  private async connect(): Promise<Client | null> {
    if (this.closed) return null;
    const client = new Client({ connectionString: this.runtime.config.DATABASE_URL, application_name: 'notifications-signal-listener' });
    client.on('notification', (message) => this.signal(message.payload ?? '*'));
    client.on('error', () => {
      this.logger.warn('notification signal connection lost; waiting reads poll until it is back');
      this.listener = undefined;
      void client.end().catch(() => undefined);
      // Commits are not signalled until a listener is back: every waiting reader looks again (and reconnects).
      this.wakeAll();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      // A commit while the listener was connecting was not signalled: the readers waiting since look once more.
      this.wakeAll();
      return client;
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'notification signal listener unavailable');
      this.listener = undefined;
      await client.end().catch(() => undefined);
      return null;
    }
  }

  private signal(payload: string): void {
    const agencies = new Set(payload.split(','));
    const everyone = agencies.has('*');
    for (const waiter of [...this.waiters]) {
      if (everyone || agencies.has(waiter.agencyId)) waiter.wake();
    }
  }

  private wakeAll(): void {
    for (const waiter of [...this.waiters]) waiter.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    const client = await this.listener?.catch(() => null);
    await client?.end().catch(() => undefined);
  }
}
