import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `ARRAY['SUMMARY','IDENTITY','CONTACT_LOCATION','TRAFFICKING_EXPERIENCE','HEALTH','PSYCHOSOCIAL','LEGAL','FAMILY','EDUCATION_EMPLOYMENT']::text[]`;

/**
 * The consent ledger: consent grants and ra_head legal-basis overrides. Rows are never deleted; a grant is withdrawn by
 * setting withdrawn_at once. The database enforces both, so neither a bug nor a hand-written query can rewrite history.
 */
export class ConsentLedger1764489600000 implements MigrationInterface {
  name = 'ConsentLedger1764489600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE identification.consent_grant (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES identification.person(id),
        grantee_agency_id text NOT NULL CHECK (grantee_agency_id ~ '^[a-z0-9-]{2,64}$'),
        purpose text NOT NULL CHECK (purpose IN ('REFERRAL_ASSISTANCE','FORMAL_IDENTIFICATION','LAW_ENFORCEMENT_COOPERATION','HEALTH_CARE','RESEARCH_ANONYMISED')),
        categories text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories <@ ${CATEGORIES}),
        given_by text NOT NULL CHECK (given_by IN ('PERSON','GUARDIAN','CHILD_PROTECTION_WORKER')),
        -- the recording user's Keycloak id (token sub) and agency
        recorded_by text NOT NULL,
        recorded_by_agency_id text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz CHECK (expires_at > recorded_at),
        withdrawn_at timestamptz,
        withdrawn_by text,
        withdrawn_by_agency_id text,
        withdrawal_reason text,
        CONSTRAINT consent_grant_withdrawal CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawn_by_agency_id IS NULL))
      )`,
      // The access policy reads a person's permissions for the caller's agency on every request.
      `CREATE INDEX consent_grant_person_grantee ON identification.consent_grant (person_id, grantee_agency_id)`,
      `CREATE TABLE identification.legal_basis_override (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES identification.person(id),
        grantee_agency_id text NOT NULL CHECK (grantee_agency_id ~ '^[a-z0-9-]{2,64}$'),
        categories text[] NOT NULL CHECK (cardinality(categories) > 0 AND categories <@ ${CATEGORIES}),
        reason text NOT NULL CHECK (char_length(btrim(reason)) >= 10),
        -- the ra_head's Keycloak id (token sub) and agency
        granted_by text NOT NULL,
        granted_by_agency_id text NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL CHECK (expires_at > granted_at),
        flagged_for_review boolean NOT NULL DEFAULT true
      )`,
      `CREATE INDEX legal_basis_override_person_grantee ON identification.legal_basis_override (person_id, grantee_agency_id)`,
      // Append-only: no delete; a grant may only gain its withdrawal, once; an override may only be cleared for review.
      `CREATE FUNCTION identification.consent_ledger_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
      `CREATE TRIGGER consent_grant_append_only BEFORE UPDATE OR DELETE ON identification.consent_grant
        FOR EACH ROW EXECUTE FUNCTION identification.consent_ledger_guard()`,
      `CREATE TRIGGER legal_basis_override_append_only BEFORE UPDATE OR DELETE ON identification.legal_basis_override
        FOR EACH ROW EXECUTE FUNCTION identification.consent_ledger_guard()`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE identification.legal_basis_override`);
    await queryRunner.query(`DROP TABLE identification.consent_grant`);
    await queryRunner.query(`DROP FUNCTION identification.consent_ledger_guard()`);
  }
}
