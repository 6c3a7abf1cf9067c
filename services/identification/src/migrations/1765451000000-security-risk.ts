import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The person's risk level follows the shelter's latest security assessment (docs/domain.md §2 step 4): the assessment
 * it was taken from and when that assessment was made, so an older assessment arriving later never overwrites a newer
 * one. Both null while the risk level still comes from the immediate needs.
 */
export class SecurityRisk1765451000000 implements MigrationInterface {
  name = 'SecurityRisk1765451000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE identification.person
         ADD COLUMN risk_assessment_id uuid,
         ADD COLUMN risk_assessed_at timestamptz,
         ADD CONSTRAINT person_risk_assessment CHECK ((risk_assessment_id IS NULL) = (risk_assessed_at IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE identification.person DROP CONSTRAINT person_risk_assessment, DROP COLUMN risk_assessment_id, DROP COLUMN risk_assessed_at`,
    );
  }
}
