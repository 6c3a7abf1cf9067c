import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The kinds of legal problem a LEGAL needs assessment found (docs/domain.md §2 step 4), as codes: the structured
 * sub-categories the manual lists, not free text in the notes.
 */
export class LegalProblems1765480100000 implements MigrationInterface {
  name = 'LegalProblems1765480100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE shelters.needs_assessment
      ADD COLUMN legal_problems text[] NOT NULL DEFAULT '{}',
      ADD CONSTRAINT needs_assessment_legal_problems CHECK (legal_problems <@ ARRAY['IMMIGRATION_STATUS','FAMILY_LAW','CRIMINAL_CHARGES',
        'COOPERATION_WITH_LAW_ENFORCEMENT','COMPENSATION_CLAIM','OTHER']::text[])`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE shelters.needs_assessment DROP CONSTRAINT needs_assessment_legal_problems, DROP COLUMN legal_problems`);
  }
}
