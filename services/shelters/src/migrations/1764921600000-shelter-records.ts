import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTrailDownSql, auditTrailUpSql } from '@nrm/audit';
import { appRoleDownSql, appRoleUpSql } from '@nrm/database';

/** The role the shelters pool runs as (config DATABASE_APP_ROLE); fixed here so this migration never changes. */
const APP_ROLE = 'nrm_shelters_app';

/**
 * Shelter records (issue 3): the needs assessments behind Person.health, psychosocial, legal, family and
 * educationEmployment, the hash-chained audit trail of their reads, and the restricted role the pool switches to.
 */
export class ShelterRecords1764921600000 implements MigrationInterface {
  name = 'ShelterRecords1764921600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...appRoleUpSql('shelters', APP_ROLE), ...auditTrailUpSql('shelters', APP_ROLE)]) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`
      CREATE TABLE shelters.needs_assessment (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES shelters.shelter_case (id),
        person_id uuid NOT NULL,
        agency_id text NOT NULL,
        area text NOT NULL,
        summary text NOT NULL,
        notes text,
        suicide_risk boolean NOT NULL DEFAULT false,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX needs_assessment_person_idx ON shelters.needs_assessment (person_id, agency_id, area, recorded_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE shelters.needs_assessment`);
    for (const statement of [...auditTrailDownSql('shelters'), ...appRoleDownSql('shelters', APP_ROLE)]) {
      await queryRunner.query(statement);
    }
  }
}
