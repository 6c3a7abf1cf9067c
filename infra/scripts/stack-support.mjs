// Shared by start.mjs and the CI/test scripts: find or start PostgreSQL and Redis, probe ports.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { join } from 'node:path';
import { isRunning, killProcess, sleep, startProcess } from './process-supervisor.cjs';
import { ROOT } from './services.mjs';

const require = createRequire(import.meta.url);
export const DATA_DIR = join(ROOT, '.data');
export const LOG_DIR = join(DATA_DIR, 'logs');

/** True when something accepts TCP connections on host:port. */
export function portAnswers(port, host = '127.0.0.1', timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

// ---------------------------------------------------------------- PostgreSQL

class StackError extends Error {}
export { StackError };

const CONNECTION_REFUSED = new Set(['ECONNREFUSED', 'ENOENT', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET']);

/** Connects to the server of `url` (its `postgres` database); null when nothing answers there. */
async function tryPostgres(url) {
  const { Client } = require('pg');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    if (CONNECTION_REFUSED.has(error.code) || /timeout/i.test(error.message)) return null;
    throw new StackError(`PostgreSQL at ${redactUrl(url)} answers but refused the connection: ${error.message}`);
  }
}

export async function ensureDatabaseExists(client, name) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new StackError(`unsupported database name "${name}"`);
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (rowCount === 0) {
    try {
      await client.query(`CREATE DATABASE "${name}"`);
      return true;
    } catch (error) {
      // Two processes racing to create it is fine.
      if (error.code !== '42P04') throw error;
    }
  }
  return false;
}

function findPostgresBinaries() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(base, version, 'bin')));
  }
  for (const folder of (process.env.PATH ?? '').split(':')) if (folder) candidates.push(folder);
  return candidates.find((folder) => existsSync(join(folder, 'initdb')) && existsSync(join(folder, 'pg_ctl')));
}

/** PostgreSQL refuses to run as root; when we are root, run its binaries as the `postgres` system user. */
function postgresRunner() {
  if (process.getuid?.() !== 0) return { prefix: [], user: undefined };
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    throw new StackError('running as root, and there is no `postgres` user to run a private PostgreSQL cluster as');
  }
  return { prefix: ['runuser', '-u', 'postgres', '--'], user: 'postgres' };
}

function runQuiet(argv, options = {}) {
  return execFileSync(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], ...options }).toString();
}

const PRIVATE_PG_PORT = 5433;

/** Initialises (once) and starts a private cluster under .data/postgres; returns its URL and a stop function. */
async function startPrivatePostgres(log, databaseName) {
  const bin = findPostgresBinaries();
  if (!bin) return null;
  const folder = join(DATA_DIR, 'postgres');
  const dataDir = join(folder, 'data');
  const socketDir = join(folder, 'run');
  const logFile = join(LOG_DIR, 'postgres.log');
  mkdirSync(socketDir, { recursive: true });
  mkdirSync(LOG_DIR, { recursive: true });
  const { prefix, user } = postgresRunner();
  if (user) {
    runQuiet(['chown', '-R', user, folder]);
    runQuiet(['touch', logFile]);
    runQuiet(['chown', user, logFile]);
    // The postgres user must be able to reach its folders through the repository path.
    chmodSync(DATA_DIR, 0o755);
    chmodSync(LOG_DIR, 0o755);
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`postgres: initialising a private cluster in ${dataDir}`);
    runQuiet([...prefix, join(bin, 'initdb'), '-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
  }
  if (!(await portAnswers(PRIVATE_PG_PORT))) {
    log(`postgres: starting the private cluster on 127.0.0.1:${PRIVATE_PG_PORT}`);
    try {
      runQuiet([
        ...prefix, join(bin, 'pg_ctl'), '-D', dataDir, '-l', logFile, '-w', '-t', '60',
        '-o', `-p ${PRIVATE_PG_PORT} -k ${socketDir} -c listen_addresses=127.0.0.1`, 'start',
      ]);
    } catch (error) {
      throw new StackError(`the private PostgreSQL did not start: ${error.stderr?.toString().trim() || error.message}; see ${logFile}`);
    }
  }
  const url = `postgres://postgres@127.0.0.1:${PRIVATE_PG_PORT}/${databaseName}`;
  const stop = async () => {
    try {
      runQuiet([...prefix, join(bin, 'pg_ctl'), '-D', dataDir, '-m', 'fast', '-w', 'stop']);
    } catch {
      // Already stopped.
    }
  };
  return { url, stop };
}

export const HOW_TO_GET_POSTGRES =
  'PostgreSQL is not answering and no PostgreSQL binaries were found. Install it (Debian/Ubuntu: ' +
  '`sudo apt-get install -y postgresql`, macOS: `brew install postgresql@15`), or run ' +
  '`docker compose up -d postgres redis`, or set DATABASE_URL to a server you have.';

/**
 * Uses DATABASE_URL's server when it answers; otherwise a private cluster from the installed binaries. Creates the
 * database if missing. Returns { url, stop? , origin }.
 */
export async function ensurePostgres({ url, log }) {
  const databaseName = decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'nrm';
  let client = await tryPostgres(url);
  let result = { url, origin: 'existing', stop: undefined };
  if (!client) {
    log(`postgres: nothing answers at ${redactUrl(url)}`);
    const started = await startPrivatePostgres(log, databaseName);
    if (!started) throw new StackError(HOW_TO_GET_POSTGRES);
    result = { url: started.url, origin: 'private', stop: started.stop };
    client = await tryPostgres(started.url);
    if (!client) throw new StackError(`the private PostgreSQL on port ${PRIVATE_PG_PORT} does not answer; see ${join(LOG_DIR, 'postgres.log')}`);
  }
  try {
    if (await ensureDatabaseExists(client, databaseName)) log(`postgres: created database ${databaseName}`);
  } finally {
    await client.end();
  }
  return result;
}

// ---------------------------------------------------------------- Redis

/**
 * Sends PING without credentials: 'open' when a Redis answers PONG (it has no password), 'protected' when it wants one
 * (NOAUTH), null when nothing answers.
 */
export function probeRedis(url, timeoutMs = 1_500) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      const text = data.toString();
      done(text.startsWith('+PONG') ? 'open' : /^-(NOAUTH|ERR|WRONGPASS)/.test(text) ? 'protected' : null);
    });
    socket.once('error', () => done(null));
  });
}

/** Resolves true when a Redis server answers (even with NOAUTH: it is there). */
export async function redisAnswers(url, timeoutMs = 1_500) {
  return (await probeRedis(url, timeoutMs)) !== null;
}

function onPath(binary) {
  return (process.env.PATH ?? '').split(':').map((folder) => join(folder, binary)).find((path) => existsSync(path));
}

const PRIVATE_REDIS_PORT = 6380;
export const HOW_TO_GET_REDIS =
  'Redis is not answering and no `redis-server` is on the PATH. Install it (Debian/Ubuntu: ' +
  '`sudo apt-get install -y redis-server`, macOS: `brew install redis`), or run `docker compose up -d redis`, ' +
  'or set REDIS_URL to a server you have.';

const NO_PASSWORD_WARNING =
  'answers without a password: fine on a development machine, never for a deployment (anyone who reaches it can forge queue jobs; docs/events.md)';

/** The private server's password: made once, kept under .data/redis (readable by this user only). */
function privateRedisPassword(dir) {
  const file = join(dir, 'password');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * Uses REDIS_URL when it answers (with a warning when that Redis takes no password); otherwise starts `redis-server`
 * as a child on 6380 with a generated password, given to the services inside REDIS_URL: `onSpawn` is handed that
 * process as soon as it is spawned (to be stopped with the rest), and its output lines go to `onLine`.
 */
export async function ensureRedis({ url, log, onLine, onSpawn }) {
  const existing = await probeRedis(url);
  if (existing !== null) {
    if (existing === 'open') log(`redis: ${redactUrl(url)} ${NO_PASSWORD_WARNING}`);
    return { url, origin: 'existing' };
  }
  log(`redis: nothing answers at ${redactUrl(url)}`);
  const binary = onPath('redis-server');
  if (!binary) throw new StackError(HOW_TO_GET_REDIS);
  const dir = join(DATA_DIR, 'redis');
  mkdirSync(dir, { recursive: true });
  const password = privateRedisPassword(dir);
  const privateUrl = `redis://:${password}@127.0.0.1:${PRIVATE_REDIS_PORT}`;
  const running = await probeRedis(privateUrl);
  if (running !== null) {
    log(`redis: reusing the private server on port ${PRIVATE_REDIS_PORT}`);
    if (running === 'open') {
      // Started by an older `npm start`, before it set a password: AUTH would fail against it.
      log(`redis: the private server ${NO_PASSWORD_WARNING}; stop it to get one with a password`);
      return { url: `redis://127.0.0.1:${PRIVATE_REDIS_PORT}`, origin: 'private' };
    }
    return { url: privateUrl, origin: 'private' };
  }
  // The password goes in a config file of this user's, not on the command line where `ps` would show it.
  const configFile = join(dir, 'redis.conf');
  writeFileSync(
    configFile,
    [`port ${PRIVATE_REDIS_PORT}`, 'bind 127.0.0.1', `dir ${dir}`, 'save ""', 'appendonly no', 'daemonize no', `requirepass ${password}`, ''].join('\n'),
    { mode: 0o600 },
  );
  chmodSync(configFile, 0o600);
  log(`redis: starting a private redis-server on 127.0.0.1:${PRIVATE_REDIS_PORT} (with a generated password, kept in ${join(dir, 'password')})`);
  const server = startProcess({ name: 'redis', command: binary, args: [configFile], detached: true, onLine });
  onSpawn?.(server);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await redisAnswers(privateUrl)) return { url: privateUrl, origin: 'private' };
    if (!isRunning(server)) break;
    await sleep(100);
  }
  await killProcess(server);
  throw new StackError(`the private redis-server did not start; see ${join(LOG_DIR, 'redis.log')}`);
}

/** Hides a password in a connection URL before printing it. */
export function redactUrl(value) {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return value;
  }
}
