import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification may also reach the members of its audience agency who hold one team function (docs/domain.md §2
 * step 4: the urgent alert on suicide risk reaches the shelter's psychologists as well as its case managers).
 */
export class AudienceTeamFunction1765500000000 implements MigrationInterface {
  name = 'AudienceTeamFunction1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications.notification
      ADD COLUMN audience_team_function text,
      ADD CONSTRAINT notification_audience_team_function CHECK (
        audience_team_function IS NULL
        OR (audience_agency_id IS NOT NULL
            AND audience_team_function IN ('PSYCHOLOGIST','DOCTOR','LAWYER','TEACHER','JOB_COORDINATOR','SOCIAL_WORKER')))`);
    await queryRunner.query(`CREATE INDEX notification_team_function ON notifications.notification (audience_agency_id)
      WHERE audience_team_function IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX notifications.notification_team_function`);
    await queryRunner.query(`ALTER TABLE notifications.notification DROP CONSTRAINT notification_audience_team_function, DROP COLUMN audience_team_function`);
  }
}
