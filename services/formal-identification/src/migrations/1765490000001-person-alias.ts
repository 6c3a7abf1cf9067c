import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Linked person records (docs/domain.md, "Linked records"), projected from `person.linked`: an alias id resolves to its
 * canonical person for reads (the formal identifications, reflection periods and permits of both records) and for new
 * writes. Ids only; a link is never rewritten.
 */
export class FormalIdentificationPersonAlias1765490000001 implements MigrationInterface {
  name = 'FormalIdentificationPersonAlias1765490000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE formal_identification.person_alias (
      alias_id uuid PRIMARY KEY,
      canonical_id uuid NOT NULL,
      linked_at timestamptz NOT NULL,
      CONSTRAINT person_alias_distinct CHECK (alias_id <> canonical_id)
    )`);
    await queryRunner.query(`CREATE INDEX person_alias_canonical ON formal_identification.person_alias (canonical_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE formal_identification.person_alias`);
  }
}
