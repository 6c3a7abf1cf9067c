import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Client } from 'pg';
import type { MixedList } from 'typeorm';
import { migrate, serviceDataSourceOptions } from '@nrm/database';
import { createTestDatabase, dropTestDatabase } from './test-resources';

/** Set to 1 to write the schema snapshots instead of comparing with them (docs/migrations.md). */
export const UPDATE_SCHEMA_SNAPSHOT = 'UPDATE_SCHEMA_SNAPSHOT';

export interface FreshSchemaOptions {
  /** The one schema the service owns. */
  schema: string;
  // TypeORM's own signature for migration lists.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * Migrates a database of its own from nothing and describes the service's schema as text (see describeSchema). The
 * database is dropped afterwards; the cluster-wide roles the migrations create stay, as in every test run.
 */
export async function describeFreshlyMigratedSchema(options: FreshSchemaOptions): Promise<string> {
  if (!process.env['NRM_TEST_RUN_ID']) {
    throw new Error('describeFreshlyMigratedSchema needs the test run set up by libs/testing global-setup (run it through the integration Jest project)');
  }
  const database = await createTestDatabase();
  try {
    await migrate(
      serviceDataSourceOptions({
        url: database.url,
        schema: options.schema,
        poolSize: 1,
        applicationName: `test-${options.schema}-schema-snapshot`,
        entities: [],
        migrations: options.migrations,
      }),
    );
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return await describeSchema(client, options.schema);
    } finally {
      await client.end();
    }
  } finally {
    await dropTestDatabase(database.name);
  }
}

/**
 * The committed snapshot to compare a description with; with UPDATE_SCHEMA_SNAPSHOT=1 it first writes `actual` there,
 * so the comparison passes and the diff shows up in git instead.
 */
export function committedSchemaSnapshot(file: string, actual: string): string {
  if (process.env[UPDATE_SCHEMA_SNAPSHOT] === '1') writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`no schema snapshot at ${file}: run the spec once with ${UPDATE_SCHEMA_SNAPSHOT}=1 and commit the file`);
  return readFileSync(file, 'utf8');
}

/** Code-unit order, so the text does not depend on the machine's locale. */
function sorted(lines: string[]): string[] {
  return [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Privileges of an ACL as sorted `grantee: PRIV, PRIV` lines; the login user (the owner) is written <owner>. */
const ACL_LINES = `
  SELECT grantee || ': ' || string_agg(privilege, ', ' ORDER BY privilege) AS line
  FROM (
    SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' WHEN a.grantee = o.oid THEN '<owner>' ELSE a.grantee::regrole::text END AS grantee,
           a.privilege_type || CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END AS privilege
    FROM aclexplode($1::aclitem[]) a, (SELECT oid FROM pg_roles WHERE rolname = current_user) o
  ) p
  GROUP BY grantee`;

/**
 * A deterministic text description of one schema, read from the catalogue (not pg_dump, so it does not depend on the
 * client's version): tables with their columns in column order, constraints, indexes, triggers, privileges and
 * comments; sequences; views; functions with their full definitions; enum and domain types; default privileges; and
 * the migrations the schema records as applied. Everything else is sorted.
 */
export async function describeSchema(client: Client, schema: string): Promise<string> {
  const query = async <R extends object>(text: string, values: unknown[] = []): Promise<R[]> => (await client.query<R>(text, values)).rows;
  const acl = async (items: string | null): Promise<string[]> =>
    items === null ? ['default'] : sorted((await query<{ line: string }>(ACL_LINES, [items])).map((row) => row.line));
  const out: string[] = [];
  const [namespace] = await query<{ oid: number; acl: string | null }>(`SELECT oid, nspacl::text AS acl FROM pg_namespace WHERE nspname = $1`, [schema]);
  if (!namespace) throw new Error(`schema ${schema} does not exist`);
  out.push(`schema ${schema}`, ...(await acl(namespace.acl)).map((line) => `  grant ${line}`));

  const relations = await query<{ oid: number; name: string; kind: string; persistence: string; rls: boolean; options: string | null; acl: string | null; comment: string | null }>(
    `SELECT c.oid, c.relname AS name, c.relkind AS kind, c.relpersistence AS persistence, c.relrowsecurity AS rls,
            c.reloptions::text AS options, c.relacl::text AS acl, obj_description(c.oid, 'pg_class') AS comment
     FROM pg_class c WHERE c.relnamespace = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`,
    [namespace.oid],
  );
  const kindName: Record<string, string> = { r: 'table', p: 'partitioned table', v: 'view', m: 'materialized view', S: 'sequence', f: 'foreign table' };
  for (const relation of [...relations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const flags = [relation.persistence === 'u' ? 'unlogged' : '', relation.rls ? 'row level security' : '', relation.options ? `with ${relation.options}` : '']
      .filter(Boolean)
      .join(' ');
    out.push('', `${kindName[relation.kind]} ${relation.name}${flags ? ` (${flags})` : ''}`);
    if (relation.comment !== null) out.push(`  comment ${JSON.stringify(relation.comment)}`);
    const columns = await query<{ line: string }>(
      `SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
              || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
              || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
              || CASE WHEN a.attgenerated <> '' THEN ' GENERATED ' || pg_get_expr(d.adbin, d.adrelid)
                      WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END
              || CASE WHEN col_description(a.attrelid, a.attnum) IS NOT NULL THEN ' COMMENT ' || quote_literal(col_description(a.attrelid, a.attnum)) ELSE '' END
              AS line
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      [relation.oid],
    );
    // A sequence's columns are its state (last_value, ...), not its definition.
    if (relation.kind !== 'S') out.push(...columns.map((row) => `  column ${row.line}`));
    if (relation.kind === 'v' || relation.kind === 'm') {
      const [view] = await query<{ definition: string }>(`SELECT pg_get_viewdef($1::oid) AS definition`, [relation.oid]);
      out.push(`  definition ${view!.definition.trim()}`);
    }
    if (relation.kind === 'S') {
      const [sequence] = await query<{ line: string }>(
        `SELECT format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' increment ' || s.seqincrement || ' min ' || s.seqmin
                || ' max ' || s.seqmax || ' cache ' || s.seqcache || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
                || coalesce((SELECT ' owned by ' || t.relname || '.' || a.attname
                             FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                             JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                             WHERE d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid AND d.deptype IN ('a', 'i')), '') AS line
         FROM pg_sequence s WHERE s.seqrelid = $1`,
        [relation.oid],
      );
      out.push(`  ${sequence!.line}`);
    }
    const constraints = await query<{ line: string }>(
      `SELECT conname || ' ' || pg_get_constraintdef(oid) AS line FROM pg_constraint WHERE conrelid = $1`,
      [relation.oid],
    );
    out.push(...sorted(constraints.map((row) => `  constraint ${row.line}`)));
    const indexes = await query<{ line: string }>(`SELECT pg_get_indexdef(indexrelid) AS line FROM pg_index WHERE indrelid = $1`, [relation.oid]);
    out.push(...sorted(indexes.map((row) => `  index ${row.line}`)));
    const triggers = await query<{ line: string }>(
      `SELECT pg_get_triggerdef(oid) || CASE tgenabled WHEN 'O' THEN '' ELSE ' (enabled ' || tgenabled::text || ')' END AS line
       FROM pg_trigger WHERE tgrelid = $1 AND NOT tgisinternal`,
      [relation.oid],
    );
    out.push(...sorted(triggers.map((row) => `  trigger ${row.line}`)));
    const policies = await query<{ line: string }>(
      `SELECT policyname || ' ' || permissive || ' ' || cmd || ' to ' || array_to_string(roles, ',')
              || coalesce(' using (' || qual || ')', '') || coalesce(' check (' || with_check || ')', '') AS line
       FROM pg_policies WHERE schemaname = $1 AND tablename = $2`,
      [schema, relation.name],
    );
    out.push(...sorted(policies.map((row) => `  policy ${row.line}`)));
    out.push(...(await acl(relation.acl)).map((line) => `  grant ${line}`));
  }

  const functions = await query<{ signature: string; definition: string; acl: string | null }>(
    `SELECT p.oid::regprocedure::text AS signature, pg_get_functiondef(p.oid) AS definition, p.proacl::text AS acl
     FROM pg_proc p WHERE p.pronamespace = $1
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`,
    [namespace.oid],
  );
  for (const fn of [...functions].sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0))) {
    out.push('', `function ${fn.signature}`, ...fn.definition.trimEnd().split('\n').map((line) => `  | ${line}`.trimEnd()));
    out.push(...(await acl(fn.acl)).map((line) => `  grant ${line}`));
  }

  const types = await query<{ line: string }>(
    `SELECT CASE t.typtype
              WHEN 'e' THEN 'enum ' || t.typname || ' (' || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) || ')'
              WHEN 'd' THEN 'domain ' || t.typname || ' ' || format_type(t.typbasetype, t.typtypmod)
                            || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
                            || coalesce(' DEFAULT ' || t.typdefault, '')
                            || coalesce((SELECT ' ' || string_agg(c.conname || ' ' || pg_get_constraintdef(c.oid), ' ' ORDER BY c.conname) FROM pg_constraint c WHERE c.contypid = t.oid), '')
              ELSE t.typtype::text || ' ' || t.typname END AS line
     FROM pg_type t WHERE t.typnamespace = $1 AND t.typtype IN ('e', 'd', 'r', 'm')`,
    [namespace.oid],
  );
  if (types.length > 0) out.push('', ...sorted(types.map((row) => `type ${row.line}`)));

  const defaults = await query<{ kind: string; acl: string }>(
    `SELECT defaclobjtype AS kind, defaclacl::text AS acl FROM pg_default_acl WHERE defaclnamespace = $1 AND defaclrole = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
    [namespace.oid],
  );
  const defaultKind: Record<string, string> = { r: 'tables', S: 'sequences', f: 'functions', T: 'types', n: 'schemas' };
  const defaultLines: string[] = [];
  for (const entry of defaults) defaultLines.push(...(await acl(entry.acl)).map((line) => `default privileges on ${defaultKind[entry.kind] ?? entry.kind}: ${line}`));
  if (defaultLines.length > 0) out.push('', ...sorted(defaultLines));

  const applied = await query<{ name: string }>(`SELECT name FROM "${schema}".schema_migrations ORDER BY timestamp, name`);
  out.push('', 'migrations applied', ...applied.map((row) => `  ${row.name}`));
  return `${out.join('\n')}\n`;
}
