import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxInboxDownSql, outboxInboxUpSql } from '@nrm/events';

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
      ...outboxInboxUpSql('notifications'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of outboxInboxDownSql('notifications')) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE notifications.notification_read`);
    await queryRunner.query(`DROP TABLE notifications.notification`);
  }
}
