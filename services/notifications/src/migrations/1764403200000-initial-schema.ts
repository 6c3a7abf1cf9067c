import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and inbox as shipped; written out so that no library edit changes this migration (docs/migrations.md). */
const OUTBOX_INBOX_UP = [
  `CREATE TABLE "notifications".outbox_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      position bigserial NOT NULL UNIQUE,
      type text NOT NULL,
      aggregate_id uuid NOT NULL,
      payload jsonb NOT NULL,
      correlation_id text,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`,
  `CREATE INDEX outbox_event_unpublished ON "notifications".outbox_event (position) WHERE published_at IS NULL`,
  `CREATE INDEX outbox_event_published_at ON "notifications".outbox_event (published_at) WHERE published_at IS NOT NULL`,
  // Wake the relay at commit time instead of waiting for its next poll.
  `CREATE FUNCTION "notifications".outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('nrm_outbox_notifications', ''); RETURN NULL; END $$`,
  `CREATE TRIGGER outbox_event_notify AFTER INSERT ON "notifications".outbox_event
     FOR EACH STATEMENT EXECUTE FUNCTION "notifications".outbox_event_notify()`,
  `CREATE TABLE "notifications".inbox_event (
      event_id uuid NOT NULL,
      consumer text NOT NULL,
      event_type text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, consumer)
    )`,
];

/** Undoes OUTBOX_INBOX_UP. */
const OUTBOX_INBOX_DOWN = [
  `DROP TABLE "notifications".inbox_event`,
  `DROP TRIGGER outbox_event_notify ON "notifications".outbox_event`,
  `DROP FUNCTION "notifications".outbox_event_notify()`,
  `DROP TABLE "notifications".outbox_event`,
];

export class NotificationsInitialSchema1764403200000 implements MigrationInterface {
  name = 'NotificationsInitialSchema1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Addressed to an audience (agency + roles), not copied per user: staff added later see it too.
      `CREATE TABLE notifications.notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        -- the NRM reference or a referral/case id; never a name
        subject_ref text NOT NULL,
        subject_id uuid NOT NULL,
        -- null: staff of any agency holding one of audience_roles
        audience_agency_id text,
        audience_roles text[] NOT NULL CHECK (cardinality(audience_roles) > 0),
        due_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        source_event_id uuid NOT NULL,
        -- a redelivered event creates nothing twice, also for agency-wide (null) audiences
        CONSTRAINT notification_source_unique UNIQUE NULLS NOT DISTINCT (source_event_id, kind, audience_agency_id)
      )`,
      `CREATE INDEX notification_agency_inbox ON notifications.notification (audience_agency_id, created_at DESC, id DESC)`,
      `CREATE TABLE notifications.notification_read (
        notification_id uuid NOT NULL REFERENCES notifications.notification(id) ON DELETE CASCADE,
        -- the reader's Keycloak id (token sub)
        user_subject text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, user_subject)
      )`,
      ...OUTBOX_INBOX_UP,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of OUTBOX_INBOX_DOWN) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE notifications.notification_read`);
    await queryRunner.query(`DROP TABLE notifications.notification`);
  }
}
