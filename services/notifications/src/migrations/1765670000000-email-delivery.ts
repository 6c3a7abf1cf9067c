import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail delivery (docs/notifications.md): every notification created from now on waits to be mailed (email_state, set
 * in the very transaction that creates it); the mail worker turns it into one outbox row per addressed user who wants
 * it, and sends each exactly once. Notifications created before this migration are never mailed.
 */
export class EmailDelivery1765670000000 implements MigrationInterface {
  name = 'EmailDelivery1765670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Existing rows take DONE; the default then becomes PENDING for every later insert, whoever writes it.
      `ALTER TABLE notifications.notification ADD COLUMN email_state text NOT NULL DEFAULT 'DONE'
         CHECK (email_state IN ('PENDING','DONE'))`,
      `ALTER TABLE notifications.notification ALTER COLUMN email_state SET DEFAULT 'PENDING'`,
      // What makes it urgent beyond its kind (a child, an urgent referral); never anything about the person but that.
      `ALTER TABLE notifications.notification ADD COLUMN urgency text CHECK (urgency IN ('CHILD','URGENT_REFERRAL'))`,
      `CREATE INDEX notification_email_pending ON notifications.notification (created_at) WHERE email_state = 'PENDING'`,
      `CREATE TABLE notifications.email_outbox (
        notification_id uuid NOT NULL REFERENCES notifications.notification(id) ON DELETE CASCADE,
        -- the addressee's identity provider id (the token's sub)
        user_subject text NOT NULL,
        -- the address, kept only until the e-mail is sent
        recipient text,
        locale text NOT NULL CHECK (locale IN ('en','sq')),
        -- stable across every attempt: a receiver that sees it twice knows it is the same e-mail
        message_id text NOT NULL UNIQUE,
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING','SENT','FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        -- an error's name or SMTP code only, never a message that could echo an address
        last_error text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        PRIMARY KEY (notification_id, user_subject),
        CHECK (state <> 'PENDING' OR recipient IS NOT NULL)
      )`,
      `CREATE INDEX email_outbox_due ON notifications.email_outbox (next_attempt_at) WHERE state = 'PENDING'`,
      `CREATE TABLE notifications.notification_preference (
        user_subject text PRIMARY KEY,
        -- kinds the user does not want by e-mail; urgent ones are mailed regardless
        email_muted_kinds text[] NOT NULL DEFAULT '{}',
        -- null: the directory's language for the user
        locale text CHECK (locale IN ('en','sq')),
        updated_at timestamptz NOT NULL
      )`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications.notification_preference`);
    await queryRunner.query(`DROP TABLE notifications.email_outbox`);
    await queryRunner.query(`DROP INDEX notifications.notification_email_pending`);
    await queryRunner.query(`ALTER TABLE notifications.notification DROP COLUMN urgency`);
    await queryRunner.query(`ALTER TABLE notifications.notification DROP COLUMN email_state`);
  }
}
