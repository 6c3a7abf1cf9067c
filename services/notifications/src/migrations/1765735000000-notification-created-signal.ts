import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Waiting reads of `myNotifications` (docs/notifications.md, "Seeing a notification at once"): every statement that
 * creates notifications — an event's inbox transaction, a deadline sweep batch — signals the channel
 * `notifications_created` with the audience agencies it addressed (comma-separated; `*` for every agency). PostgreSQL
 * delivers a NOTIFY when its transaction commits and never for one rolled back, so a woken reader finds the rows.
 * The payload holds agency ids only, never anything of a person.
 */
export class NotificationCreatedSignal1765735000000 implements MigrationInterface {
  name = 'NotificationCreatedSignal1765735000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION notifications.signal_notifications_created() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE agencies text;
      BEGIN
        SELECT string_agg(DISTINCT coalesce(audience_agency_id, '*'), ',') INTO agencies FROM created;
        IF agencies IS NOT NULL THEN
          -- A NOTIFY payload holds under 8000 bytes: a statement addressing that many agencies wakes every reader.
          PERFORM pg_notify('notifications_created', CASE WHEN length(agencies) > 7000 THEN '*' ELSE agencies END);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER notification_created_signal AFTER INSERT ON notifications.notification
      REFERENCING NEW TABLE AS created FOR EACH STATEMENT EXECUTE FUNCTION notifications.signal_notifications_created()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER notification_created_signal ON notifications.notification`);
    await queryRunner.query(`DROP FUNCTION notifications.signal_notifications_created()`);
  }
}
