import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which formal identification last set the person's identification status, and when it was requested: a late or
 * replayed event of an older formal identification never overwrites the status a newer one set (docs/domain.md §2).
 */
export class FormalIdentificationStatus1765470000000 implements MigrationInterface {
  name = 'FormalIdentificationStatus1765470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE identification.person ADD COLUMN formal_identification_id uuid, ADD COLUMN formal_identification_requested_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE identification.person DROP COLUMN formal_identification_requested_at, DROP COLUMN formal_identification_id`);
  }
}
