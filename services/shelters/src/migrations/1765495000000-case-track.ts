import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case track (docs/domain.md §2 steps 3, 7, 8, "The case track"): admission and placement, the case manager and
 * the requests to change them, the multidisciplinary team, the phases with their review dates, follow-up and closure.
 * Ids, codes and dates only; the closure review's notes are the one free text, kept with the case.
 */
export class CaseTrack1765495000000 implements MigrationInterface {
  name = 'CaseTrack1765495000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE shelters.shelter_case
      ADD COLUMN admitted_at timestamptz,
      ADD COLUMN placement_type text,
      ADD COLUMN assessments_due_at timestamptz,
      ADD COLUMN case_manager_id text,
      ADD COLUMN team_member_ids text[] NOT NULL DEFAULT '{}',
      ADD COLUMN phase_started_at timestamptz,
      ADD COLUMN phase_review_due_at timestamptz,
      ADD COLUMN follow_up_started_at timestamptz,
      ADD COLUMN closed_at timestamptz,
      ADD COLUMN closure_type text,
      ADD COLUMN closure_review_notes text,
      ADD COLUMN transferred_to_referral_id uuid,
      ADD CONSTRAINT shelter_case_placement_type CHECK (placement_type IS NULL OR placement_type IN
        ('RESIDENTIAL_SHELTER','PROTECTED_APARTMENT','FAMILY_OF_ORIGIN','FOSTER_FAMILY','OTHER')),
      ADD CONSTRAINT shelter_case_closure_type CHECK (closure_type IS NULL OR closure_type IN ('PLANNED_MUTUAL','NOT_MUTUAL','UNPLANNED')),
      ADD CONSTRAINT shelter_case_admitted CHECK (status NOT IN ('ACTIVE','FOLLOW_UP') OR admitted_at IS NOT NULL),
      ADD CONSTRAINT shelter_case_active_phase CHECK (status <> 'ACTIVE' OR phase IS NOT NULL),
      ADD CONSTRAINT shelter_case_closed CHECK (status NOT IN ('CLOSED','CLOSED_REFERRED') OR closed_at IS NOT NULL),
      ADD CONSTRAINT shelter_case_closure_review CHECK (status <> 'CLOSED' OR (closure_type IS NOT NULL AND closure_review_notes IS NOT NULL))`);
    await queryRunner.query(`CREATE TABLE shelters.case_manager_change_request (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES shelters.shelter_case(id),
      agency_id text NOT NULL,
      requested_at timestamptz NOT NULL,
      recorded_by text NOT NULL,
      previous_case_manager_id text,
      outcome text,
      new_case_manager_id text,
      decided_at timestamptz,
      decided_by text,
      CONSTRAINT case_manager_change_outcome CHECK (outcome IS NULL OR outcome IN ('GRANTED','REFUSED')),
      CONSTRAINT case_manager_change_decided CHECK ((outcome IS NULL) = (decided_at IS NULL) AND (outcome IS NULL) = (decided_by IS NULL)),
      CONSTRAINT case_manager_change_granted CHECK (outcome IS DISTINCT FROM 'GRANTED' OR new_case_manager_id IS NOT NULL)
    )`);
    await queryRunner.query(`CREATE INDEX case_manager_change_request_case ON shelters.case_manager_change_request (case_id, requested_at)`);
    // At most one undecided request per case: a second one adds nothing the first does not say.
    await queryRunner.query(`CREATE UNIQUE INDEX case_manager_change_request_open ON shelters.case_manager_change_request (case_id) WHERE outcome IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE shelters.case_manager_change_request`);
    await queryRunner.query(`ALTER TABLE shelters.shelter_case
      DROP CONSTRAINT shelter_case_placement_type, DROP CONSTRAINT shelter_case_closure_type, DROP CONSTRAINT shelter_case_admitted,
      DROP CONSTRAINT shelter_case_active_phase, DROP CONSTRAINT shelter_case_closed, DROP CONSTRAINT shelter_case_closure_review,
      DROP COLUMN admitted_at, DROP COLUMN placement_type, DROP COLUMN assessments_due_at, DROP COLUMN case_manager_id,
      DROP COLUMN team_member_ids, DROP COLUMN phase_started_at, DROP COLUMN phase_review_due_at, DROP COLUMN follow_up_started_at,
      DROP COLUMN closed_at, DROP COLUMN closure_type, DROP COLUMN closure_review_notes, DROP COLUMN transferred_to_referral_id`);
  }
}
