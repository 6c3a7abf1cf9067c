import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A disagreement within the team about an area of the needs assessment (docs/domain.md §2 step 4), recorded with it. */
export class AssessmentDisagreement1765550000000 implements MigrationInterface {
  name = 'AssessmentDisagreement1765550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE shelters.needs_assessment ADD COLUMN disagreement text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE shelters.needs_assessment DROP COLUMN disagreement`);
  }
}
