import { Client } from 'pg';
import { assertSchemaName } from '../audit-trail.sql';
import { verifyChain } from '../verify-chain';

export interface VerifyCommandResult {
  exitCode: 0 | 1 | 2;
  lines: string[];
}

/** A service's schema: its name with underscores (formal-identification keeps its chain in formal_identification). */
export function chainSchema(serviceOrSchema: string): string {
  return serviceOrSchema.replace(/-/g, '_');
}

/**
 * `npm run audit:verify -- [service…]`: recomputes each service's audit chain (default: identification) with the
 * credentials of DATABASE_URL, one JSON line per chain `{ schema, ok, entriesChecked, firstBrokenAt, lastSeq,
 * headHash }`. A service is named as the federated trail names it (`formal-identification`) or by its schema
 * (`formal_identification`). Exit code 1 when a chain is broken, else 2 when one could not be checked. Keep the
 * printed headHash somewhere the database's administrators cannot write: a later run whose chain no longer contains
 * it shows a truncated tail.
 */
export async function runVerifyCommand(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<VerifyCommandResult> {
  const schemas = args.length > 0 ? args.map(chainSchema) : ['identification'];
  try {
    schemas.forEach(assertSchemaName);
  } catch {
    return { exitCode: 2, lines: [JSON.stringify({ error: 'schema names are plain lower-case SQL identifiers' })] };
  }
  const client = new Client({
    connectionString: env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/nrm',
    application_name: 'nrm-audit-verify',
    connectionTimeoutMillis: 10_000,
  });
  const lines: string[] = [];
  let broken = false;
  let failed = false;
  try {
    await client.connect();
    for (const schema of schemas) {
      try {
        // One snapshot for the whole walk: entries appended meanwhile are left for the next run.
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const result = await verifyChain(client, schema);
        await client.query('COMMIT');
        lines.push(JSON.stringify({ schema, ...result }));
        if (!result.ok) broken = true;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        lines.push(JSON.stringify({ schema, error: describe(error) }));
        failed = true;
      }
    }
  } catch (error) {
    lines.push(JSON.stringify({ error: describe(error) }));
    failed = true;
  } finally {
    await client.end().catch(() => undefined);
  }
  // A broken chain is the finding that matters most; "could not check" comes second.
  return { exitCode: broken ? 1 : failed ? 2 : 0, lines };
}

/** SQLSTATE or error class only: never the connection string or a driver message that may quote it. */
function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'unknown';
}

if (require.main === module) {
  void runVerifyCommand(process.argv.slice(2)).then(({ exitCode, lines }) => {
    for (const line of lines) process.stdout.write(`${line}\n`);
    process.exitCode = exitCode;
  });
}
