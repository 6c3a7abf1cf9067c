// `npm run build`: compile every service, lib, the dev identity provider and the benchmark with swc into dist/
// (keeping the source layout, so dist/services/<name>/src/main.js requires ../../../libs/... as .swcrc rewrites the
// @nrm/* aliases), copy runtime assets, then compose the supergraph (and print its public API schema), generate the
// portal's GraphQL types from that schema and build the portal with Vite into services/portal/dist. Type errors are
// `npm run typecheck`'s job.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from './compose-supergraph.mjs';
import { PORTAL, ROOT } from './services.mjs';

const SOURCE_ROOTS = ['services', 'libs', 'infra/dev-idp', 'bench'];
const DIST = join(ROOT, 'dist');
// The portal is a browser application with its own toolchain (Vite), not compiled by swc into dist/.
const PORTAL_DIR = join(ROOT, PORTAL.dir);

function run(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${relative(ROOT, command)} exited with ${code}`))));
  });
}

function* walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'test' || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (path === PORTAL_DIR) continue;
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

function hasTypeScript(folder) {
  for (const file of walk(folder)) if (file.endsWith('.ts')) return true;
  return false;
}

/** Files the compiled code reads at runtime (indicator catalogue JSON, templates, SQL) sit next to it in dist. */
function copyAssets(roots) {
  let copied = 0;
  for (const root of roots) {
    for (const file of walk(join(ROOT, root))) {
      if (file.endsWith('.ts') || file.endsWith('.md') || !file.split('/').includes('src')) continue;
      const target = join(DIST, relative(ROOT, file));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
      copied += 1;
    }
  }
  return copied;
}

/** The portal: GraphQL types from the public schema (services/portal/src/gql), then the production bundle. */
export async function buildPortal({ log = console.log } = {}) {
  const started = Date.now();
  await run(join(ROOT, 'node_modules', '.bin', 'graphql-codegen'), ['--config', join(PORTAL.dir, 'codegen.json'), '--silent']);
  await run(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--config', join(PORTAL.dir, 'vite.config.mts'), '--logLevel', 'warn']);
  log(`build: portal → ${PORTAL.dir}/dist (${Date.now() - started} ms)`);
}

export async function build({ log = console.log } = {}) {
  const started = Date.now();
  const roots = SOURCE_ROOTS.filter((root) => existsSync(join(ROOT, root)) && hasTypeScript(join(ROOT, root)));
  // Start clean: a deleted migration left behind in dist would still be run by TypeORM.
  for (const root of SOURCE_ROOTS) rmSync(join(DIST, root), { recursive: true, force: true });
  await run(join(ROOT, 'node_modules', '.bin', 'swc'), [
    ...roots,
    '--out-dir', 'dist',
    '--config-file', '.swcrc',
    '--ignore', `**/test/**,**/*-spec.ts,**/*.spec.ts,**/*.d.ts,${PORTAL.dir}/**`,
    '--quiet',
  ]);
  const assets = copyAssets(roots);
  log(`build: compiled ${roots.join(', ')} → dist/ and copied ${assets} assets (${Date.now() - started} ms)`);
  await composeSupergraph({ log });
  if (process.env.BUILD_SKIP_PORTAL !== '1' && existsSync(join(PORTAL_DIR, 'vite.config.mts'))) await buildPortal({ log });
  log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  build().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
