import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@nrm/auth';
import type { TeamFunction } from '@nrm/domain';
import { queryPrepared } from '@nrm/database';
import { exportRows } from '@nrm/service-kit';
import type { DeadlineKind } from '../deadline/deadline-kind';
import type { NotificationKind } from './notification-kind';
import type { Notification } from './notification.model';
import type { NotificationDraft } from './notification-routing';

/** Prepared once per connection: every workflow event runs it for each of its audiences. */
const INSERT_NOTIFICATION = {
  name: 'notifications_insert_notification_v3',
  text: `INSERT INTO notifications.notification
           (kind, subject_ref, subject_id, audience_agency_id, audience_roles, due_at, source_event_id, audience_team_function, urgency)
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9)
         ON CONFLICT ON CONSTRAINT notification_source_unique DO NOTHING
         RETURNING id`,
};

/**
 * Who is asking: a notification reaches a user through their agency and roles, or their agency and the team function
 * the directory gives them (null: none, or not asked); read state is theirs alone.
 */
export type NotificationReader = Pick<Principal, 'subject' | 'agencyId' | 'roles'> & { teamFunction?: TeamFunction | null };

interface NotificationQuery {
  unreadOnly: boolean;
  first: number;
}

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  subject_ref: string;
  subject_id: string;
  created_at: Date;
  due_at: Date | null;
  read_at: Date | null;
  deadline_kind: DeadlineKind | null;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
}

// $1 = reader's subject, $2 = reader's agency, $3 = reader's roles, $4 = reader's team function (or null). A
// notification addressed to one user (a plan action's team member) has no roles: that user of the agency alone reads it.
const VISIBLE_TO_READER = `
  FROM notifications.notification n
  LEFT JOIN notifications.notification_read r ON r.notification_id = n.id AND r.user_subject = $1
  LEFT JOIN notifications.deadline d ON d.id = n.deadline_id
  -- Who acknowledged a new identification: on the RA's own notification of it (the deadline's owner), nobody else's.
  LEFT JOIN notifications.deadline ack ON n.kind IN ('NEW_IDENTIFICATION', 'ANONYMOUS_IDENTIFICATION')
    AND ack.kind = 'RA_ACKNOWLEDGEMENT' AND ack.subject_id = n.subject_id AND ack.state = 'MET'
    AND ack.owner_agency_id = n.audience_agency_id
  WHERE (n.audience_agency_id IS NULL OR n.audience_agency_id = $2)
    AND (n.audience_roles && $3::text[] OR (n.audience_team_function IS NOT NULL AND n.audience_team_function = $4::text)
         OR n.audience_user_subject = $1)`;
const COLUMNS = `SELECT n.id, n.kind, n.subject_ref, n.subject_id, n.created_at, n.due_at, r.read_at,
  d.kind AS deadline_kind, ack.met_by_username AS acknowledged_by, ack.closed_at AS acknowledged_at`;

/** The notifications schema; every query is scoped to what the reader's agency and roles are addressed. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts in the caller's (inbox) transaction; a draft already created from the same event is skipped. */
  async addAll(manager: EntityManager, drafts: readonly NotificationDraft[]): Promise<number> {
    let created = 0;
    for (const draft of drafts) {
      const rows = await queryPrepared(manager, INSERT_NOTIFICATION, [
        draft.kind,
        draft.subjectRef,
        draft.subjectId,
        draft.audienceAgencyId,
        [...draft.audienceRoles],
        draft.dueAt,
        draft.sourceEventId,
        draft.audienceTeamFunction ?? null,
        draft.urgency ?? null,
      ]);
      created += rows.length;
    }
    return created;
  }

  async listFor(reader: NotificationReader, query: NotificationQuery): Promise<Notification[]> {
    const rows: NotificationRow[] = await this.dataSource.query(
      `${COLUMNS} ${VISIBLE_TO_READER} ${query.unreadOnly ? 'AND r.notification_id IS NULL' : ''}
       ORDER BY n.created_at DESC, n.id DESC LIMIT $5`,
      [...readerParameters(reader), query.first],
    );
    return rows.map(toNotification);
  }

  /** The notification if it is addressed to the reader; undefined otherwise, whether or not it exists. */
  async findFor(reader: NotificationReader, id: string): Promise<Notification | undefined> {
    const rows: NotificationRow[] = await this.dataSource.query(`${COLUMNS} ${VISIBLE_TO_READER} AND n.id = $5`, [...readerParameters(reader), id]);
    const [row] = rows;
    return row ? toNotification(row) : undefined;
  }

  /** Whether anything is addressed to a team function of the agency: only then is the reader's function asked for. */
  async addressesTeamFunctionOf(agencyId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM notifications.notification WHERE audience_agency_id = $1 AND audience_team_function IS NOT NULL LIMIT 1`,
      [agencyId],
    );
    return rows.length > 0;
  }

  /** Records the first time this user read it; later calls keep that time. */
  async markRead(notificationId: string, subject: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notifications.notification_read (notification_id, user_subject) VALUES ($1, $2)
       ON CONFLICT (notification_id, user_subject) DO NOTHING`,
      [notificationId, subject],
    );
  }

  /**
   * Rows for a subject access export: the notifications naming the NRM reference, oldest first, without the staff
   * member one was addressed to (staff data, as the deadlines' owner).
   */
  exportRowsOf(reference: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(this.dataSource.manager, {
      table: 'notifications.notification',
      where: 't.subject_ref = $1',
      params: [reference],
      orderBy: 't.created_at, t.id',
      withheld: ['audience_user_subject'],
    });
  }
}

function readerParameters(reader: NotificationReader): [string, string, string[], string | null] {
  return [reader.subject, reader.agencyId, [...reader.roles], reader.teamFunction ?? null];
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    subjectRef: row.subject_ref,
    subjectId: row.subject_id,
    createdAt: row.created_at,
    dueAt: row.due_at,
    readAt: row.read_at,
    deadlineKind: row.deadline_kind,
    acknowledgedBy: row.acknowledged_by,
    acknowledgedAt: row.acknowledged_at,
  };
}
