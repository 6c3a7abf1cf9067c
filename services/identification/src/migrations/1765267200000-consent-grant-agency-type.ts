import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A consent grant names either one receiving agency or every agency of one type (HEALTH_CARE to any HEALTH agency):
 * `grantee_agency_type` is added and `grantee_agency_id` becomes nullable, with exactly one of the two set. The
 * access-facts query finds a type grant by the caller's agency type, hence the partial index.
 */
export class ConsentGrantAgencyType1765267200000 implements MigrationInterface {
  name = 'ConsentGrantAgencyType1765267200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE identification.consent_grant ADD COLUMN grantee_agency_type text CHECK (grantee_agency_type ~ '^[A-Z][A-Z_]{1,63}$')`,
      `ALTER TABLE identification.consent_grant ALTER COLUMN grantee_agency_id DROP NOT NULL`,
      `ALTER TABLE identification.consent_grant ADD CONSTRAINT consent_grant_one_grantee
         CHECK ((grantee_agency_id IS NULL) <> (grantee_agency_type IS NULL))`,
      `CREATE INDEX consent_grant_person_agency_type ON identification.consent_grant (person_id, grantee_agency_type) WHERE grantee_agency_type IS NOT NULL`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP INDEX identification.consent_grant_person_agency_type`,
      `ALTER TABLE identification.consent_grant DROP CONSTRAINT consent_grant_one_grantee`,
      `ALTER TABLE identification.consent_grant ALTER COLUMN grantee_agency_id SET NOT NULL`,
      `ALTER TABLE identification.consent_grant DROP COLUMN grantee_agency_type`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
