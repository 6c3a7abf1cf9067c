import { SHARED_STACK_KEY } from './e2e-global-setup';
import globalTeardown from './global-teardown';
import { SHARED_STACK_VARIABLE } from './shared-stack';
import type { Stack } from './stack';

/** Stops the run's shared stack (e2e-global-setup.ts), then drops the run's database and Redis. */
export default async function e2eGlobalTeardown(): Promise<void> {
  const holder = globalThis as Record<symbol, Stack | undefined>;
  const stack = holder[SHARED_STACK_KEY];
  holder[SHARED_STACK_KEY] = undefined;
  delete process.env[SHARED_STACK_VARIABLE];
  await stack?.stop();
  await globalTeardown();
}
