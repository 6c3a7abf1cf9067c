import type { MigrationInterface, QueryRunner } from 'typeorm';

const REVIEW_COLUMNS = `
  ADD COLUMN reviewed_at timestamptz,
  ADD COLUMN reviewed_by text,
  ADD COLUMN reviewed_by_agency_id text,
  ADD COLUMN review_outcome text CHECK (review_outcome IN ('UPHELD','REVOKED')),
  ADD COLUMN review_note text`;

/**
 * Review of the consent ledger by the Responsible Authority: a grant carries the reference of its evidence (the signed
 * consent form) and, for law-enforcement cooperation, a review flag; grants and overrides gain one review each (who,
 * when, outcome, an optional note). The guard now also lets a row be reviewed once and never rewritten afterwards, and
 * lets an erased person's review note be redacted like the other free text of the ledger.
 */
export class ConsentReview1764923100000 implements MigrationInterface {
  name = 'ConsentReview1764923100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Nullable: grants recorded before evidence was asked for have none; every new grant carries one (the service).
      `ALTER TABLE identification.consent_grant
        ADD COLUMN evidence_reference text CHECK (evidence_reference ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{1,63}$'),
        ADD COLUMN flagged_for_review boolean NOT NULL DEFAULT false,${REVIEW_COLUMNS},
        ADD CONSTRAINT consent_grant_review CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL) AND (reviewed_at IS NULL) = (review_outcome IS NULL)
                                                   AND (reviewed_at IS NULL OR flagged_for_review))`,
      `ALTER TABLE identification.legal_basis_override${REVIEW_COLUMNS},
        ADD CONSTRAINT legal_basis_override_review CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL) AND (reviewed_at IS NULL) = (review_outcome IS NULL))`,
      // The review queues: what is flagged and not yet reviewed.
      `CREATE INDEX consent_grant_pending_review ON identification.consent_grant (recorded_at) WHERE flagged_for_review AND reviewed_at IS NULL`,
      `CREATE INDEX legal_basis_override_pending_review ON identification.legal_basis_override (granted_at) WHERE reviewed_at IS NULL`,
      `CREATE OR REPLACE FUNCTION identification.consent_ledger_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        erased boolean;
        review text[] := ARRAY['reviewed_at','reviewed_by','reviewed_by_agency_id','review_outcome','review_note'];
        withdrawal text[] := ARRAY['withdrawn_at','withdrawn_by','withdrawn_by_agency_id','withdrawal_reason'];
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
        END IF;
        SELECT p.erased_at IS NOT NULL INTO erased FROM identification.person p WHERE p.id = OLD.person_id;
        IF erased AND NEW.review_note IS NULL
           AND (to_jsonb(NEW) - 'review_note') IS NOT DISTINCT FROM (to_jsonb(OLD) - 'review_note') THEN
          RETURN NEW;
        END IF;
        IF OLD.reviewed_at IS NOT NULL
           AND (NEW.reviewed_at, NEW.reviewed_by, NEW.reviewed_by_agency_id, NEW.review_outcome, NEW.review_note)
               IS DISTINCT FROM (OLD.reviewed_at, OLD.reviewed_by, OLD.reviewed_by_agency_id, OLD.review_outcome, OLD.review_note) THEN
          RAISE EXCEPTION '% rows are reviewed once', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
        END IF;
        IF TG_TABLE_NAME = 'consent_grant' THEN
          IF erased AND OLD.withdrawn_at IS NOT NULL
             AND NEW.withdrawal_reason IS NULL
             AND (to_jsonb(NEW) - 'withdrawal_reason') IS NOT DISTINCT FROM (to_jsonb(OLD) - 'withdrawal_reason') THEN
            RETURN NEW;
          END IF;
          IF (OLD.withdrawn_at IS NOT NULL AND (to_jsonb(NEW) - review) IS DISTINCT FROM (to_jsonb(OLD) - review))
             OR (to_jsonb(NEW) - (withdrawal || review)) IS DISTINCT FROM (to_jsonb(OLD) - (withdrawal || review)) THEN
            RAISE EXCEPTION 'a consent grant can only be withdrawn, once' USING ERRCODE = 'restrict_violation';
          END IF;
        ELSIF erased AND NEW.reason = '[erased on request]'
              AND (to_jsonb(NEW) - ARRAY['reason','flagged_for_review']) IS NOT DISTINCT FROM (to_jsonb(OLD) - ARRAY['reason','flagged_for_review']) THEN
          RETURN NEW;
        ELSIF (to_jsonb(NEW) - (ARRAY['flagged_for_review'] || review)) IS DISTINCT FROM (to_jsonb(OLD) - (ARRAY['flagged_for_review'] || review)) THEN
          RAISE EXCEPTION 'a legal-basis override can only be marked reviewed' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // As 1764835200000 left it.
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
      `DROP INDEX identification.consent_grant_pending_review`,
      `DROP INDEX identification.legal_basis_override_pending_review`,
      `ALTER TABLE identification.legal_basis_override DROP CONSTRAINT legal_basis_override_review, DROP COLUMN reviewed_at, DROP COLUMN reviewed_by,
        DROP COLUMN reviewed_by_agency_id, DROP COLUMN review_outcome, DROP COLUMN review_note`,
      `ALTER TABLE identification.consent_grant DROP CONSTRAINT consent_grant_review, DROP COLUMN evidence_reference, DROP COLUMN flagged_for_review,
        DROP COLUMN reviewed_at, DROP COLUMN reviewed_by, DROP COLUMN reviewed_by_agency_id, DROP COLUMN review_outcome, DROP COLUMN review_note`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
