import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The formal identification workflow (docs/domain.md §2): the request's due date, the group's member agencies, the
 * formal interview, the conclusion's reasons; criminal reports; a foreign national's reflection period and residence
 * permits. At most one formal identification of a person is open at a time.
 */
export class FormalIdentificationWorkflow1765470000001 implements MigrationInterface {
  name = 'FormalIdentificationWorkflow1765470000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE formal_identification.formal_identification
         ADD COLUMN person_reference text,
         ADD COLUMN is_child boolean,
         ADD COLUMN due_at timestamptz,
         ADD COLUMN police_member_agency_id text,
         ADD COLUMN social_member_agency_id text,
         ADD COLUMN social_member_role text,
         ADD COLUMN convened_by text,
         ADD COLUMN convened_at timestamptz,
         ADD COLUMN interview_started_at timestamptz,
         ADD COLUMN interview_ended_at timestamptz,
         ADD COLUMN reasons text,
         ADD COLUMN concluded_by text,
         ADD CONSTRAINT formal_identification_status_check CHECK (status IN ('REQUESTED', 'GROUP_CONVENED', 'CONCLUDED')),
         ADD CONSTRAINT formal_identification_interview_order CHECK (interview_ended_at IS NULL OR interview_ended_at > interview_started_at)`,
      // A repeated request while one is open answers the open one; two concurrent requests cannot both open one.
      `CREATE UNIQUE INDEX formal_identification_one_open ON formal_identification.formal_identification (person_id) WHERE status <> 'CONCLUDED'`,
      `CREATE TABLE formal_identification.criminal_report (
        id uuid PRIMARY KEY,
        formal_identification_id uuid NOT NULL REFERENCES formal_identification.formal_identification (id),
        person_id uuid NOT NULL,
        -- when the report was taken: never inside the formal interview
        reported_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        recorded_by_agency_id text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`,
      `CREATE INDEX criminal_report_person ON formal_identification.criminal_report (person_id, reported_at)`,
      `CREATE TABLE formal_identification.reflection_period (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        recorded_by text NOT NULL,
        recorded_by_agency_id text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`,
      `CREATE INDEX reflection_period_person ON formal_identification.reflection_period (person_id, starts_at DESC)`,
      `CREATE TABLE formal_identification.residence_permit (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        type text NOT NULL CHECK (type IN ('A', 'B')),
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL CHECK (expires_at > issued_at),
        recorded_by text NOT NULL,
        recorded_by_agency_id text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`,
      `CREATE INDEX residence_permit_person ON formal_identification.residence_permit (person_id, issued_at DESC)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TABLE formal_identification.residence_permit`,
      `DROP TABLE formal_identification.reflection_period`,
      `DROP TABLE formal_identification.criminal_report`,
      `DROP INDEX formal_identification.formal_identification_one_open`,
      `ALTER TABLE formal_identification.formal_identification
         DROP CONSTRAINT formal_identification_interview_order,
         DROP CONSTRAINT formal_identification_status_check,
         DROP COLUMN concluded_by, DROP COLUMN reasons, DROP COLUMN interview_ended_at, DROP COLUMN interview_started_at,
         DROP COLUMN convened_at, DROP COLUMN convened_by, DROP COLUMN social_member_role, DROP COLUMN social_member_agency_id,
         DROP COLUMN police_member_agency_id, DROP COLUMN due_at, DROP COLUMN is_child, DROP COLUMN person_reference`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
