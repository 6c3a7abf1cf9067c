import { join } from 'node:path';
import globalSetup from './global-setup';
import { SHARED_STACK_VARIABLE, type SharedStackAddress } from './shared-stack';
import type { Stack, StartStackOptions } from './stack';

/** The shared stack, kept where the e2e global teardown (same process, same realm) finds it. */
export const SHARED_STACK_KEY = Symbol.for('nrm.test.sharedStack');

/**
 * Jest globalSetup of the e2e project: the run's database and Redis (global-setup.ts), then ONE stack for every test
 * file that asks for the default one (`startStack()` without options). Starting the platform takes seconds per file
 * on two cores; the files already share the run's database, so sharing the processes too changes what they see only
 * in memory. A file that needs other settings (a token lifetime, limits, regions) still starts its own.
 */
export default async function e2eGlobalSetup(): Promise<void> {
  await globalSetup();
  if (process.env[SHARED_STACK_VARIABLE]) return;
  mapNrmAliases();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the aliases are mapped
  const { launchStack } = require('./stack') as { launchStack: (options?: StartStackOptions) => Promise<Stack> };
  // The portal's browser suites drive this stack too: its gateway admits the portal's origin. The per-actor limit on
  // audited denials about unknown persons (10 a minute) would count every file's probes together, so one file's
  // unknown-id checks could leave the next without its audit entry; the limiter has its own tests (libs/audit).
  const stack = await launchStack({
    gatewayEnv: { CORS_ORIGINS: 'http://localhost:3000' },
    env: { AUDIT_UNKNOWN_PERSON_DENIALS_PER_MINUTE: '100000' },
  });
  (globalThis as Record<symbol, Stack | undefined>)[SHARED_STACK_KEY] = stack;
  const address: SharedStackAddress = { gatewayBaseUrl: stack.gatewayBaseUrl, issuer: stack.issuer, subgraphUrls: { ...stack.subgraphUrls }, mailUrl: stack.mailUrl };
  process.env[SHARED_STACK_VARIABLE] = JSON.stringify(address);
}

/**
 * Jest applies its moduleNameMapper to test files, not to a global setup: resolve `@nrm/<lib>` to the lib's source here
 * as jest.config.js maps it (the sources are transformed by Jest's hook like any other). Test setup only.
 */
function mapNrmAliases(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node's resolver, patched for this process's test setup
  const Module = require('node:module') as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = Module._resolveFilename;
  const libs = join(__dirname, '..', '..');
  Module._resolveFilename = function (request: string, ...rest: unknown[]): string {
    const alias = /^@nrm\/([a-z-]+)$/.exec(request);
    return resolve.call(this, alias ? join(libs, alias[1]!, 'src', 'index.ts') : request, ...rest);
  };
}
