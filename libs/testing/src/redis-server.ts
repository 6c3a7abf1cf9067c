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

/**
 * A redis-server of the test's own, on a free port, keeping nothing on disk: for tests that kill or restart Redis, or
 * that must not share queues with the rest of the run. Needs `redis-server` on the PATH (.ci/run installs it).
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const [port] = await freePorts(1);
  const url = `redis://127.0.0.1:${port}`;
  let server = await launch(port!);
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
      server = await launch(port!);
    },
    async stop() {
      process.removeListener('exit', killOnExit);
      await stopServer();
    },
  };
}

async function launch(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => child.once('error', reject));
  const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
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
