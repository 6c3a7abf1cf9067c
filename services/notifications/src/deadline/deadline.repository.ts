import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '@nrm/database';
import { exportRows } from '@nrm/service-kit';
import type { DeadlineKind, DeadlineState } from './deadline-kind';
import type { CaseDeadlinesClosing, DeadlineClosing, DeadlineOpening } from './deadline-planner';

/** A deadline as the API shows it: what, about which record, by when, where it stands; who met it, where a person did. */
export interface DeadlineRow {
  id: string;
  kind: DeadlineKind;
  subjectRef: string;
  subjectId: string;
  ownerAgencyId: string;
  openedAt: Date | null;
  dueAt: Date;
  state: DeadlineState;
  remindersSent: number;
  escalatedAt: Date | null;
  closedAt: Date | null;
  metBy: string | null;
}

/** What one sweep batch did. */
export interface SweepResult {
  acted: number;
  reminded: number;
  escalated: number;
}

export interface DeadlineQuery {
  /** Null: every agency's (the RA); otherwise only deadlines this agency owns or is escalated to. */
  visibleToAgencyId: string | null;
  ownerAgencyId: string | null;
  subjectRef: string | null;
  state: DeadlineState | null;
  overdueOnly: boolean;
  now: Date;
  after: { dueAt: string; id: string } | undefined;
  limit: number;
}

const COLUMNS = `d.id, d.kind, d.subject_ref, d.subject_id, d.owner_agency_id, d.opened_at, d.due_at, d.state, d.reminders_sent,
  d.escalated_at, d.closed_at, d.met_by_username`;

/** Prepared once per connection: every workflow event that starts a clock runs it. */
const OPEN_DEADLINE = {
  name: 'notifications_open_deadline_v2',
  text: `INSERT INTO notifications.deadline
           (kind, subject_ref, subject_id, owner_agency_id, owner_roles, escalation_agency_id, escalation_roles,
            opened_at, due_at, remind_at, next_action_at, source_event_id, case_id, owner_user_subject)
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7::text[], $8, $9, $10::timestamptz[], $11, $12, $13, $14)
         ON CONFLICT ON CONSTRAINT deadline_subject_unique DO NOTHING
         RETURNING id`,
};

/**
 * Met or cancelled: an open (or escalated) deadline stops for good. When the closing event comes before the one that
 * opens it (events of different producers arrive in any order), a closed row is written instead, so the late opening
 * finds the clock already stopped and opens nothing.
 */
const CLOSE_DEADLINE = {
  name: 'notifications_close_deadline_v1',
  text: `INSERT INTO notifications.deadline
           (kind, subject_ref, subject_id, owner_agency_id, owner_roles, escalation_agency_id, escalation_roles,
            opened_at, due_at, next_action_at, state, closed_at, source_event_id)
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7::text[], NULL, $8, NULL, $9, $8, $10)
         ON CONFLICT ON CONSTRAINT deadline_subject_unique DO UPDATE
           SET state = EXCLUDED.state, closed_at = EXCLUDED.closed_at, next_action_at = NULL
           WHERE deadline.state IN ('OPEN', 'ESCALATED')
         RETURNING id`,
};

/**
 * One sweep batch, in one statement: lock the open deadlines whose next action is due (skipping any another sweep holds),
 * move each on — escalated once due, else past every reminder time already reached — and write the notification of
 * that step. A notification's source id is derived from the deadline and the step, so even a step taken twice could
 * not tell anyone twice; the state conditions already keep a repeated or concurrent sweep from taking it twice. An
 * expiry's reminder also reaches the case managers of the person's open shelter case (told_case). A reminder of a
 * deadline naming the user whose work it is (a plan action's team member) is addressed to that user alone; its
 * escalation goes to the escalation roles as any other (docs/notifications.md, "Who gets it").
 * `$1` = now, `$2` = batch size. Reads the partial index deadline_sweep.
 */
export const SWEEP_BATCH = `
  WITH picked AS (
    SELECT id FROM notifications.deadline
    WHERE state = 'OPEN' AND next_action_at <= $1
    ORDER BY next_action_at
    LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), acted AS (
    UPDATE notifications.deadline d SET
      state = CASE WHEN d.due_at <= $1 THEN 'ESCALATED' ELSE 'OPEN' END,
      escalated_at = CASE WHEN d.due_at <= $1 THEN $1::timestamptz END,
      reminders_sent = CASE WHEN d.due_at <= $1 THEN d.reminders_sent
                            ELSE (SELECT count(*)::int FROM unnest(d.remind_at) AS r(at) WHERE r.at <= $1) END,
      next_action_at = CASE WHEN d.due_at <= $1 THEN NULL
                            ELSE COALESCE((SELECT min(r.at) FROM unnest(d.remind_at) AS r(at) WHERE r.at > $1), d.due_at) END
    FROM picked
    WHERE d.id = picked.id AND d.state = 'OPEN' AND d.next_action_at <= $1
    RETURNING d.id, d.kind, d.subject_ref, d.subject_id, d.due_at, d.state, d.reminders_sent,
              d.owner_agency_id, d.owner_roles, d.escalation_agency_id, d.escalation_roles, d.owner_user_subject
  ), told_case AS (
    INSERT INTO notifications.notification
      (kind, subject_ref, subject_id, audience_agency_id, audience_roles, due_at, source_event_id, deadline_id)
    SELECT 'DEADLINE_REMINDER', a.subject_ref, a.subject_id, c.provider_agency_id, ARRAY['case_manager'], a.due_at,
           md5(a.id::text || ':reminder:' || a.reminders_sent)::uuid, a.id
    FROM acted a JOIN notifications.open_case c ON c.reference = a.subject_ref
    WHERE a.state = 'OPEN' AND a.kind IN ('REFLECTION_PERIOD_END', 'RESIDENCE_PERMIT_EXPIRY')
    ON CONFLICT ON CONSTRAINT notification_source_unique DO NOTHING
    RETURNING kind
  ), told AS (
    INSERT INTO notifications.notification
      (kind, subject_ref, subject_id, audience_agency_id, audience_roles, due_at, source_event_id, deadline_id, audience_user_subject)
    SELECT CASE WHEN a.state = 'ESCALATED' THEN 'DEADLINE_ESCALATED' ELSE 'DEADLINE_REMINDER' END,
           a.subject_ref, a.subject_id,
           CASE WHEN a.state = 'ESCALATED' THEN a.escalation_agency_id ELSE a.owner_agency_id END,
           CASE WHEN a.state = 'ESCALATED' THEN a.escalation_roles
                WHEN a.owner_user_subject IS NOT NULL THEN '{}'::text[] ELSE a.owner_roles END,
           a.due_at,
           md5(a.id::text || CASE WHEN a.state = 'ESCALATED' THEN ':escalated' ELSE ':reminder:' || a.reminders_sent END)::uuid,
           a.id,
           CASE WHEN a.state = 'ESCALATED' THEN NULL ELSE a.owner_user_subject END
    FROM acted a
    ON CONFLICT ON CONSTRAINT notification_source_unique DO NOTHING
    RETURNING kind
  )
  SELECT (SELECT count(*)::int FROM acted) AS acted,
         (SELECT count(*)::int FROM told WHERE kind = 'DEADLINE_REMINDER') + (SELECT count(*)::int FROM told_case) AS reminded,
         (SELECT count(*)::int FROM told WHERE kind = 'DEADLINE_ESCALATED') AS escalated`;

interface Row {
  id: string;
  kind: DeadlineKind;
  subject_ref: string;
  subject_id: string;
  owner_agency_id: string;
  opened_at: Date | null;
  due_at: Date;
  state: DeadlineState;
  reminders_sent: number;
  escalated_at: Date | null;
  closed_at: Date | null;
  met_by_username: string | null;
}

/** The deadline table: the one truth of every statutory clock (docs/domain.md §4). */
@Injectable()
export class DeadlineRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** In the caller's (inbox) transaction; a replayed event, or a clock already stopped, opens nothing. */
  async open(manager: EntityManager, opening: DeadlineOpening): Promise<boolean> {
    const rows = await queryPrepared(manager, OPEN_DEADLINE, [
      opening.kind,
      opening.subjectRef,
      opening.subjectId,
      opening.owner.agencyId,
      [...opening.owner.roles],
      opening.escalation.agencyId,
      [...opening.escalation.roles],
      opening.openedAt,
      opening.dueAt,
      opening.remindAt,
      opening.remindAt[0] ?? opening.dueAt,
      opening.sourceEventId,
      opening.caseId ?? null,
      opening.ownerUserId ?? null,
    ]);
    return rows.length > 0;
  }

  /**
   * In the caller's (inbox) transaction: the case's other clocks of a kind, opened up to `openedUpTo`, stop. Returns
   * how many did.
   */
  async closeOfCase(manager: EntityManager, closing: CaseDeadlinesClosing): Promise<number> {
    const rows: unknown[] = await manager.query(
      `UPDATE notifications.deadline
       SET state = $5, closed_at = $6, next_action_at = NULL
       WHERE kind = $1 AND case_id = $2 AND state IN ('OPEN', 'ESCALATED')
         AND NOT (subject_id = ANY($3::uuid[])) AND opened_at <= $4
       RETURNING id`,
      [closing.kind, closing.caseId, closing.exceptSubjectIds, closing.openedUpTo, closing.state, closing.at],
    );
    return rows.length;
  }

  /**
   * In the caller's (inbox) transaction: the case's open clocks of a kind are due at `dueAt` instead (a new cadence),
   * with no reminders (a monitoring clock has none). One already escalated stays so: its owner was told.
   */
  async retimeOfCase(manager: EntityManager, retiming: { kind: DeadlineKind; caseId: string; dueAt: Date }): Promise<number> {
    const rows: unknown[] = await manager.query(
      `UPDATE notifications.deadline
       SET due_at = $3, next_action_at = $3, remind_at = '{}', reminders_sent = 0
       WHERE kind = $1 AND case_id = $2 AND state = 'OPEN'
       RETURNING id`,
      [retiming.kind, retiming.caseId, retiming.dueAt],
    );
    return rows.length;
  }

  /** In the caller's (inbox) transaction: a shelter admitted the person; its case managers hear of expiries. */
  async caseOpened(manager: EntityManager, openCase: { caseId: string; reference: string; providerAgencyId: string }): Promise<void> {
    await manager.query(
      `INSERT INTO notifications.open_case (case_id, reference, provider_agency_id) VALUES ($1, $2, $3) ON CONFLICT (case_id) DO NOTHING`,
      [openCase.caseId, openCase.reference, openCase.providerAgencyId],
    );
  }

  /** In the caller's (inbox) transaction: the case is closed; its case managers hear of the person's expiries no more. */
  async caseEnded(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query(`DELETE FROM notifications.open_case WHERE case_id = $1`, [caseId]);
  }

  /** In the caller's (inbox) transaction: every open or escalated clock of a kind naming the NRM reference is met. */
  async meetOfReference(manager: EntityManager, kind: DeadlineKind, subjectRef: string, at: Date): Promise<number> {
    const rows: unknown[] = await manager.query(
      `UPDATE notifications.deadline
       SET state = 'MET', closed_at = $3, next_action_at = NULL
       WHERE kind = $1 AND subject_ref = $2 AND state IN ('OPEN', 'ESCALATED')
       RETURNING id`,
      [kind, subjectRef, at],
    );
    return rows.length;
  }

  /** In the caller's (inbox) transaction; a deadline already met or cancelled stays as it is. */
  async close(manager: EntityManager, closing: DeadlineClosing): Promise<boolean> {
    const rows = await queryPrepared(manager, CLOSE_DEADLINE, [
      closing.kind,
      closing.subjectRef,
      closing.subjectId,
      closing.owner.agencyId,
      [...closing.owner.roles],
      closing.escalation.agencyId,
      [...closing.escalation.roles],
      closing.at,
      closing.state,
      closing.sourceEventId,
    ]);
    return rows.length > 0;
  }

  /** Meets an open or escalated deadline in the name of a person; one already met keeps its first meeting. */
  async meetBy(kind: DeadlineKind, subjectId: string, by: { subject: string; username: string }, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications.deadline
       SET state = 'MET', closed_at = $3, next_action_at = NULL, met_by_subject = $4, met_by_username = $5
       WHERE kind = $1 AND subject_id = $2 AND state IN ('OPEN', 'ESCALATED')`,
      [kind, subjectId, at, by.subject, by.username],
    );
  }

  async findBySubject(kind: DeadlineKind, subjectId: string): Promise<DeadlineRow | undefined> {
    const rows: Row[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM notifications.deadline d WHERE d.kind = $1 AND d.subject_id = $2`, [kind, subjectId]);
    return rows[0] && toDeadline(rows[0]);
  }

  /** One sweep batch at `now` (see SWEEP_BATCH). */
  async sweepBatch(now: Date, batchSize: number): Promise<SweepResult> {
    const [row]: SweepResult[] = await this.dataSource.query(SWEEP_BATCH, [now, batchSize]);
    return row ?? { acted: 0, reminded: 0, escalated: 0 };
  }

  /**
   * Deadlines past due and not met or cancelled (OPEN past its due time, or ESCALATED), counted by kind: the overdue
   * metric. Reads the partial index deadline_overdue (kind, due_at) of the unfinished deadlines.
   */
  async overdueCountsByKind(now: Date): Promise<Array<{ kind: string; count: number }>> {
    const rows: Array<{ kind: string; count: string }> = await this.dataSource.query(
      `SELECT d.kind, count(*) AS count FROM notifications.deadline d
       WHERE d.state IN ('OPEN', 'ESCALATED') AND d.due_at <= $1 GROUP BY d.kind`,
      [now],
    );
    return rows.map((row) => ({ kind: row.kind, count: Number(row.count) }));
  }

  /** Rows for a subject access export: the deadlines naming the NRM reference, without who met them (staff data). */
  exportRowsOf(reference: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(this.dataSource.manager, {
      table: 'notifications.deadline',
      where: 't.subject_ref = $1',
      params: [reference],
      orderBy: 't.due_at, t.id',
      withheld: ['met_by_subject', 'met_by_username', 'owner_user_subject'],
    });
  }

  /** Ordered by due time then id (the keyset the cursor carries); `limit` rows. */
  async list(query: DeadlineQuery): Promise<DeadlineRow[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notifications.deadline d
       WHERE ($1::text IS NULL OR d.owner_agency_id = $1 OR d.escalation_agency_id = $1)
         AND ($2::text IS NULL OR d.owner_agency_id = $2)
         AND ($3::text IS NULL OR d.subject_ref = $3)
         AND ($4::text IS NULL OR d.state = $4)
         AND (NOT $5::boolean OR d.state = 'ESCALATED' OR (d.state = 'OPEN' AND d.due_at <= $6))
         AND ($7::timestamptz IS NULL OR (d.due_at, d.id) > ($7::timestamptz, $8::uuid))
       ORDER BY d.due_at, d.id
       LIMIT $9`,
      [
        query.visibleToAgencyId,
        query.ownerAgencyId,
        query.subjectRef,
        query.state,
        query.overdueOnly,
        query.now,
        query.after?.dueAt ?? null,
        query.after?.id ?? null,
        query.limit,
      ],
    );
    return rows.map(toDeadline);
  }
}

function toDeadline(row: Row): DeadlineRow {
  return {
    id: row.id,
    kind: row.kind,
    subjectRef: row.subject_ref,
    subjectId: row.subject_id,
    ownerAgencyId: row.owner_agency_id,
    openedAt: row.opened_at,
    dueAt: row.due_at,
    state: row.state,
    remindersSent: row.reminders_sent,
    escalatedAt: row.escalated_at,
    closedAt: row.closed_at,
    metBy: row.met_by_username,
  };
}
