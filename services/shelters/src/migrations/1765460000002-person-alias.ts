import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Linked person records (docs/domain.md, "Linked records"), projected from `person.linked`: a canonical person's cases
 * and records include those of every record linked to it. Ids only; a link is never rewritten.
 */
export class PersonAlias1765460000002 implements MigrationInterface {
  name = 'PersonAlias1765460000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE shelters.person_alias (
      alias_id uuid PRIMARY KEY,
      canonical_id uuid NOT NULL,
      linked_at timestamptz NOT NULL,
      CONSTRAINT person_alias_distinct CHECK (alias_id <> canonical_id)
    )`);
    await queryRunner.query(`CREATE INDEX person_alias_canonical ON shelters.person_alias (canonical_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE shelters.person_alias`);
  }
}
