import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification addressed to one user of an agency (docs/notifications.md, "Who gets it"): a plan action's review
 * reminds the team member the action names (the deadline's owner_user_subject) rather than the case's case managers.
 * Such a notification has no audience roles, so nobody else of the agency reads it; it still names the agency, so a
 * user who moved to another agency does not.
 */
export class AudienceUser1765730000000 implements MigrationInterface {
  name = 'AudienceUser1765730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications.notification ADD COLUMN audience_user_subject text`);
    await queryRunner.query(`ALTER TABLE notifications.notification DROP CONSTRAINT notification_audience_roles_check`);
    await queryRunner.query(
      `ALTER TABLE notifications.notification ADD CONSTRAINT notification_audience_roles_check
         CHECK (cardinality(audience_roles) > 0 OR audience_user_subject IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE notifications.notification ADD CONSTRAINT notification_audience_user
         CHECK (audience_user_subject IS NULL OR (audience_agency_id IS NOT NULL AND audience_team_function IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications.notification WHERE audience_user_subject IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE notifications.notification DROP CONSTRAINT notification_audience_user`);
    await queryRunner.query(`ALTER TABLE notifications.notification DROP CONSTRAINT notification_audience_roles_check`);
    await queryRunner.query(`ALTER TABLE notifications.notification ADD CONSTRAINT notification_audience_roles_check CHECK (cardinality(audience_roles) > 0)`);
    await queryRunner.query(`ALTER TABLE notifications.notification DROP COLUMN audience_user_subject`);
  }
}
