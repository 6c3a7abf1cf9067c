import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reintegration plan (versions, signatures), monitoring contacts and complaints (docs/domain.md §2 steps 5–7):
 * shelter records owned by the case's shelter (`agency_id`), read through the access policy. Codes are checked here
 * as well as in the services, so no path writes free text where a code belongs.
 */
export class ReintegrationMonitoringComplaints1765500000001 implements MigrationInterface {
  name = 'ReintegrationMonitoringComplaints1765500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE shelters.reintegration_plan_version (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES shelters.shelter_case(id),
        person_id uuid NOT NULL,
        agency_id text NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        objectives jsonb NOT NULL,
        guardian_required boolean NOT NULL,
        person_signed_at timestamptz,
        case_manager_signed_at timestamptz,
        case_manager_signed_by text,
        guardian_signed_at timestamptz,
        signed_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT reintegration_plan_version_unique UNIQUE (case_id, version)
      )`,
      `CREATE INDEX reintegration_plan_version_person ON shelters.reintegration_plan_version (person_id)`,
      // A version with any signature is locked: its objectives never change again (a change is a new version).
      `CREATE FUNCTION shelters.reintegration_plan_locked() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF (OLD.person_signed_at IS NOT NULL OR OLD.case_manager_signed_at IS NOT NULL OR OLD.guardian_signed_at IS NOT NULL)
              AND NEW.objectives IS DISTINCT FROM OLD.objectives AND NEW.objectives <> '[]'::jsonb THEN
             RAISE EXCEPTION 'a signed reintegration plan version is locked';
           END IF;
           RETURN NEW;
         END $$`,
      `CREATE TRIGGER reintegration_plan_locked BEFORE UPDATE ON shelters.reintegration_plan_version
         FOR EACH ROW EXECUTE FUNCTION shelters.reintegration_plan_locked()`,
      `CREATE TABLE shelters.monitoring_contact (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES shelters.shelter_case(id),
        person_id uuid NOT NULL,
        agency_id text NOT NULL,
        mode text NOT NULL CHECK (mode IN ('VISIT','PHONE','OFFICE')),
        areas text[] NOT NULL CHECK (cardinality(areas) > 0 AND areas <@ ARRAY['FAMILY','RELATIONSHIPS','HEALTH','EMOTIONS','LEGAL',
          'EMPLOYMENT','EDUCATION','ACTIVITIES']::text[]),
        notes text,
        contacted_at timestamptz NOT NULL,
        phase text CHECK (phase IN ('CRISIS_INTERVENTION','STABILISATION','SOCIAL_INCLUSION')),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`,
      `CREATE INDEX monitoring_contact_case ON shelters.monitoring_contact (case_id, contacted_at DESC)`,
      `CREATE INDEX monitoring_contact_person ON shelters.monitoring_contact (person_id)`,
      `CREATE TABLE shelters.complaint (
        id uuid PRIMARY KEY,
        agency_id text NOT NULL,
        case_id uuid REFERENCES shelters.shelter_case(id),
        person_id uuid,
        anonymous boolean NOT NULL,
        channel text NOT NULL CHECK (channel IN ('WRITTEN','VERBAL')),
        addressee text NOT NULL CHECK (addressee IN ('STAFF','PROGRAMME_MANAGER','STATE_SOCIAL_SERVICE')),
        state_social_service_agency_id text,
        aspect text NOT NULL CHECK (aspect IN ('ACCOMMODATION','STAFF_CONDUCT','SERVICES','SAFETY','RULES','CONFIDENTIALITY','OTHER')),
        description text NOT NULL,
        lodged_by text NOT NULL,
        lodged_at timestamptz NOT NULL,
        outcome text CHECK (outcome IN ('UPHELD','PARTLY_UPHELD','NOT_UPHELD','WITHDRAWN')),
        outcome_note text,
        outcome_recorded_by text,
        outcome_recorded_at timestamptz,
        -- An anonymous complaint names no case and no person; a named one names both.
        CONSTRAINT complaint_anonymous CHECK ((anonymous AND case_id IS NULL AND person_id IS NULL) OR (NOT anonymous AND case_id IS NOT NULL AND person_id IS NOT NULL)),
        CONSTRAINT complaint_state_social_service CHECK ((addressee = 'STATE_SOCIAL_SERVICE') = (state_social_service_agency_id IS NOT NULL))
      )`,
      `CREATE INDEX complaint_agency ON shelters.complaint (agency_id, lodged_at DESC)`,
      `CREATE INDEX complaint_state_social_service ON shelters.complaint (state_social_service_agency_id, lodged_at DESC)
         WHERE state_social_service_agency_id IS NOT NULL`,
      `CREATE INDEX complaint_person ON shelters.complaint (person_id) WHERE person_id IS NOT NULL`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE shelters.complaint`);
    await queryRunner.query(`DROP TABLE shelters.monitoring_contact`);
    await queryRunner.query(`DROP TRIGGER reintegration_plan_locked ON shelters.reintegration_plan_version`);
    await queryRunner.query(`DROP FUNCTION shelters.reintegration_plan_locked()`);
    await queryRunner.query(`DROP TABLE shelters.reintegration_plan_version`);
  }
}
