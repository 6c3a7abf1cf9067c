// `npm run bench`: every benchmark in turn. Each prints its figures as ratios against a baseline measured in the
// same run; none of them is a test (nothing here fails a build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = [join(root, 'dist', 'services', 'gateway', 'src', 'main.js'), join(root, 'services', 'portal', 'dist', 'index.html')];
if (!built.every((file) => existsSync(file)) || process.env.BENCH_BUILD === '1') {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const benchmarks = ['portal-bundle.mjs', 'submit-identification.mjs', 'person-read-policy.mjs', 'consent-withdrawal.mjs', 'submission-payload.mjs', 'duplicate-search.mjs', 'case-load.mjs', 'deadline-sweep.mjs', 'notification-latency.mjs', 'statistics.mjs', 'statistics-export.mjs', 'statistics-rebuild.mjs'];
/** Node flags a benchmark needs: the rebuild holds the whole read model of a million identifications in memory (about 3 GiB). */
const NODE_FLAGS = { 'statistics-rebuild.mjs': ['--max-old-space-size=6144', '--max-semi-space-size=64'] };
for (const file of benchmarks) {
  console.log(`\n=== bench/${file}`);
  const result = spawnSync(process.execPath, [...(NODE_FLAGS[file] ?? []), join(root, 'bench', file)], { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}
