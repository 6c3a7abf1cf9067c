// `npm start`: the whole platform on this machine for development. PostgreSQL and Redis are used where they answer
// (DATABASE_URL, REDIS_URL) or started privately under .data/; then build, the dev identity provider, every
// subgraph (each migrates on boot), the demo seed, the gateway. Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEV_EVENT_KEYS_FILE, ensureDevEventKeys, eventKeyEnv } from './event-keys.mjs';
import { DEV_IDP, GATEWAY, MAIL_CATCHER, NODE_FLAGS, PORTAL, ROOT, SUBGRAPHS, distEntry, existingSubgraphs, internalUrlVariable, subgraphUrlVariable } from './services.mjs';
import {
  ProcessError,
  killAllOnExit,
  runToCompletion,
  sleep,
  startProcess,
  stopInOrder,
  waitUntilHealthy,
} from './process-supervisor.cjs';
import { startPortalServer } from './portal-server.cjs';
import { DATA_DIR, LOG_DIR, StackError, ensurePostgres, ensureRedis, portAnswers, redactUrl } from './stack-support.mjs';

const startedAt = Date.now();
const PID_FILE = join(DATA_DIR, 'stack.pids.json');
const READY_TIMEOUT_MS = Number(process.env.START_READY_TIMEOUT_MS ?? 90_000);
const STOP_GRACE_MS = 10_000;
const tty = process.stdout.isTTY;
const COLOURS = [36, 32, 35, 33, 34, 96, 92, 95, 93];
const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
// Nest's boot chatter is kept in the log files but not shown in the terminal.
const QUIET_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'GraphQLModule', 'NestApplication']);

/** @type {Map<string, import('./process-supervisor.cjs').SupervisedProcess>} */
const children = new Map();
const cleanups = [];
let stopping = false;
let nameWidth = 8;

const paint = (code, text) => (tty ? `\u001b[${code}m${text}\u001b[0m` : text);
const say = (text) => process.stdout.write(`${paint(1, '▸')} ${text}\n`);

function colourOf(name) {
  const all = ['postgres', 'redis', DEV_IDP.name, ...SUBGRAPHS.map((s) => s.name), GATEWAY.name];
  return COLOURS[Math.max(0, all.indexOf(name)) % COLOURS.length];
}

/** One readable terminal line per log line: time, service, level, message, remaining fields as compact JSON. */
function formatLine(name, line) {
  const tag = paint(colourOf(name), `[${name}]`.padEnd(nameWidth + 2));
  if (!line.startsWith('{')) return `${tag} ${line}`;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return `${tag} ${line}`;
  }
  if (QUIET_CONTEXTS.has(entry.context) && entry.level < 40) return undefined;
  const { level, time, msg, service: _service, name: _name, pid: _pid, hostname: _hostname, context, ...rest } = entry;
  const clock = typeof time === 'string' ? time.slice(11, 19) : new Date(typeof time === 'number' ? time : Date.now()).toISOString().slice(11, 19);
  const levelText = LEVELS[level] ?? String(level);
  const levelShown = level >= 50 ? paint(31, levelText) : level >= 40 ? paint(33, levelText) : paint(2, levelText);
  const extra = Object.keys(rest).length ? ` ${paint(2, JSON.stringify(rest))}` : '';
  return `${paint(2, clock)} ${tag} ${levelShown} ${context ? `${context}: ` : ''}${msg ?? ''}${extra}`;
}

/** Where a process's output goes: .data/logs/<name>.log and, formatted, the terminal. */
function tee(name) {
  const file = join(LOG_DIR, `${name}.log`);
  return (line) => {
    appendFileSync(file, `${line}\n`);
    const shown = formatLine(name, line);
    if (shown !== undefined) process.stdout.write(`${shown}\n`);
  };
}

const logOf = (name) => relative(ROOT, join(LOG_DIR, `${name}.log`));

function savePids() {
  const pids = Object.fromEntries([...children].filter(([, { child }]) => child.exitCode === null).map(([name, { child }]) => [name, child.pid]));
  writeFileSync(PID_FILE, JSON.stringify(pids, null, 2));
}

/** A previous `npm start` killed without cleanup leaves its children behind; stop those (only ours, by pid). */
async function stopLeftovers() {
  if (!existsSync(PID_FILE)) return;
  let pids = {};
  try {
    pids = JSON.parse(readFileSync(PID_FILE, 'utf8'));
  } catch {
    return;
  }
  for (const [name, pid] of Object.entries(pids)) {
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    // Only a process that is still what we started (a built entry of this checkout, or our private redis-server).
    const ours = cmdline.includes(join(ROOT, 'dist') + '/') || (name === 'redis' && cmdline.startsWith('redis-server') && cmdline.includes(':6380'));
    if (!ours) continue;
    say(`stopping ${name} (pid ${pid}) left over from a previous run`);
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  await sleep(1_000);
}

function startChild(name, args, env) {
  const started = startProcess({ name, args: [...NODE_FLAGS, ...args], env, cwd: ROOT, detached: true, onLine: tee(name) });
  children.set(name, started);
  started.child.on('exit', (code, signal) => {
    if (!stopping) say(paint(31, `${name} exited (${signal ?? `code ${code}`}); its log: ${logOf(name)}`));
  });
  savePids();
  return started;
}

async function runStep(name, args, env) {
  try {
    await runToCompletion(startProcess({ name, args, env, cwd: ROOT, onLine: tee(name) }));
  } catch (error) {
    throw new StackError(`${error.message}\nIts log: ${logOf(name)}`);
  }
}

async function waitReady(name, port, path = '/health/ready') {
  try {
    await waitUntilHealthy(children.get(name), `http://127.0.0.1:${port}${path}`, { timeoutMs: READY_TIMEOUT_MS, abandoned: () => stopping });
  } catch (error) {
    if (!(error instanceof ProcessError)) throw error;
    throw new StackError(`${error.message}\nIts log: ${logOf(name)}`);
  }
}

async function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  if (children.size || cleanups.length) say('stopping…');
  const all = [...children.values()];
  const stores = new Set(['redis']);
  // The gateway first, so no new request reaches a draining subgraph; the data stores last, so the services can
  // finish their in-flight work and close their connections cleanly.
  await stopInOrder(
    [
      all.filter(({ name }) => name === GATEWAY.name),
      all.filter(({ name }) => name !== GATEWAY.name && !stores.has(name)),
      all.filter(({ name }) => stores.has(name)),
    ],
    { graceMs: STOP_GRACE_MS, onKill: ({ name }) => say(`${name} did not stop within ${STOP_GRACE_MS / 1000} s; killing it`) },
  );
  for (const cleanup of cleanups.reverse()) await cleanup();
  try {
    writeFileSync(PID_FILE, '{}');
  } catch {
    // .data may be gone.
  }
  process.exit(exitCode);
}

async function main() {
  mkdirSync(LOG_DIR, { recursive: true });
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  // If this script dies without stopping its children, do not leave them serving.
  killAllOnExit(() => children.values());
  await stopLeftovers();

  const env = { ...process.env, NODE_ENV: 'development' };
  const postgres = await ensurePostgres({ url: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/nrm', log: say });
  if (postgres.stop) cleanups.push(postgres.stop);
  say(`postgres: ${redactUrl(postgres.url)} (${postgres.origin})`);
  const redis = await ensureRedis({
    url: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    log: say,
    onLine: tee('redis'),
    onSpawn: (server) => children.set('redis', server),
  });
  say(`redis: ${redactUrl(redis.url)} (${redis.origin})`);

  if (process.env.START_SKIP_BUILD !== '1') {
    say('building (npm run build)…');
    await new Promise((resolve, reject) => {
      const build = spawn(process.execPath, [join(ROOT, 'infra', 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
      build.on('close', (code) => (code === 0 ? resolve() : reject(new StackError('the build failed (see above)'))));
    });
  }

  const subgraphs = existingSubgraphs();
  const absent = SUBGRAPHS.filter((service) => !subgraphs.includes(service));
  if (absent.length) say(paint(33, `not written yet, skipped: ${absent.map((s) => s.name).join(', ')}`));
  const missingDist = subgraphs.filter((service) => !existsSync(distEntry(service)));
  if (missingDist.length) throw new StackError(`built entry missing for ${missingDist.map((s) => relative(ROOT, distEntry(s))).join(', ')}`);
  nameWidth = Math.max(...[DEV_IDP, GATEWAY, ...subgraphs].map((s) => s.name.length));

  const portalDist = join(ROOT, PORTAL.dir, 'dist');
  const portalBuilt = existsSync(join(portalDist, 'index.html'));
  // E-mail goes to the development catch-all unless SMTP_URL names a relay of your own.
  const catchMail = env.SMTP_URL === undefined;
  const ports = [DEV_IDP, ...subgraphs, GATEWAY, ...(portalBuilt ? [PORTAL] : []), ...(catchMail ? [MAIL_CATCHER, { name: 'mail (SMTP)', port: MAIL_CATCHER.smtpPort }] : [])];
  const busy = [];
  for (const service of ports) if (await portAnswers(service.port)) busy.push(`${service.port} (${service.name})`);
  if (busy.length) throw new StackError(`ports already in use: ${busy.join(', ')}. Is another \`npm start\` running?`);

  const issuerBase = `http://localhost:${DEV_IDP.port}`;
  const issuer = `${issuerBase}/realms/${DEV_IDP.realm}`;
  const common = {
    ...env,
    HOST: '127.0.0.1',
    LOG_LEVEL: env.LOG_LEVEL ?? 'info',
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    OIDC_ISSUER: issuer,
    OIDC_ALLOWED_CLIENTS: env.OIDC_ALLOWED_CLIENTS ?? 'nrm-portal,nrm-cli',
    WORKERS_IN_PROCESS: 'true',
    RUN_MIGRATIONS_ON_BOOT: 'true',
    SMTP_URL: env.SMTP_URL ?? `smtp://127.0.0.1:${MAIL_CATCHER.smtpPort}`,
    PORTAL_URL: env.PORTAL_URL ?? `http://localhost:${PORTAL.port}`,
  };
  if (catchMail) {
    startChild(MAIL_CATCHER.name, [join(ROOT, 'infra', 'scripts', 'mail-catcher.cjs')], {
      ...common,
      MAIL_CATCHER_SMTP_PORT: String(MAIL_CATCHER.smtpPort),
      MAIL_CATCHER_HTTP_PORT: String(MAIL_CATCHER.port),
    });
    await waitReady(MAIL_CATCHER.name, MAIL_CATCHER.port, '/messages');
  }

  const idpEntry = join(ROOT, 'dist', DEV_IDP.dir, 'src', 'main.js');
  if (!existsSync(idpEntry)) throw new StackError(`${relative(ROOT, idpEntry)} is missing: the dev identity provider was not built`);
  startChild(DEV_IDP.name, [idpEntry], { ...common, DEV_IDP_PORT: String(DEV_IDP.port), DEV_IDP_HOST: '127.0.0.1', DEV_IDP_ISSUER: issuer });
  // Where each subgraph finds the others' internal REST endpoints (access facts, audit chains, export parts).
  const internalUrls = Object.fromEntries(subgraphs.map((s) => [internalUrlVariable(s.name), `http://127.0.0.1:${s.port}`]));
  // Each service signs its events with its own key and checks the others' with their public keys (docs/events.md).
  const eventKeys = ensureDevEventKeys();
  say(`event keys: ${relative(ROOT, DEV_EVENT_KEYS_FILE)} (development only)`);
  for (const service of subgraphs) {
    startChild(service.name, [distEntry(service)], { ...common, ...internalUrls, ...eventKeyEnv(eventKeys, service.name), PORT: String(service.port) });
  }

  await Promise.all([
    waitReady(DEV_IDP.name, DEV_IDP.port, `/realms/${DEV_IDP.realm}/.well-known/openid-configuration`),
    ...subgraphs.map((service) => waitReady(service.name, service.port)),
  ]);

  for (const service of subgraphs.filter((s) => s.seed)) {
    say(`seeding ${service.name} (demo data, development only)`);
    await runStep(`${service.name}-seed`, [distEntry(service), 'seed'], { ...common, ...eventKeyEnv(eventKeys, service.name), PORT: String(service.port) });
  }

  const overrides = Object.fromEntries(subgraphs.map((s) => [subgraphUrlVariable(s.name), `http://127.0.0.1:${s.port}/graphql`]));
  startChild(GATEWAY.name, [distEntry(GATEWAY)], {
    ...common,
    ...overrides,
    PORT: String(GATEWAY.port),
    SUPERGRAPH_FILE: join(ROOT, 'infra', 'supergraph', 'supergraph.graphql'),
    CORS_ORIGINS: `http://localhost:${PORTAL.port}`,
  });
  await waitReady(GATEWAY.name, GATEWAY.port);
  if (portalBuilt) {
    const portal = await startPortalServer({ distDir: portalDist, port: PORTAL.port, host: '127.0.0.1', gatewayUrl: `http://localhost:${GATEWAY.port}/graphql`, issuer });
    cleanups.push(portal.close);
  }

  const readyMs = Date.now() - startedAt;
  writeFileSync(join(DATA_DIR, 'last-start.json'), JSON.stringify({ readyMs, at: new Date().toISOString(), pids: Object.fromEntries([...children].map(([n, { child }]) => [n, child.pid])) }, null, 2));
  const rows = [
    ['GraphQL gateway', `http://localhost:${GATEWAY.port}/graphql`],
    ['Web portal', `http://localhost:${PORTAL.port}${portalBuilt ? '' : '  (not built: npm run build)'}`],
    ['Identity provider', `${issuer}  (dev stand-in for Keycloak)`],
    [
      'Mail catch-all',
      catchMail
        ? `http://localhost:${MAIL_CATCHER.port}/messages  (SMTP 127.0.0.1:${MAIL_CATCHER.smtpPort}; demo users are <username>@mail.nrm.local)`
        : `not started: e-mail goes to SMTP_URL`,
    ],
    ...[DEV_IDP, ...subgraphs, GATEWAY].map((s) => [
      `  health ${s.name}`,
      s === DEV_IDP ? `${issuerBase}/realms/${DEV_IDP.realm}/.well-known/openid-configuration` : `http://127.0.0.1:${s.port}/health/ready`,
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(
    [
      '',
      paint(32, `NRM platform ready in ${(readyMs / 1000).toFixed(1)} s`),
      ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
      '',
      '  Demo users (password demo-password): police.tirana, ra.officer, ra.head, cm.shelter-a, cm.shelter-b, coordinator, auditor, admin, ra.deputy, cpw.gjirokaster, head.shelter-a … (README: Demo users)',
      `  A token: curl -s -d grant_type=password -d client_id=nrm-cli -d username=police.tirana -d password=demo-password ${issuer}/protocol/openid-connect/token`,
      `  Logs: ${relative(ROOT, LOG_DIR)}/<service>.log    Stop: Ctrl-C`,
      '',
    ].join('\n'),
  );
}

main().catch(async (error) => {
  process.stderr.write(`\n${paint(31, 'npm start failed:')} ${error instanceof StackError ? error.message : error.stack}\n`);
  await stopAll(1);
});
