import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The person's rights (docs/person-rights.md): legal holds, the erasure record, and `person.erased_at`.
 *
 * - `legal_hold` is append-only like the consent ledger: a hold is never deleted and may only gain its release, once.
 *   At most one unreleased hold per person. `reason_code` is a code (CRIMINAL_PROCEEDINGS …), never free text.
 * - `person_erasure` records who erased a person, when, and under which request reference (a code, not a name).
 * - The consent ledger's guard is replaced so that, once a person is erased, the free text of their ledger
 *   (`consent_grant.withdrawal_reason`, `legal_basis_override.reason`) may be redacted: free text can hold personal
 *   data, and erasure must reach it. Every other column stays as immutable as before.
 */
export class PersonRights1764835200000 implements MigrationInterface {
  name = 'PersonRights1764835200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE identification.person ADD COLUMN erased_at timestamptz`,
      `CREATE TABLE identification.legal_hold (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES identification.person(id),
        reason_code text NOT NULL CHECK (reason_code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        -- the ra_head's Keycloak id (token sub) and agency
        set_by text NOT NULL,
        set_by_agency_id text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        released_at timestamptz,
        released_by text,
        released_by_agency_id text,
        CONSTRAINT legal_hold_release CHECK ((released_at IS NULL) = (released_by IS NULL) AND (released_at IS NULL) = (released_by_agency_id IS NULL)),
        CONSTRAINT legal_hold_release_after_set CHECK (released_at IS NULL OR released_at >= set_at)
      )`,
      // Erasure asks "is there an unreleased hold?" under the person's row lock; this also forbids two at once.
      `CREATE UNIQUE INDEX legal_hold_one_active ON identification.legal_hold (person_id) WHERE released_at IS NULL`,
      `CREATE INDEX legal_hold_person ON identification.legal_hold (person_id)`,
      `CREATE FUNCTION identification.legal_hold_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'legal holds are never deleted' USING ERRCODE = 'restrict_violation';
        END IF;
        IF OLD.released_at IS NOT NULL
           OR (to_jsonb(NEW) - ARRAY['released_at','released_by','released_by_agency_id'])
              IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['released_at','released_by','released_by_agency_id']) THEN
          RAISE EXCEPTION 'a legal hold can only be released, once' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`,
      `CREATE TRIGGER legal_hold_append_only BEFORE UPDATE OR DELETE ON identification.legal_hold
        FOR EACH ROW EXECUTE FUNCTION identification.legal_hold_guard()`,
      `CREATE TABLE identification.person_erasure (
        person_id uuid PRIMARY KEY REFERENCES identification.person(id),
        -- the RA's reference for the person's request (e.g. SAR-2026-0012): a code, never a name
        request_reference text NOT NULL CHECK (request_reference ~ '^[A-Za-z0-9][A-Za-z0-9_./-]{0,63}$'),
        erased_by text NOT NULL,
        erased_by_agency_id text NOT NULL,
        erased_at timestamptz NOT NULL,
        consents_withdrawn integer NOT NULL CHECK (consents_withdrawn >= 0)
      )`,
      // As before (1764489600000), plus: the free text of an erased person's ledger may be redacted.
      `CREATE OR REPLACE FUNCTION identification.consent_ledger_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        erased boolean;
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
        END IF;
        SELECT p.erased_at IS NOT NULL INTO erased FROM identification.person p WHERE p.id = OLD.person_id;
        IF TG_TABLE_NAME = 'consent_grant' THEN
          IF erased AND OLD.withdrawn_at IS NOT NULL
             AND NEW.withdrawal_reason IS NULL
             AND (to_jsonb(NEW) - 'withdrawal_reason') IS NOT DISTINCT FROM (to_jsonb(OLD) - 'withdrawal_reason') THEN
            RETURN NEW;
          END IF;
          IF OLD.withdrawn_at IS NOT NULL
             OR (to_jsonb(NEW) - ARRAY['withdrawn_at','withdrawn_by','withdrawn_by_agency_id','withdrawal_reason'])
                IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['withdrawn_at','withdrawn_by','withdrawn_by_agency_id','withdrawal_reason']) THEN
            RAISE EXCEPTION 'a consent grant can only be withdrawn, once' USING ERRCODE = 'restrict_violation';
          END IF;
        ELSIF erased AND NEW.reason = '[erased on request]'
              AND (to_jsonb(NEW) - ARRAY['reason','flagged_for_review']) IS NOT DISTINCT FROM (to_jsonb(OLD) - ARRAY['reason','flagged_for_review']) THEN
          RETURN NEW;
        ELSIF (to_jsonb(NEW) - 'flagged_for_review') IS DISTINCT FROM (to_jsonb(OLD) - 'flagged_for_review') THEN
          RAISE EXCEPTION 'a legal-basis override can only be marked reviewed' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE OR REPLACE FUNCTION identification.consent_ledger_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_TABLE_NAME = 'consent_grant' THEN
          IF OLD.withdrawn_at IS NOT NULL
             OR (to_jsonb(NEW) - ARRAY['withdrawn_at','withdrawn_by','withdrawn_by_agency_id','withdrawal_reason'])
                IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['withdrawn_at','withdrawn_by','withdrawn_by_agency_id','withdrawal_reason']) THEN
            RAISE EXCEPTION 'a consent grant can only be withdrawn, once' USING ERRCODE = 'restrict_violation';
          END IF;
        ELSIF (to_jsonb(NEW) - 'flagged_for_review') IS DISTINCT FROM (to_jsonb(OLD) - 'flagged_for_review') THEN
          RAISE EXCEPTION 'a legal-basis override can only be marked reviewed' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`,
      `DROP TABLE identification.person_erasure`,
      `DROP TABLE identification.legal_hold`,
      `DROP FUNCTION identification.legal_hold_guard()`,
      `ALTER TABLE identification.person DROP COLUMN erased_at`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
