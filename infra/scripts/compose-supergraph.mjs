// Prints each built subgraph's SDL (`main.js print-schema`, no database needed), writes it to
// infra/supergraph/<name>.graphql and composes infra/supergraph/supergraph.graphql. The gateway serves this static
// file in production and CI: composing at build time means a broken composition fails the build, not the boot.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, SUBGRAPHS, distEntry, existingSubgraphs } from './services.mjs';

const require = createRequire(import.meta.url);
export const SUPERGRAPH_DIR = join(ROOT, 'infra', 'supergraph');
export const SUPERGRAPH_FILE = join(SUPERGRAPH_DIR, 'supergraph.graphql');
/** The schema clients see: the supergraph's API schema, without the federation directives and join types. */
export const PUBLIC_SCHEMA_FILE = join(SUPERGRAPH_DIR, 'public-schema.graphql');
const PRINT_TIMEOUT_MS = Number(process.env.PRINT_SCHEMA_TIMEOUT_MS ?? 60_000);

function printSchema(service) {
  return new Promise((resolvePromise, reject) => {
    const entry = distEntry(service);
    if (!existsSync(entry)) {
      reject(new Error(`${service.name}: ${relative(ROOT, entry)} is missing; run \`npm run build\` first`));
      return;
    }
    // Printing the schema must not depend on the caller's deployment settings (e.g. production's https checks).
    const env = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent', PORT: String(service.port) };
    const child = spawn(process.execPath, [entry, 'print-schema'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    // print-schema must exit by itself; one that hangs (an open connection) would stall the build forever.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${service.name}: print-schema did not exit within ${PRINT_TIMEOUT_MS / 1000} s (something keeps its event loop alive, e.g. a Redis or database connection opened in print mode)`));
    }, PRINT_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const sdl = Buffer.concat(out).toString('utf8');
      if (code === 0 && sdl.trim()) resolvePromise(sdl);
      else reject(new Error(`${service.name}: print-schema exited with ${code}\n${Buffer.concat(err).toString('utf8').slice(-4000)}`));
    });
  });
}

/** Returns the composed supergraph SDL; throws with every composition error listed. */
export async function composeSupergraph({ log = console.log } = {}) {
  const started = Date.now();
  const present = existingSubgraphs();
  const missing = SUBGRAPHS.filter((service) => !present.includes(service));
  if (missing.length) log(`compose: skipping subgraphs without source yet: ${missing.map((s) => s.name).join(', ')}`);
  if (present.length === 0) throw new Error('compose: no subgraph has a src/main.ts yet; nothing to compose');

  const results = await Promise.allSettled(present.map(printSchema));
  const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason.message);
  if (failures.length) throw new Error(`compose: could not print subgraph schemas:\n${failures.join('\n')}`);

  // @apollo/composition ships under @apollo/gateway; resolve it from there so its graphql is the gateway's graphql.
  const gatewayRequire = createRequire(require.resolve('@apollo/gateway'));
  const { composeServices } = gatewayRequire('@apollo/composition');
  const { parse } = gatewayRequire('graphql');

  mkdirSync(SUPERGRAPH_DIR, { recursive: true });
  const definitions = present.map((service, index) => {
    const sdl = results[index].value;
    writeFileSync(join(SUPERGRAPH_DIR, `${service.name}.graphql`), sdl);
    return { name: service.name, url: `http://127.0.0.1:${service.port}/graphql`, typeDefs: parse(sdl) };
  });
  const composition = composeServices(definitions);
  if (composition.errors && composition.errors.length) {
    const lines = composition.errors.map((error) => `  - ${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
    throw new Error(`compose: supergraph composition failed (${composition.errors.length} errors):\n${lines.join('\n')}`);
  }
  writeFileSync(SUPERGRAPH_FILE, composition.supergraphSdl.endsWith('\n') ? composition.supergraphSdl : `${composition.supergraphSdl}\n`);
  const { Supergraph, printSchema: printApiSchema } = gatewayRequire('@apollo/federation-internals');
  const publicSdl = printApiSchema(Supergraph.build(composition.supergraphSdl).apiSchema());
  writeFileSync(PUBLIC_SCHEMA_FILE, publicSdl.endsWith('\n') ? publicSdl : `${publicSdl}\n`);
  log(`compose: ${present.map((s) => s.name).join(', ')} → ${relative(ROOT, SUPERGRAPH_FILE)}, ${relative(ROOT, PUBLIC_SCHEMA_FILE)} (${Date.now() - started} ms)`);
  return composition.supergraphSdl;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  composeSupergraph().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
