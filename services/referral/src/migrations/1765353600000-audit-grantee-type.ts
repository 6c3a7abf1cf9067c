import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit entries name the agency type of a consent change whose grant opens the data to every agency of a type.
 *
 * - `grantee_agency_type`: an AgencyType code (`SHELTER_STATE`), set where a grant names a type instead of one agency
 *   (`grantee_agency_id` stays null then). Null for every entry written before and for entries about no such grant.
 * - `append_audit_entries` stores it from the payload, where it appears only when set, so the text (and hash) of an
 *   entry without it is exactly what it was before, and verification rebuilds it the same way.
 * Written out here rather than taken from the audit library, so this migration keeps its meaning whatever the library
 * becomes.
 */
export class AuditGranteeType1765353600000 implements MigrationInterface {
  name = 'AuditGranteeType1765353600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE referral.audit_entry ADD COLUMN grantee_agency_type text
        CONSTRAINT audit_entry_grantee_agency_type CHECK (grantee_agency_type ~ '^[A-Z][A-Z_]{1,63}$')`,
      `CREATE OR REPLACE FUNCTION referral.append_audit_entries(payloads text[]) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
    DECLARE
      last_seq bigint;
      last_hash text;
      payload text;
      p jsonb;
    BEGIN
      IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit entries are appended under READ COMMITTED only' USING ERRCODE = 'feature_not_supported';
      END IF;
      PERFORM pg_advisory_xact_lock(hashtext('nrm_audit_chain:referral'));
      SELECT e.seq, e.hash INTO last_seq, last_hash FROM referral.audit_entry e ORDER BY e.seq DESC LIMIT 1;
      IF last_seq IS NULL THEN
        last_seq := 0;
        last_hash := '0000000000000000000000000000000000000000000000000000000000000000';
      END IF;
      FOREACH payload IN ARRAY payloads LOOP
        p := payload::jsonb;
        -- Verification rebuilds the text without a null grantee (agency or type): a payload spelling one out could never verify.
        IF p ? 'grantee_agency_id' AND jsonb_typeof(p->'grantee_agency_id') IS DISTINCT FROM 'string' THEN
          RAISE EXCEPTION 'audit payload: grantee_agency_id is written only when set' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF p ? 'grantee_agency_type' AND jsonb_typeof(p->'grantee_agency_type') IS DISTINCT FROM 'string' THEN
          RAISE EXCEPTION 'audit payload: grantee_agency_type is written only when set' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        last_seq := last_seq + 1;
        INSERT INTO referral.audit_entry (
          id, seq, at, actor_subject, actor_username, actor_agency_id, actor_role, person_id, categories, action, basis,
          decision, reason, permission_id, purpose, flagged_for_review, correlation_id, grantee_agency_id, grantee_agency_type, prev_hash, hash
        ) VALUES (
          (p->>'id')::uuid, last_seq, (p->>'at')::timestamptz, p->>'actor_subject', p->>'actor_username',
          p->>'actor_agency_id', p->>'actor_role', (p->>'person_id')::uuid,
          ARRAY(SELECT c FROM jsonb_array_elements_text(p->'categories') WITH ORDINALITY AS t(c, n) ORDER BY n), p->>'action', p->>'basis', p->>'decision',
          p->>'reason', (p->>'permission_id')::uuid, p->>'purpose', (p->>'flagged_for_review')::boolean,
          p->>'correlation_id', p->>'grantee_agency_id', p->>'grantee_agency_type', last_hash,
          encode(sha256(convert_to(last_hash || E'\\n' || last_seq::text || E'\\n' || payload, 'UTF8')), 'hex')
        )
        RETURNING hash INTO last_hash;
      END LOOP;
    END $$`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Dropping an agency type that was hashed would break the chain at that entry: the evidence stays.
      `DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM referral.audit_entry WHERE grantee_agency_type IS NOT NULL) THEN
          RAISE EXCEPTION 'refusing to drop the grantee agency types of audit entries' USING ERRCODE = 'restrict_violation';
        END IF;
      END $$`,
      `CREATE OR REPLACE FUNCTION referral.append_audit_entries(payloads text[]) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
    AS $$
    DECLARE
      last_seq bigint;
      last_hash text;
      payload text;
      p jsonb;
    BEGIN
      IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit entries are appended under READ COMMITTED only' USING ERRCODE = 'feature_not_supported';
      END IF;
      PERFORM pg_advisory_xact_lock(hashtext('nrm_audit_chain:referral'));
      SELECT e.seq, e.hash INTO last_seq, last_hash FROM referral.audit_entry e ORDER BY e.seq DESC LIMIT 1;
      IF last_seq IS NULL THEN
        last_seq := 0;
        last_hash := '0000000000000000000000000000000000000000000000000000000000000000';
      END IF;
      FOREACH payload IN ARRAY payloads LOOP
        p := payload::jsonb;
        -- Verification rebuilds the text without a null grantee: a payload spelling one out could never verify.
        IF p ? 'grantee_agency_id' AND jsonb_typeof(p->'grantee_agency_id') IS DISTINCT FROM 'string' THEN
          RAISE EXCEPTION 'audit payload: grantee_agency_id is written only when set' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        last_seq := last_seq + 1;
        INSERT INTO referral.audit_entry (
          id, seq, at, actor_subject, actor_username, actor_agency_id, actor_role, person_id, categories, action, basis,
          decision, reason, permission_id, purpose, flagged_for_review, correlation_id, grantee_agency_id, prev_hash, hash
        ) VALUES (
          (p->>'id')::uuid, last_seq, (p->>'at')::timestamptz, p->>'actor_subject', p->>'actor_username',
          p->>'actor_agency_id', p->>'actor_role', (p->>'person_id')::uuid,
          ARRAY(SELECT c FROM jsonb_array_elements_text(p->'categories') WITH ORDINALITY AS t(c, n) ORDER BY n), p->>'action', p->>'basis', p->>'decision',
          p->>'reason', (p->>'permission_id')::uuid, p->>'purpose', (p->>'flagged_for_review')::boolean,
          p->>'correlation_id', p->>'grantee_agency_id', last_hash,
          encode(sha256(convert_to(last_hash || E'\\n' || last_seq::text || E'\\n' || payload, 'UTF8')), 'hex')
        )
        RETURNING hash INTO last_hash;
      END LOOP;
    END $$`,
      `ALTER TABLE referral.audit_entry DROP COLUMN grantee_agency_type`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
