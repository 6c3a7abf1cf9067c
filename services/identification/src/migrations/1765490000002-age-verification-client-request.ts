import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An age verification's idempotency key (docs/api.md, Conventions): the client's `clientRequestId`, per agency, with the
 * hash of the input it came with. The same id and input again answer the recorded verification; the same id with
 * another input is refused. Verifications recorded without one keep none.
 */
export class AgeVerificationClientRequest1765490000002 implements MigrationInterface {
  name = 'AgeVerificationClientRequest1765490000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE identification.age_verification
      ADD COLUMN client_request_id text CONSTRAINT age_verification_client_request_id CHECK (client_request_id ~ '^[A-Za-z0-9._:-]{8,100}$'),
      ADD COLUMN input_hash text,
      ADD CONSTRAINT age_verification_client_request_hash CHECK ((client_request_id IS NULL) = (input_hash IS NULL))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX age_verification_client_request ON identification.age_verification (recorded_by_agency_id, client_request_id) WHERE client_request_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX identification.age_verification_client_request`);
    await queryRunner.query(`ALTER TABLE identification.age_verification DROP CONSTRAINT age_verification_client_request_hash, DROP COLUMN input_hash, DROP COLUMN client_request_id`);
  }
}
