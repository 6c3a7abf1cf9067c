import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from '@nrm/logging';
import { LOGGER } from '@nrm/service-kit';
import { NotificationSignalRepository, type SignalListener } from './notification-signal.repository';

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
  private listener: Promise<SignalListener | null> | undefined;
  private closed = false;

  constructor(
    private readonly signals: NotificationSignalRepository,
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

  private listen(): Promise<SignalListener | null> {
    this.listener ??= this.connect();
    return this.listener;
  }

  private async connect(): Promise<SignalListener | null> {
    if (this.closed) return null;
    try {
      const listener = await this.signals.listen(
        (agencyIds) => this.signal(agencyIds),
        () => {
          this.logger.warn('notification signal connection lost; waiting reads poll until it is back');
          this.listener = undefined;
          // Commits are not signalled until a listener is back: every waiting reader looks again (and reconnects).
          this.wakeAll();
        },
      );
      // A commit while the listener was connecting was not signalled: the readers waiting since look once more.
      this.wakeAll();
      return listener;
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'notification signal listener unavailable');
      this.listener = undefined;
      return null;
    }
  }

  private signal(agencyIds: readonly string[]): void {
    const agencies = new Set(agencyIds);
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
    const listener = await this.listener?.catch(() => null);
    await listener?.end();
  }
}
