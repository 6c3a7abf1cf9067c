import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a person's age is known, the Responsible Authority's age verifications, and the interview held or continued
 * after the submission (docs/domain.md, "Age and the presumption of childhood" and "An interview later").
 *
 * - `person.age_basis`: DOCUMENTED | STATED | ESTIMATED | DISPUTED | UNKNOWN. Rows written before take the basis a
 *   submission without one now implies: STATED with a date of birth, ESTIMATED with an estimate, UNKNOWN otherwise.
 *   A date of birth alone no longer verifies an age, so those rows lose `age_verified`; their `is_child` stays as it
 *   was decided (a pathway is never changed behind everyone's back, only by a recorded verification).
 * - `age_verification`: who recorded it (subject and agency), how (method), when it was established (`verified_at`)
 *   and what it concluded; no free text, so nothing personal beyond the fact itself.
 * - `interview_session`: each interview held after the submission, either the first one (the person agreed later)
 *   or the continuation of one suspended for distress, by whom and with what consent.
 */
export class AgeVerificationInterviewContinuation1765440000000 implements MigrationInterface {
  name = 'AgeVerificationInterviewContinuation1765440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE identification.person ADD COLUMN age_basis text`,
      `UPDATE identification.person SET
         age_basis = CASE WHEN date_of_birth IS NOT NULL THEN 'STATED' WHEN estimated_age IS NOT NULL THEN 'ESTIMATED' ELSE 'UNKNOWN' END,
         age_verified = false`,
      `ALTER TABLE identification.person ALTER COLUMN age_basis SET NOT NULL,
         ADD CONSTRAINT person_age_basis CHECK (age_basis IN ('DOCUMENTED', 'STATED', 'ESTIMATED', 'DISPUTED', 'UNKNOWN'))`,
      `CREATE TABLE identification.age_verification (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES identification.person(id),
        outcome text NOT NULL CONSTRAINT age_verification_outcome CHECK (outcome IN ('ADULT', 'CHILD')),
        method text NOT NULL CONSTRAINT age_verification_method CHECK (method ~ '^[A-Z][A-Z_]{1,63}$'),
        verified_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        recorded_by_agency_id text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`,
      `CREATE INDEX age_verification_person ON identification.age_verification (person_id, recorded_at DESC)`,
      `CREATE TABLE identification.interview_session (
        id uuid PRIMARY KEY,
        identification_id uuid NOT NULL REFERENCES identification.initial_identification(id),
        kind text NOT NULL CONSTRAINT interview_session_kind CHECK (kind IN ('INITIAL', 'CONTINUATION')),
        recorded_by text NOT NULL,
        recorded_by_agency_id text NOT NULL,
        recorded_at timestamptz NOT NULL,
        interview jsonb NOT NULL
      )`,
      `CREATE INDEX interview_session_identification ON identification.interview_session (identification_id, recorded_at)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TABLE identification.interview_session`,
      `DROP TABLE identification.age_verification`,
      `ALTER TABLE identification.person DROP COLUMN age_basis`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
