import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The areas a case has an assessment of, read in every assessment's transaction to say whether the comprehensive
 * needs assessment is complete (docs/events.md, `assessment.recorded`).
 */
export class NeedsAssessmentCaseAreas1765750000000 implements MigrationInterface {
  name = 'NeedsAssessmentCaseAreas1765750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX needs_assessment_case_area ON shelters.needs_assessment (case_id, area)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX shelters.needs_assessment_case_area`);
  }
}
