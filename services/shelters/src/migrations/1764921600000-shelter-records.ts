import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The restricted role the shelters pool runs as (config DATABASE_APP_ROLE) and its privileges, as shipped; written
 * out so that no library edit changes this migration (docs/migrations.md).
 */
const APP_ROLE_UP = [
  // The restricted role (config DATABASE_APP_ROLE): created only if missing, since roles are cluster-wide.
  `DO $$
    BEGIN
      IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'nrm_shelters_app') THEN
        BEGIN
          CREATE ROLE "nrm_shelters_app" NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
          NULL; -- another database of the cluster created it at the same moment
        END;
      END IF;
    END $$`,
  `GRANT USAGE ON SCHEMA "shelters" TO "nrm_shelters_app"`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "shelters" TO "nrm_shelters_app"`,
  `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "shelters" TO "nrm_shelters_app"`,
  `ALTER DEFAULT PRIVILEGES IN SCHEMA "shelters" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "nrm_shelters_app"`,
  `ALTER DEFAULT PRIVILEGES IN SCHEMA "shelters" GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "nrm_shelters_app"`,
  `REVOKE ALL ON "shelters".schema_migrations FROM "nrm_shelters_app"`,
];

/** The first version of the audit trail, as this migration shipped it (docs/audit.md, docs/migrations.md). */
const AUDIT_TRAIL_UP = [
  // No foreign key to the person: the trail outlives an erasure.
  `CREATE TABLE "shelters".audit_entry (
      id uuid PRIMARY KEY,
      seq bigint NOT NULL CONSTRAINT audit_entry_seq_unique UNIQUE CONSTRAINT audit_entry_seq_positive CHECK (seq > 0),
      at timestamptz NOT NULL,
      actor_subject text NOT NULL,
      actor_username text NOT NULL,
      actor_agency_id text NOT NULL,
      actor_role text NOT NULL,
      person_id uuid,
      categories text[] NOT NULL,
      action text NOT NULL,
      basis text CONSTRAINT audit_entry_basis CHECK (basis IN ('OWNER', 'LEGAL_MANDATE', 'CONSENT', 'OVERRIDE')),
      decision text NOT NULL CONSTRAINT audit_entry_decision CHECK (decision IN ('ALLOWED', 'DENIED')),
      reason text,
      permission_id uuid,
      purpose text,
      flagged_for_review boolean NOT NULL,
      correlation_id text,
      prev_hash text NOT NULL CONSTRAINT audit_entry_prev_hash CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
      hash text NOT NULL CONSTRAINT audit_entry_hash CHECK (hash ~ '^[0-9a-f]{64}$')
    )`,
  // auditTrail(personId, filter): newest first.
  `CREATE INDEX audit_entry_person_at ON "shelters".audit_entry (person_id, at DESC) WHERE person_id IS NOT NULL`,
  // Review queue of override grants and uses.
  `CREATE INDEX audit_entry_flagged ON "shelters".audit_entry (at) WHERE flagged_for_review`,
  `CREATE FUNCTION "shelters".audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
    END $$`,
  // Statement level: refuses even an UPDATE or DELETE that matches no row, and TRUNCATE.
  `CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "shelters".audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION "shelters".audit_entry_append_only()`,
  // hash = sha256(prev_hash "\n" seq "\n" payload), computed from the very text the columns are parsed from.
  `CREATE FUNCTION "shelters".append_audit_entries(payloads text[]) RETURNS void
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
      PERFORM pg_advisory_xact_lock(hashtext('nrm_audit_chain:shelters'));
      SELECT e.seq, e.hash INTO last_seq, last_hash FROM "shelters".audit_entry e ORDER BY e.seq DESC LIMIT 1;
      IF last_seq IS NULL THEN
        last_seq := 0;
        last_hash := '0000000000000000000000000000000000000000000000000000000000000000';
      END IF;
      FOREACH payload IN ARRAY payloads LOOP
        p := payload::jsonb;
        last_seq := last_seq + 1;
        INSERT INTO "shelters".audit_entry (
          id, seq, at, actor_subject, actor_username, actor_agency_id, actor_role, person_id, categories, action, basis,
          decision, reason, permission_id, purpose, flagged_for_review, correlation_id, prev_hash, hash
        ) VALUES (
          (p->>'id')::uuid, last_seq, (p->>'at')::timestamptz, p->>'actor_subject', p->>'actor_username',
          p->>'actor_agency_id', p->>'actor_role', (p->>'person_id')::uuid,
          ARRAY(SELECT c FROM jsonb_array_elements_text(p->'categories') WITH ORDINALITY AS t(c, n) ORDER BY n), p->>'action', p->>'basis', p->>'decision',
          p->>'reason', (p->>'permission_id')::uuid, p->>'purpose', (p->>'flagged_for_review')::boolean,
          p->>'correlation_id', last_hash,
          encode(sha256(convert_to(last_hash || E'\\n' || last_seq::text || E'\\n' || payload, 'UTF8')), 'hex')
        )
        RETURNING hash INTO last_hash;
      END LOOP;
    END $$`,
  // Whatever the default privileges gave the application role, it may only read and append.
  `REVOKE ALL ON "shelters".audit_entry FROM "nrm_shelters_app"`,
  `GRANT SELECT, INSERT ON "shelters".audit_entry TO "nrm_shelters_app"`,
  `REVOKE ALL ON "shelters".audit_entry FROM PUBLIC`,
];

/** Undoes AUDIT_TRAIL_UP. */
const AUDIT_TRAIL_DOWN = [
  // Rolling back must never erase the evidence: refuses while the trail holds entries.
  `DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM "shelters".audit_entry) THEN
        RAISE EXCEPTION 'refusing to drop a non-empty audit trail' USING ERRCODE = 'restrict_violation';
      END IF;
    END $$`,
  `DROP FUNCTION "shelters".append_audit_entries(text[])`,
  `DROP TABLE "shelters".audit_entry`,
  `DROP FUNCTION "shelters".audit_entry_append_only()`,
];

/** Undoes APP_ROLE_UP. */
const APP_ROLE_DOWN = [
  // The role itself stays: it is cluster-wide and other databases may use it.
  `ALTER DEFAULT PRIVILEGES IN SCHEMA "shelters" REVOKE ALL ON SEQUENCES FROM "nrm_shelters_app"`,
  `ALTER DEFAULT PRIVILEGES IN SCHEMA "shelters" REVOKE ALL ON TABLES FROM "nrm_shelters_app"`,
  `REVOKE ALL ON ALL SEQUENCES IN SCHEMA "shelters" FROM "nrm_shelters_app"`,
  `REVOKE ALL ON ALL TABLES IN SCHEMA "shelters" FROM "nrm_shelters_app"`,
  `REVOKE USAGE ON SCHEMA "shelters" FROM "nrm_shelters_app"`,
];

/**
 * Shelter records: the needs assessments behind Person.health, psychosocial, legal, family and
 * educationEmployment, the hash-chained audit trail of their reads, and the restricted role the pool switches to.
 */
export class ShelterRecords1764921600000 implements MigrationInterface {
  name = 'ShelterRecords1764921600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...APP_ROLE_UP, ...AUDIT_TRAIL_UP]) {
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
    for (const statement of [...AUDIT_TRAIL_DOWN, ...APP_ROLE_DOWN]) {
      await queryRunner.query(statement);
    }
  }
}
