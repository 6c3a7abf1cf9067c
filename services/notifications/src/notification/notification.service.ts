import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { DEFAULT_NOTIFICATIONS_PAGE, type MyNotificationsArgs } from './dto/my-notifications.args';
import { NotificationException, NotificationExceptionCode } from './notification.exception';
import type { Notification } from './notification.model';
import { type NotificationReader, NotificationRepository } from './notification.repository';
import type { NotificationDraft } from './notification-routing';
import { NotificationSignal } from './notification-signal';
import { ReaderTeamFunctionClient } from './reader-team-function.client';

@Injectable()
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly teamFunctions: ReaderTeamFunctionClient,
    private readonly signal: NotificationSignal,
  ) {}

  /**
   * The caller as a reader: with their team function from the directory when something of their agency is addressed
   * to a team function (docs/domain.md §2 step 4), else without asking identification anything.
   */
  async readerOf(principal: Principal, request: AuthenticatedRequest): Promise<NotificationReader> {
    if (!(await this.notifications.addressesTeamFunctionOf(principal.agencyId))) return principal;
    return { ...principal, teamFunction: await this.teamFunctions.teamFunctionOf(request) };
  }

  /** Creates the drafts of one event in its inbox transaction; a draft already created from that event is skipped. */
  create(manager: EntityManager, drafts: readonly NotificationDraft[]): Promise<number> {
    return this.notifications.addAll(manager, drafts);
  }

  /**
   * Everything addressed to the reader's agency and roles, newest first, with the reader's own read state. A waiting
   * read (`waitSeconds`) answers as soon as the list holds an id the caller does not have (`known`), woken by the
   * commit of notifications addressed to the reader's agency (NotificationSignal), or when its time is up, with the
   * list as it is: the caller sees a new notification about when it commits, without reading back to back
   * (docs/notifications.md, "Seeing a notification at once").
   */
  async list(reader: NotificationReader, args: MyNotificationsArgs): Promise<Notification[]> {
    const query = { unreadOnly: args.unreadOnly ?? false, first: args.first ?? DEFAULT_NOTIFICATIONS_PAGE };
    const waitMs = (args.waitSeconds ?? 0) * 1000;
    if (waitMs === 0) return this.notifications.listFor(reader, query);
    const known = new Set((args.known ?? []).map((id) => id.toLowerCase()));
    const until = Date.now() + waitMs;
    for (;;) {
      // Waiting starts before the read, so a commit between the two still wakes this reader.
      const next = this.signal.next(reader.agencyId, Math.max(0, until - Date.now()));
      const page = await this.notifications.listFor(reader, query);
      if (page.some((notification) => !known.has(notification.id)) || Date.now() >= until) {
        next.cancel();
        return page;
      }
      await next.signalled;
    }
  }

  /** Idempotent: a second call keeps the first read time. Someone else's notification is "not found". */
  async markRead(reader: NotificationReader, id: string): Promise<Notification> {
    const notification = await this.notifications.findFor(reader, id);
    if (!notification) throw notFound();
    if (notification.readAt) return notification;
    await this.notifications.markRead(id, reader.subject);
    const read = await this.notifications.findFor(reader, id);
    if (!read) throw notFound();
    return read;
  }

  /** The staff notifications that name the person's NRM reference, for a subject access export. */
  exportOfReference(reference: string): Promise<Array<Record<string, unknown>>> {
    return this.notifications.exportRowsOf(reference);
  }
}

function notFound(): NotificationException {
  return new NotificationException(NotificationExceptionCode.NOTIFICATION_NOT_FOUND, 'Notification not found');
}
