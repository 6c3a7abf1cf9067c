import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { eventKeyEnv } from './run-event-keys';
import { REPOSITORY_ROOT, serviceList } from './service-list';
import { killAllOnExit, killProcess, stopProcess } from '../../../infra/scripts/process-supervisor.cjs';
import { defaultReadyTimeoutMs, distEntry, spawnService, waitReady } from './stack';

export interface BuiltServiceOptions {
  /** Where it listens (reserve it with freePorts before configuring the service that calls it). */
  port: number;
  /** The identity provider whose tokens it accepts: the in-process subgraph's (`SubgraphUnderTest.issuer`). */
  issuer: string;
  /** Extra environment over the test run's. */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}

export interface BuiltService {
  name: string;
  /** http://127.0.0.1:<port>: the base of its internal REST endpoints. */
  baseUrl: string;
  /** The last lines it printed, to explain a failure. */
  logs(): string;
  /** SIGTERM (then SIGKILL); idempotent. After it the service does not answer: a peer that cannot be reached. */
  stop(): Promise<void>;
  /** SIGKILL at once, as a crash or the OOM killer would: no shutdown hook runs, nothing is drained. */
  kill(): Promise<void>;
}

/**
 * Another service as a peer of the one under test, for the internal REST endpoints a service calls with the caller's
 * token (audit chains, export parts). Two code-first subgraphs cannot share a process, so it is the built service
 * (dist/, `npm run build` first) spawned on `port`, trusting the in-process subgraph's identity provider, against the
 * run's throwaway database and Redis database. No workers: it only answers requests.
 */
export async function startBuiltService(name: string, options: BuiltServiceOptions): Promise<BuiltService> {
  const databaseUrl = process.env['DATABASE_URL'];
  const redisUrl = process.env['REDIS_URL'];
  if (!process.env['NRM_TEST_RUN_ID'] || !databaseUrl || !redisUrl) {
    throw new Error('startBuiltService needs the test run set up by libs/testing global-setup (run it through a Jest project with it)');
  }
  const entry = serviceList().subgraphs.find((service) => service.name === name);
  if (!entry) throw new Error(`infra/scripts/services.mjs lists no subgraph "${name}"`);
  if (!existsSync(distEntry(entry))) throw new Error(`${relative(REPOSITORY_ROOT, distEntry(entry))} is missing: run \`npm run build\` first`);
  const running = spawnService(name, [distEntry(entry)], {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(options.port),
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    OIDC_ISSUER: options.issuer,
    OIDC_ALLOWED_CLIENTS: 'nrm-portal,nrm-cli',
    WORKERS_IN_PROCESS: 'false',
    RUN_MIGRATIONS_ON_BOOT: 'true',
    ...eventKeyEnv(name),
    ...options.env,
  });
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const removeExitGuard = killAllOnExit(() => [running]);
  const stop = async (): Promise<void> => {
    removeExitGuard();
    await stopProcess(running);
  };
  const kill = async (): Promise<void> => {
    removeExitGuard();
    await killProcess(running);
  };
  try {
    await waitReady(running, `${baseUrl}/health/ready`, options.readyTimeoutMs ?? defaultReadyTimeoutMs());
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, baseUrl, logs: () => running.output.join('\n'), stop, kill };
}
