import { GENESIS_HASH } from './hash-chain';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertSchemaName(schema: string): string {
  if (!IDENTIFIER.test(schema)) throw new Error('schema must be a plain lower-case SQL identifier');
  return schema;
}

/**
 * The advisory lock that serialises appends to one schema's chain (a constant per schema, taken per transaction).
 * Baked into every shipped append_audit_entries: changing it needs a migration that replaces the function.
 */
function auditChainLockExpression(schema: string): string {
  return `hashtext('nrm_audit_chain:${assertSchemaName(schema)}')`;
}

/**
 * DDL of the trail's first version. For new migrations only; a shipped migration keeps its own copy of the text
 * (docs/migrations.md). A new trail also needs what later versions added, written literally in their own migrations
 * (the grantee columns: `*-audit-grantee.ts` and `*-audit-grantee-type.ts` of each service).
 *
 * - `audit_entry`: one row per entry, `seq` strictly increasing from 1, `hash` chaining each row to its predecessor.
 *   No foreign key to the person: the trail must outlive an erasure of the person's record.
 * - `append_audit_entries(text[])`: takes the chain's advisory lock, reads the last (seq, hash) and inserts each
 *   canonical payload with seq + 1 and its hash, all in ONE statement, so a read's audit costs one round trip and the
 *   lock is held only for the few microseconds of the inserts (until commit: in the caller's transaction for a write,
 *   in the statement's own implicit transaction for a read). It reads the last row after the lock is granted; under
 *   READ COMMITTED each statement of a volatile function takes a fresh snapshot, so it sees the previous holder's
 *   commit. Under REPEATABLE READ it would not, hence the refusal. The columns are parsed from the very text that is
 *   hashed, so what is stored is what was hashed.
 * - Append-only twice over: the application role has only SELECT and INSERT on the table, and a trigger refuses
 *   UPDATE, DELETE and TRUNCATE to everyone, the owner included (a superuser must disable it on purpose, and the
 *   chain then shows the edit).
 */
export function auditTrailUpSql(schema: string, appRole: string): string[] {
  const s = `"${assertSchemaName(schema)}"`;
  const role = `"${assertSchemaName(appRole)}"`;
  return [
    `CREATE TABLE ${s}.audit_entry (
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
    `CREATE INDEX audit_entry_person_at ON ${s}.audit_entry (person_id, at DESC) WHERE person_id IS NOT NULL`,
    // Review queue of override grants and uses.
    `CREATE INDEX audit_entry_flagged ON ${s}.audit_entry (at) WHERE flagged_for_review`,
    `CREATE FUNCTION ${s}.audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
    END $$`,
    // Statement level: refuses even an UPDATE or DELETE that matches no row, and TRUNCATE.
    `CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.audit_entry_append_only()`,
    `CREATE FUNCTION ${s}.append_audit_entries(payloads text[]) RETURNS void
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
      PERFORM pg_advisory_xact_lock(${auditChainLockExpression(schema)});
      SELECT e.seq, e.hash INTO last_seq, last_hash FROM ${s}.audit_entry e ORDER BY e.seq DESC LIMIT 1;
      IF last_seq IS NULL THEN
        last_seq := 0;
        last_hash := '${GENESIS_HASH}';
      END IF;
      FOREACH payload IN ARRAY payloads LOOP
        p := payload::jsonb;
        last_seq := last_seq + 1;
        INSERT INTO ${s}.audit_entry (
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
    `REVOKE ALL ON ${s}.audit_entry FROM ${role}`,
    `GRANT SELECT, INSERT ON ${s}.audit_entry TO ${role}`,
    `REVOKE ALL ON ${s}.audit_entry FROM PUBLIC`,
  ];
}

/**
 * Undoes auditTrailUpSql, for new migrations only like it. Refuses to drop a trail that holds entries: rolling a
 * migration back must never erase the evidence.
 */
export function auditTrailDownSql(schema: string): string[] {
  const s = `"${assertSchemaName(schema)}"`;
  return [
    `DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM ${s}.audit_entry) THEN
        RAISE EXCEPTION 'refusing to drop a non-empty audit trail' USING ERRCODE = 'restrict_violation';
      END IF;
    END $$`,
    `DROP FUNCTION ${s}.append_audit_entries(text[])`,
    `DROP TABLE ${s}.audit_entry`,
    `DROP FUNCTION ${s}.audit_entry_append_only()`,
  ];
}
