import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When the person of the case had their data erased on request (person.erased); the case row itself holds only ids. */
export class CasePersonErased1764835200000 implements MigrationInterface {
  name = 'CasePersonErased1764835200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE shelters.shelter_case ADD COLUMN person_erased_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE shelters.shelter_case DROP COLUMN person_erased_at`);
  }
}
