import { type ChildProcess, spawn } from 'node:child_process';
import { Redis } from 'ioredis';
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
  const stopServer = async (): Promise<void> => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    server.kill('SIGKILL');
    await gone;
  };
  const killOnExit = (): void => void server.kill('SIGKILL');
  process.once('exit', killOnExit);
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
      process.removeListener('exit', killOnExit);
      await stopServer();
    },
  };
}

async function launch(port: number, args: string[], auth: PrivateRedisOptions['auth']): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => child.once('error', reject));
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
  return child;
}
