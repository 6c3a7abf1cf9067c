import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DeadlineKind } from '../deadline/deadline-kind';
import type { NotificationKind } from '../notification/notification-kind';
import type { NotificationUrgency } from '../notification/notification-urgency';
import type { MailLocale } from './email-templates';

/** A notification that has not been turned into e-mails yet. */
export interface PendingNotification {
  id: string;
  kind: NotificationKind;
  audienceAgencyId: string | null;
  audienceRoles: string[];
  audienceTeamFunction: string | null;
  /** The one user it is addressed to, where it is (then no roles). */
  audienceUserSubject: string | null;
  urgency: NotificationUrgency | null;
}

/** One e-mail to send: the outbox row and the facts of its notification the template needs. */
export interface DueEmail {
  notificationId: string;
  userSubject: string;
  recipient: string;
  locale: MailLocale;
  messageId: string;
  attempts: number;
  kind: NotificationKind;
  subjectRef: string;
  dueAt: Date | null;
  urgency: NotificationUrgency | null;
  deadlineKind: DeadlineKind | null;
}

export interface OutboxEntry {
  notificationId: string;
  userSubject: string;
  recipient: string;
  locale: MailLocale;
  messageId: string;
}

export interface StoredPreferences {
  userSubject: string;
  emailMutedKinds: NotificationKind[];
  locale: MailLocale | null;
}

/** The e-mail outbox and the users' preferences (docs/notifications.md). */
@Injectable()
export class EmailRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Locked until the caller's transaction ends; another worker skips them. */
  async lockPendingNotifications(manager: EntityManager, limit: number): Promise<PendingNotification[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT id, kind, audience_agency_id, audience_roles, audience_team_function, audience_user_subject, urgency
       FROM notifications.notification WHERE email_state = 'PENDING'
       ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map((row) => ({
      id: row['id'] as string,
      kind: row['kind'] as NotificationKind,
      audienceAgencyId: row['audience_agency_id'] as string | null,
      audienceRoles: row['audience_roles'] as string[],
      audienceTeamFunction: row['audience_team_function'] as string | null,
      audienceUserSubject: row['audience_user_subject'] as string | null,
      urgency: row['urgency'] as NotificationUrgency | null,
    }));
  }

  /** Each (notification, user) once, whatever ran before: a repeated expansion adds nothing. */
  async addToOutbox(manager: EntityManager, entries: readonly OutboxEntry[], now: Date): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO notifications.email_outbox (notification_id, user_subject, recipient, locale, message_id, next_attempt_at, created_at)
       SELECT e.notification_id, e.user_subject, e.recipient, e.locale, e.message_id, $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS e(notification_id uuid, user_subject text, recipient text, locale text, message_id text)
       ON CONFLICT (notification_id, user_subject) DO NOTHING`,
      [
        JSON.stringify(
          entries.map((entry) => ({
            notification_id: entry.notificationId,
            user_subject: entry.userSubject,
            recipient: entry.recipient,
            locale: entry.locale,
            message_id: entry.messageId,
          })),
        ),
        now,
      ],
    );
  }

  async markExpanded(manager: EntityManager, notificationId: string): Promise<void> {
    await manager.query(`UPDATE notifications.notification SET email_state = 'DONE' WHERE id = $1`, [notificationId]);
  }

  /** The next e-mail due, locked until the caller's transaction ends (so two workers never send it at once). */
  async lockNextDueEmail(manager: EntityManager, now: Date): Promise<DueEmail | undefined> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT o.notification_id, o.user_subject, o.recipient, o.locale, o.message_id, o.attempts,
              n.kind, n.subject_ref, n.due_at, n.urgency, d.kind AS deadline_kind
       FROM notifications.email_outbox o
       JOIN notifications.notification n ON n.id = o.notification_id
       LEFT JOIN notifications.deadline d ON d.id = n.deadline_id
       WHERE o.state = 'PENDING' AND o.next_attempt_at <= $1
       ORDER BY o.next_attempt_at LIMIT 1
       FOR UPDATE OF o SKIP LOCKED`,
      [now],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      notificationId: row['notification_id'] as string,
      userSubject: row['user_subject'] as string,
      recipient: row['recipient'] as string,
      locale: row['locale'] as MailLocale,
      messageId: row['message_id'] as string,
      attempts: row['attempts'] as number,
      kind: row['kind'] as NotificationKind,
      subjectRef: row['subject_ref'] as string,
      dueAt: row['due_at'] as Date | null,
      urgency: row['urgency'] as NotificationUrgency | null,
      deadlineKind: row['deadline_kind'] as DeadlineKind | null,
    };
  }

  /** Sent: the address is no longer kept. */
  async markSent(manager: EntityManager, email: Pick<DueEmail, 'notificationId' | 'userSubject'>, at: Date): Promise<void> {
    await manager.query(
      `UPDATE notifications.email_outbox SET state = 'SENT', sent_at = $3, recipient = NULL, attempts = attempts + 1, last_error = NULL
       WHERE notification_id = $1 AND user_subject = $2`,
      [email.notificationId, email.userSubject, at],
    );
  }

  /** A refused attempt: tried again at `retryAt`, or FAILED (retryAt null) with its error's name. */
  async markAttemptFailed(email: Pick<DueEmail, 'notificationId' | 'userSubject'>, error: string, retryAt: Date | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications.email_outbox
       SET attempts = attempts + 1, last_error = $3,
           state = CASE WHEN $4::timestamptz IS NULL THEN 'FAILED' ELSE state END,
           next_attempt_at = COALESCE($4::timestamptz, next_attempt_at)
       WHERE notification_id = $1 AND user_subject = $2 AND state = 'PENDING'`,
      [email.notificationId, email.userSubject, error, retryAt],
    );
  }

  async preferencesOf(manager: EntityManager | undefined, userSubjects: readonly string[]): Promise<Map<string, StoredPreferences>> {
    if (userSubjects.length === 0) return new Map();
    const rows: Array<{ user_subject: string; email_muted_kinds: NotificationKind[]; locale: MailLocale | null }> = await (
      manager ?? this.dataSource
    ).query(`SELECT user_subject, email_muted_kinds, locale FROM notifications.notification_preference WHERE user_subject = ANY($1::text[])`, [
      [...userSubjects],
    ]);
    return new Map(rows.map((row) => [row.user_subject, { userSubject: row.user_subject, emailMutedKinds: row.email_muted_kinds, locale: row.locale }]));
  }

  async savePreferences(preferences: StoredPreferences, at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notifications.notification_preference (user_subject, email_muted_kinds, locale, updated_at)
       VALUES ($1, $2::text[], $3, $4)
       ON CONFLICT (user_subject) DO UPDATE SET email_muted_kinds = EXCLUDED.email_muted_kinds, locale = EXCLUDED.locale,
         updated_at = EXCLUDED.updated_at`,
      [preferences.userSubject, preferences.emailMutedKinds, preferences.locale, at],
    );
  }
}
