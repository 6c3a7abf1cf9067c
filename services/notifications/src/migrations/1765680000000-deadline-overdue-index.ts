import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overdue-deadlines metric counts the unfinished deadlines past due by kind at every scrape: a partial index over
 * the OPEN and ESCALATED ones keeps that count off the met and cancelled history.
 */
export class DeadlineOverdueIndex1765680000000 implements MigrationInterface {
  name = 'DeadlineOverdueIndex1765680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX deadline_overdue ON notifications.deadline (kind, due_at) WHERE state IN ('OPEN', 'ESCALATED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX notifications.deadline_overdue`);
  }
}
