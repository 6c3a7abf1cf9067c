import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from '@nrm/logging';
import { Clock, LOGGER, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { NotificationsConfig } from '../config';
import { isAlwaysMailed, mailLocaleOf } from './email-policy';
import { composeMail } from './email-templates';
import { type DueEmail, EmailRepository, type OutboxEntry, type PendingNotification, type StoredPreferences } from './email.repository';
import { MailSender } from './mail-sender';
import { type Recipient, RecipientDirectoryClient } from './recipient-directory.client';

export interface MailSweepResult {
  notifications: number;
  sent: number;
  failed: number;
}

/** The Message-ID of the one e-mail of a notification to a user: the same on every attempt. */
export function messageIdOf(notificationId: string, userSubject: string): string {
  return `<${notificationId}.${userSubject.replace(/[^A-Za-z0-9.-]/g, '-')}@notifications.nrm>`;
}

/**
 * E-mail delivery in two idempotent steps (docs/notifications.md): a notification waiting to be mailed becomes one
 * outbox row per addressed user who wants it (the directory says who and in which language), then each row is sent
 * under its row lock and marked sent in the same transaction. A worker killed between sending and marking leaves the
 * row pending: it is sent again with the same Message-ID, so the receiving mailbox keeps one e-mail.
 */
@Injectable()
export class EmailDeliveryService {
  private readonly config: NotificationsConfig;

  constructor(
    private readonly emails: EmailRepository,
    private readonly directory: RecipientDirectoryClient,
    private readonly sender: MailSender,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<NotificationsConfig>,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.config = runtime.config;
  }

  async sweep(): Promise<MailSweepResult> {
    // The directory out of reach leaves notifications waiting for the next sweep; what is already due is still sent.
    const notifications = await this.expandPending().catch((error: unknown) => {
      this.logger.warn({ err: errorName(error) }, 'e-mail recipients unavailable');
      return 0;
    });
    const { sent, failed } = await this.sendDue();
    return { notifications, sent, failed };
  }

  /** Turns waiting notifications into outbox rows, a batch per transaction, until none waits. */
  async expandPending(): Promise<number> {
    let expanded = 0;
    for (;;) {
      const count = await this.emails.transaction(async (manager) => {
        const pending = await this.emails.lockPendingNotifications(manager, this.config.MAIL_BATCH);
        for (const notification of pending) {
          const entries = await this.outboxEntriesOf(notification, manager);
          await this.emails.addToOutbox(manager, entries, this.clock.now());
          await this.emails.markExpanded(manager, notification.id);
        }
        return pending.length;
      });
      expanded += count;
      if (count < this.config.MAIL_BATCH) return expanded;
    }
  }

  /** Sends every e-mail due, one transaction each, until none is due. */
  async sendDue(): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    for (;;) {
      const outcome = await this.sendNext();
      if (outcome === 'none') return { sent, failed };
      if (outcome === 'sent') sent += 1;
      else failed += 1;
    }
  }

  private async sendNext(): Promise<'none' | 'sent' | 'failed'> {
    let attempted: DueEmail | undefined;
    try {
      return await this.emails.transaction(async (manager) => {
        const email = await this.emails.lockNextDueEmail(manager, this.clock.now());
        if (!email) return 'none';
        attempted = email;
        const content = composeMail(email, email.locale, this.config.PORTAL_URL);
        await this.sender.send({ to: email.recipient, subject: content.subject, text: content.text, messageId: email.messageId, language: email.locale });
        await this.emails.markSent(manager, email, this.clock.now());
        return 'sent';
      });
    } catch (error) {
      if (!attempted) throw error;
      await this.recordFailure(attempted, error);
      return 'failed';
    }
  }

  private async recordFailure(email: DueEmail, error: unknown): Promise<void> {
    const attempts = email.attempts + 1;
    const reason = errorName(error);
    const retryAt = attempts >= this.config.MAIL_MAX_ATTEMPTS ? null : new Date(this.clock.now().getTime() + backoffMs(attempts));
    await this.emails.markAttemptFailed(email, reason, retryAt);
    // The notification and the attempt, never the address.
    this.logger.warn({ notificationId: email.notificationId, attempts, err: reason, final: retryAt === null }, 'e-mail not sent');
  }

  private async outboxEntriesOf(notification: PendingNotification, manager: Parameters<EmailRepository['preferencesOf']>[0]): Promise<OutboxEntry[]> {
    const recipients = dedupe(
      await this.directory.recipientsOf({
        agencyId: notification.audienceAgencyId,
        roles: notification.audienceRoles,
        teamFunction: notification.audienceTeamFunction,
        userSubject: notification.audienceUserSubject,
      }),
    );
    const preferences = await this.emails.preferencesOf(manager, recipients.map((recipient) => recipient.userSubject));
    return recipients
      .filter((recipient) => wants(preferences.get(recipient.userSubject), notification))
      .map((recipient) => ({
        notificationId: notification.id,
        userSubject: recipient.userSubject,
        recipient: recipient.email,
        locale: mailLocaleOf(preferences.get(recipient.userSubject)?.locale ?? null, recipient.locale),
        messageId: messageIdOf(notification.id, recipient.userSubject),
      }));
  }
}

function wants(preferences: StoredPreferences | undefined, notification: PendingNotification): boolean {
  if (isAlwaysMailed(notification.kind, notification.urgency)) return true;
  return !preferences?.emailMutedKinds.includes(notification.kind);
}

function dedupe(recipients: readonly Recipient[]): Recipient[] {
  return [...new Map(recipients.map((recipient) => [recipient.userSubject, recipient])).values()];
}

/** 30 s, 1 min, 2 min … up to an hour. */
function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** (attempts - 1));
}

/** An SMTP error's code or response code, else the error's name: nothing that could echo an address. */
function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
    if (typeof responseCode === 'number') return `SMTP ${responseCode}`;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
  }
  return error instanceof Error ? error.name : 'unknown';
}
