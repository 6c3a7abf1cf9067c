import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the person consented to the interview (docs/domain.md, "An interview later"): without it no referral that
 * needs personal data is made. Rows projected before knew no better than that they were referrable, so they keep that.
 */
export class PersonRefInterviewConsent1765440000001 implements MigrationInterface {
  name = 'PersonRefInterviewConsent1765440000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE referral.person_ref ADD COLUMN interview_consent boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE referral.person_ref DROP COLUMN interview_consent`);
  }
}
