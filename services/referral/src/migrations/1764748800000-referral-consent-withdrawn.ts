import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a consent the provider relied on was withdrawn while the referral was live (PENDING or ACCEPTED). */
export class ReferralConsentWithdrawn1764748800000 implements MigrationInterface {
  name = 'ReferralConsentWithdrawn1764748800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE referral.referral ADD COLUMN consent_withdrawn_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE referral.referral DROP COLUMN consent_withdrawn_at`);
  }
}
