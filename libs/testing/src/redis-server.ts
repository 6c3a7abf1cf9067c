import { Redis } from 'ioredis';
import { killAllOnExit, killProcess, startProcess, type SupervisedProcess } from '../../../infra/scripts/process-supervisor.cjs';
import { freePorts } from './ports';
import { waitFor } from './wait-for';

export interface PrivateRedis {
  /** redis://127.0.0.1:<port> */
  url: string;
  port: number;
  /** The server's run_id: it changes when the server restarts. */
  runId(): Promise<string | undefined>;
  /** Kills the server (SIGKILL) and starts a new, empty one on the same port, as a crash without persistence would. */
  restartEmpty(): Promise<void>;
  stop(): Promise<void>;
}

export interface PrivateRedisOptions {
  /** Extra redis-server arguments, e.g. `['--aclfile', path]`. */
  args?: string[];
  /** The user `url`, `runId` and the readiness probe connect as, where the server has no passwordless default user. */
  auth?: { username: string; password: string };
}

/**
 * A redis-server of the test's own, on a free port, keeping nothing on disk: for tests that kill or restart Redis, or
 * that must not share queues with the rest of the run. Needs `redis-server` on the PATH (.ci/run installs it).
 */
export async function startPrivateRedis(options: PrivateRedisOptions = {}): Promise<PrivateRedis> {
  const [port] = await freePorts(1);
  const { auth, args = [] } = options;
  const url = auth ? `redis://${encodeURIComponent(auth.username)}:${encodeURIComponent(auth.password)}@127.0.0.1:${port}` : `redis://127.0.0.1:${port}`;
  let server = await launch(port!, args, auth);
  const stopServer = (): Promise<void> => killProcess(server);
  const removeExitGuard = killAllOnExit(() => [server]);
  return {
    url,
    port: port!,
    async runId() {
      const connection = new Redis(url, { maxRetriesPerRequest: 1 });
      try {
        return /run_id:(\w+)/.exec(await connection.info('server'))?.[1];
      } finally {
        connection.disconnect();
      }
    },
    async restartEmpty() {
      await stopServer();
      server = await launch(port!, args, auth);
    },
    async stop() {
      removeExitGuard();
      await stopServer();
    },
  };
}

async function launch(port: number, args: string[], auth: PrivateRedisOptions['auth']): Promise<SupervisedProcess> {
  const server = startProcess({
    name: `redis-server on port ${port}`,
    command: 'redis-server',
    args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args],
  });
  const failed = new Promise<never>((_, reject) => server.child.once('error', reject));
  const probe = new Redis({ port, host: '127.0.0.1', ...auth, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await Promise.race([
      failed,
      waitFor(
        async () => {
          try {
            if (probe.status !== 'ready') await probe.connect();
            return (await probe.ping()) === 'PONG';
          } catch {
            probe.disconnect();
            return false;
          }
        },
        { timeoutMs: 10_000, description: `redis-server on port ${port}` },
      ),
    ]);
  } finally {
    probe.disconnect();
  }
  return server;
}
