import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statutory clock of docs/domain.md §4 as a durable deadline: the table is the truth, the periodic sweep only
 * wakes it up (docs/domain.md §4, "What is built"). A notification the sweep sends names the deadline it is about.
 */
export class Deadlines1765660000000 implements MigrationInterface {
  name = 'Deadlines1765660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE notifications.deadline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('RA_ACKNOWLEDGEMENT','REFERRAL_RESPONSE','FORMAL_ID_GROUP','NEEDS_ASSESSMENT',
                                           'REFLECTION_PERIOD_END','RESIDENCE_PERMIT_EXPIRY')),
        -- the NRM reference; never a name
        subject_ref text NOT NULL,
        -- the identification, referral, formal identification, case, reflection period or permit, by kind
        subject_id uuid NOT NULL,
        -- who does the work, and who hears of it when it is late
        owner_agency_id text NOT NULL,
        owner_user_subject text,
        owner_roles text[] NOT NULL CHECK (cardinality(owner_roles) > 0),
        escalation_agency_id text NOT NULL,
        escalation_roles text[] NOT NULL CHECK (cardinality(escalation_roles) > 0),
        -- null: closed by an event that arrived before the one opening it (the row keeps it from ever opening)
        opened_at timestamptz,
        due_at timestamptz NOT NULL,
        -- when reminders fall due, ascending; reminders_sent of them were sent
        remind_at timestamptz[] NOT NULL DEFAULT '{}',
        reminders_sent integer NOT NULL DEFAULT 0 CHECK (reminders_sent >= 0),
        -- the next reminder or the due time while OPEN; null once the sweep has nothing more to do
        next_action_at timestamptz,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN','MET','CANCELLED','ESCALATED')),
        escalated_at timestamptz,
        -- met or cancelled
        closed_at timestamptz,
        -- who met it, where a person does (the RA's acknowledgement): subject and username, staff not victims
        met_by_subject text,
        met_by_username text,
        source_event_id uuid,
        -- a replayed event opens nothing twice
        CONSTRAINT deadline_subject_unique UNIQUE (kind, subject_id),
        CONSTRAINT deadline_open_has_next_action CHECK ((state = 'OPEN') = (next_action_at IS NOT NULL))
      )`,
      // What the sweep reads: only open deadlines, by when they next need something.
      `CREATE INDEX deadline_sweep ON notifications.deadline (next_action_at) WHERE state = 'OPEN'`,
      `CREATE INDEX deadline_owner ON notifications.deadline (owner_agency_id, due_at, id)`,
      `CREATE INDEX deadline_escalation ON notifications.deadline (escalation_agency_id, due_at, id)`,
      `CREATE INDEX deadline_subject_ref ON notifications.deadline (subject_ref)`,
      `ALTER TABLE notifications.notification ADD COLUMN deadline_id uuid REFERENCES notifications.deadline(id) ON DELETE SET NULL`,
      `CREATE INDEX notification_deadline ON notifications.notification (deadline_id) WHERE deadline_id IS NOT NULL`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX notifications.notification_deadline`);
    await queryRunner.query(`ALTER TABLE notifications.notification DROP COLUMN deadline_id`);
    await queryRunner.query(`DROP TABLE notifications.deadline`);
  }
}
