import { assertSchemaName } from './audit-trail.sql';
import { type ChainVerification, ChainVerifier, type StoredAuditEntry } from './hash-chain';
import { type AuditSqlSource, queryRows } from './sql-source';

interface VerifyChainOptions {
  /** Entries read per query; the chain is streamed, never loaded whole. */
  pageSize?: number;
}

/**
 * Recomputes every hash of a schema's chain in seq order (see ChainVerifier for what it detects). Columns are read
 * back in the exact text form that was hashed: timestamps rendered by PostgreSQL in UTC with microseconds (so an edit
 * below the millisecond is caught too), uuids in PostgreSQL's lower case.
 */
export async function verifyChain(source: AuditSqlSource, schema: string, options: VerifyChainOptions = {}): Promise<ChainVerification> {
  const table = `"${assertSchemaName(schema)}".audit_entry`;
  const pageSize = options.pageSize ?? 1_000;
  const verifier = new ChainVerifier();
  // Keyset on (seq, id): still terminates if someone dropped the unique constraint and duplicated a seq.
  let after: { seq: string; id: string } = { seq: '0', id: '00000000-0000-0000-0000-000000000000' };
  for (;;) {
    const rows = await queryRows<StoredAuditEntry>(
      source,
      `SELECT id::text AS id, seq::text AS seq,
              to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
              actor_subject, actor_username, actor_agency_id, actor_role, person_id::text AS person_id, categories, action,
              basis, decision, reason, permission_id::text AS permission_id, purpose, flagged_for_review, correlation_id,
              grantee_agency_id, grantee_agency_type, prev_hash, hash
         FROM ${table} e
        WHERE (e.seq, e.id) > ($1::bigint, $2::uuid)
        -- Qualified: the bare names would sort by the text aliases above ('10' < '2').
        ORDER BY e.seq, e.id
        LIMIT $3`,
      [after.seq, after.id, pageSize],
    );
    for (const row of rows) if (!verifier.check(row)) return verifier.result();
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return verifier.result();
    after = { seq: last.seq, id: last.id };
  }
}
