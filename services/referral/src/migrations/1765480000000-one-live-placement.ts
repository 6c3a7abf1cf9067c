import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person has at most one live placement (docs/domain.md §2 step 2): one pending referral and one accepted referral
 * at a time, a second accepted one only by transfer, which closes the first. Also: withdrawal of a pending referral
 * by the Responsible Authority, with a coded reason, and the girls / boys groups of the provider directory.
 *
 * A database that already holds a person with two pending or two accepted referrals cannot get the new indexes; the
 * migration stops with a message naming how many, and the RA resolves them before it runs again.
 */
export class OneLivePlacement1765480000000 implements MigrationInterface {
  name = 'OneLivePlacement1765480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DO $$
       DECLARE doubles integer;
       BEGIN
         SELECT count(*) INTO doubles FROM (
           SELECT person_id, status FROM referral.referral WHERE status IN ('PENDING', 'ACCEPTED')
            GROUP BY person_id, status HAVING count(*) > 1) d;
         IF doubles > 0 THEN
           RAISE EXCEPTION 'referral: % person(s) hold two pending or two accepted referrals; resolve them before this migration', doubles;
         END IF;
       END $$`,
      `DROP INDEX referral.referral_one_pending_per_provider`,
      `CREATE UNIQUE INDEX referral_one_pending_per_person ON referral.referral (person_id) WHERE status = 'PENDING'`,
      `CREATE UNIQUE INDEX referral_one_accepted_per_person ON referral.referral (person_id) WHERE status = 'ACCEPTED'`,
      `ALTER TABLE referral.referral
         ADD COLUMN transfer_from_referral_id uuid REFERENCES referral.referral(id),
         ADD COLUMN withdrawn_at timestamptz,
         ADD COLUMN withdrawn_by text,
         ADD COLUMN withdrawal_reason text,
         ADD COLUMN closed_at timestamptz,
         ADD CONSTRAINT referral_withdrawal_reason CHECK (withdrawal_reason IS NULL OR withdrawal_reason IN
           ('PERSON_WITHDREW','PERSON_CHOSE_ANOTHER_PROVIDER','PERSON_UNREACHABLE','NEEDS_CHANGED','NO_ANSWER_IN_TIME','ENTERED_IN_ERROR'))`,
      `ALTER TABLE referral.service_provider DROP CONSTRAINT service_provider_serves`,
      `ALTER TABLE referral.service_provider ADD CONSTRAINT service_provider_serves
         CHECK (serves <@ ARRAY['ADULTS','CHILDREN','WOMEN','MEN','GIRLS','BOYS','FOREIGNERS','WITH_CHILDREN']::text[])`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE referral.service_provider DROP CONSTRAINT service_provider_serves`,
      `ALTER TABLE referral.service_provider ADD CONSTRAINT service_provider_serves
         CHECK (serves <@ ARRAY['ADULTS','CHILDREN','WOMEN','MEN','FOREIGNERS','WITH_CHILDREN']::text[])`,
      `ALTER TABLE referral.referral DROP CONSTRAINT referral_withdrawal_reason, DROP COLUMN closed_at, DROP COLUMN withdrawal_reason,
         DROP COLUMN withdrawn_by, DROP COLUMN withdrawn_at, DROP COLUMN transfer_from_referral_id`,
      `DROP INDEX referral.referral_one_accepted_per_person`,
      `DROP INDEX referral.referral_one_pending_per_person`,
      `CREATE UNIQUE INDEX referral_one_pending_per_provider ON referral.referral (person_id, provider_id) WHERE status = 'PENDING'`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
