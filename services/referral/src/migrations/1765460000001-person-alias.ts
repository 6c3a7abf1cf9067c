import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Linked person records (docs/domain.md, "Linked records"), projected from `person.linked`: an alias id resolves to its
 * canonical person for reads (referrals of either record) and for new writes (a referral is made for the canonical
 * person). Ids only; a link is never rewritten.
 */
export class PersonAlias1765460000001 implements MigrationInterface {
  name = 'PersonAlias1765460000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE referral.person_alias (
      alias_id uuid PRIMARY KEY,
      canonical_id uuid NOT NULL,
      linked_at timestamptz NOT NULL,
      CONSTRAINT person_alias_distinct CHECK (alias_id <> canonical_id)
    )`);
    await queryRunner.query(`CREATE INDEX person_alias_canonical ON referral.person_alias (canonical_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE referral.person_alias`);
  }
}
