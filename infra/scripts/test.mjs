// `npm test`: lint, type-check, build, the portal's component tests (Vitest), then the unit, integration and e2e Jest
// projects (e2e includes the portal's browser suite), stopping at the first failure.
// The last line is always `N passed, N failed` (tests summed over the Jest runs) for CI to read.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './services.mjs';

const RESULTS = join(ROOT, '.data', 'test-results');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0 };
const started = Date.now();

function run(label, command, args) {
  const stepStarted = Date.now();
  process.stdout.write(`\n▸ ${label}\n`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
    child.on('error', (error) => {
      process.stderr.write(`${label}: ${error.message}\n`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      process.stdout.write(`  ${label}: ${code === 0 ? 'ok' : `failed (${signal ?? code})`} in ${((Date.now() - stepStarted) / 1000).toFixed(1)} s\n`);
      resolve(code ?? 1);
    });
  });
}

/** Adds a Jest run's counts; a run that failed without a failing test (a suite that did not load) counts once. */
function count(project, exitCode) {
  const file = join(RESULTS, `${project}.json`);
  let passed = 0;
  let failed = 0;
  if (existsSync(file)) {
    const result = JSON.parse(readFileSync(file, 'utf8'));
    passed = result.numPassedTests ?? 0;
    failed = (result.numFailedTests ?? 0) + (result.numRuntimeErrorTestSuites ?? 0);
  }
  if (exitCode !== 0 && failed === 0) failed = 1;
  totals.passed += passed;
  totals.failed += failed;
}

function finish(code, reason) {
  if (reason) process.stdout.write(`\n${reason}\n`);
  process.stdout.write(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
  process.exit(code);
}

async function main() {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });

  const eslintConfig = ['eslint.config.mjs', 'eslint.config.js', 'eslint.config.cjs'].some((file) => existsSync(join(ROOT, file)));
  if (eslintConfig) {
    if ((await run('lint', 'npm', ['run', '--silent', 'lint'])) !== 0) return finish(1, 'lint failed');
  } else {
    process.stdout.write('\n▸ lint: skipped (no eslint.config.mjs yet)\n');
  }
  if ((await run('type-check', 'npm', ['run', '--silent', 'typecheck'])) !== 0) return finish(1, 'type-check failed');
  if ((await run('build', process.execPath, [join(ROOT, 'infra', 'scripts', 'build.mjs')])) !== 0) return finish(1, 'build failed');

  // The portal's component and translation tests run in jsdom with Vitest (the portal is built by Vite).
  const portalCode = await run('vitest portal', bin('vitest'), [
    'run',
    '--config', join(ROOT, 'services', 'portal', 'vite.config.mts'),
    '--reporter', 'default',
    '--reporter', 'json',
    '--outputFile.json', join(RESULTS, 'portal.json'),
  ]);
  count('portal', portalCode);
  if (portalCode !== 0) return finish(1, 'vitest portal failed');

  const projects = [
    // Unit tests do no I/O: let Jest use both cores.
    { name: 'unit', args: [] },
    // One throwaway database for the run: suites run one after another so they never race on shared rows.
    { name: 'integration', args: ['--runInBand'] },
    { name: 'e2e', args: ['--runInBand'] },
  ];
  for (const project of projects) {
    const code = await run(`jest ${project.name}`, bin('jest'), [
      '--selectProjects', project.name,
      ...project.args,
      '--ci',
      '--passWithNoTests',
      // A library that leaves a handle open must not hang CI; Jest still reports it.
      '--forceExit',
      '--json',
      '--outputFile', join(RESULTS, `${project.name}.json`),
    ]);
    count(project.name, code);
    if (code !== 0) return finish(1, `jest ${project.name} failed`);
  }
  return finish(0);
}

process.on('SIGINT', () => finish(130, 'interrupted'));
main().catch((error) => finish(1, error.stack));
