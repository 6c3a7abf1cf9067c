const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function identifier(value: string, what: string): string {
  if (!IDENTIFIER.test(value)) throw new Error(`${what} must be a plain lower-case SQL identifier`);
  return `"${value}"`;
}

/**
 * The restricted role a service's pool runs as (DATABASE_APP_ROLE): data privileges on the tables of its own schema,
 * no DDL, nothing on the migrations table. Tables added by later migrations of the same owner get the same privileges
 * by default; a table that must be append-only revokes UPDATE and DELETE itself (see @nrm/audit).
 *
 * Roles are cluster-wide while these grants live in one database, and several databases (test runs) share one
 * cluster: the role is created only if missing, and the down migration revokes but never drops it.
 *
 * For new migrations only; a shipped migration keeps its own copy of the text (docs/migrations.md).
 */
export function appRoleUpSql(schema: string, role: string): string[] {
  const s = identifier(schema, 'schema');
  const r = identifier(role, 'role');
  return [
    `DO $$
    BEGIN
      IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '${role}') THEN
        BEGIN
          CREATE ROLE ${r} NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
          NULL; -- another database of the cluster created it at the same moment
        END;
      END IF;
    END $$`,
    `GRANT USAGE ON SCHEMA ${s} TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${r}`,
    `REVOKE ALL ON ${s}.schema_migrations FROM ${r}`,
  ];
}

/** Undoes appRoleUpSql but keeps the role; for new migrations only, like it. */
export function appRoleDownSql(schema: string, role: string): string[] {
  const s = identifier(schema, 'schema');
  const r = identifier(role, 'role');
  return [
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} REVOKE ALL ON SEQUENCES FROM ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} REVOKE ALL ON TABLES FROM ${r}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${s} FROM ${r}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${r}`,
    `REVOKE USAGE ON SCHEMA ${s} FROM ${r}`,
  ];
}
