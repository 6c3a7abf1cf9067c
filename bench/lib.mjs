// Shared pieces of the benchmarks: percentiles, a bounded concurrent load loop, process memory, and a stack
// started exactly as `npm start` does, on a database of its own.
import http from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { sleep, startProcess, stopProcess, waitUntilHealthy } from '../infra/scripts/process-supervisor.cjs';

export const ROOT = new URL('..', import.meta.url).pathname;

/** Where every benchmark creates its throwaway database and which Redis database its stack uses. */
export const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/14';
/** The stack a benchmark starts listens where `npm start` does. */
export const GATEWAY = 'http://127.0.0.1:4000/graphql';
export const ISSUER = 'http://localhost:8080/realms/nrm';
/** How long a stopped benchmark process may drain before it is killed. */
const STOP_GRACE_MS = 15_000;

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

/** Runs `task(i)` from `concurrency` loops for `durationMs`; returns throughput and latency figures. */
export async function load({ concurrency, durationMs, warmupMs = 1_000, task }) {
  let counter = 0;
  const latencies = [];
  let errors = 0;
  const warmupEnd = Date.now() + warmupMs;
  const end = warmupEnd + durationMs;
  async function loop() {
    while (Date.now() < end) {
      const i = counter++;
      const started = performance.now();
      try {
        await task(i);
        if (Date.now() >= warmupEnd) latencies.push(performance.now() - started);
      } catch (error) {
        errors++;
        if (errors <= 3) console.error(`  error: ${error instanceof Error ? error.message : error}`);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop));
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    /** Every task run, warm-up included. */
    total: counter,
    errors,
    perSecond: latencies.length / (durationMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/**
 * Open loop: starts `task(i)` at a fixed rate for `durationMs`, whether or not earlier ones have answered (as
 * independent officers submitting would), after a warm-up at the same rate. Latency here is not bounded below by
 * Little's law as in the closed loop of `load`, so it shows what one caller waits at that arrival rate.
 */
export async function loadAtRate({ ratePerSecond, durationMs, warmupMs = 1_000, task }) {
  const latencies = [];
  let errors = 0;
  let counter = 0;
  const pending = [];
  const started = performance.now();
  const intervalMs = 1000 / ratePerSecond;
  const total = Math.round(((warmupMs + durationMs) / 1000) * ratePerSecond);
  for (let n = 0; n < total; n++) {
    const due = started + n * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const i = counter++;
    const measured = due - started >= warmupMs;
    const begin = performance.now();
    pending.push(
      Promise.resolve()
        .then(() => task(i))
        .then(
          () => measured && latencies.push(performance.now() - begin),
          (error) => {
            errors++;
            if (errors <= 3) console.error(`  error: ${error instanceof Error ? error.message : error}`);
          },
        ),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, perSecond: ratePerSecond, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export function rssOfPid(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) a process has used so far, in ms; 0 once it is gone. */
export function cpuMsOfPid(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // After the command: state is field 3, utime 14 and stime 15 (1-based, man 5 proc), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Pids of every running process whose command name is `name` (e.g. every PostgreSQL backend). */
export function pidsNamed(name) {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/**
 * CPU used by each named group of processes while `work()` runs, from `startAfterMs` on (after a warm-up):
 * { result, cpuMs: { group: ms } }. Groups are re-listed at the end so processes started during the work (new database
 * backends) count from zero.
 */
export async function measureCpu(groups, work, { startAfterMs = 0 } = {}) {
  const read = (pids) => new Map(pids.map((pid) => [pid, cpuMsOfPid(pid)]));
  const snapshot = () => Object.fromEntries(Object.entries(groups).map(([group, list]) => [group, read(list())]));
  let before = snapshot();
  const timer = setTimeout(() => (before = snapshot()), startAfterMs);
  const result = await work();
  clearTimeout(timer);
  const cpuMs = {};
  for (const [group, list] of Object.entries(groups)) {
    cpuMs[group] = [...read(list())].reduce((sum, [pid, now]) => sum + now - (before[group].get(pid) ?? 0), 0);
  }
  return { result, cpuMs };
}

/** Every descendant of `pid` (children, grandchildren, …). */
export function descendants(pid) {
  const all = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift();
    let children = [];
    try {
      children = readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      children = [];
    }
    all.push(...children);
    queue.push(...children);
  }
  return all;
}

export async function createDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}

export async function dropDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
  await client.query(`DROP DATABASE IF EXISTS "${name}"`);
  await client.end();
}

/** Starts the platform with `node infra/scripts/start.mjs` (what `npm start` runs) and resolves once it is ready. */
export function startPlatform(env) {
  const lastStart = join(ROOT, '.data', 'last-start.json');
  const before = existsSync(lastStart) ? statSync(lastStart).mtimeMs : 0;
  const startedAt = Date.now();
  const platform = startProcess({ name: 'npm start', args: [join(ROOT, 'infra', 'scripts', 'start.mjs')], env: { ...process.env, ...env }, cwd: ROOT });
  // start.mjs writes .data/last-start.json once every process answers its health check.
  const ready = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (existsSync(lastStart) && statSync(lastStart).mtimeMs > before) {
        clearInterval(timer);
        resolve({ readyMs: Date.now() - startedAt, report: JSON.parse(readFileSync(lastStart, 'utf8')) });
      }
    }, 100);
    platform.child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited with ${code}:\n${platform.lastOutput(100)}`));
    });
  });
  return { child: platform.child, ready, stop: () => stopProcess(platform, { graceMs: STOP_GRACE_MS }) };
}

export async function passwordToken(issuer, username) {
  const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'nrm-cli', username, password: 'demo-password' }),
  });
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

/**
 * POSTs JSON over node:http with keep-alive and answers the parsed body. The load generator shares the 2 cores with the
 * stack it measures: this costs it about half the CPU of `fetch` per request, leaving that to the stack.
 */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 256 });
export function postJson(url, body, headers = {}) {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent: keepAlive, headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          reject(error);
        }
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
}

/** How long `work` took, in milliseconds, and what it returned. */
export async function timed(work) {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

export const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

export { sleep };

/** POSTs one GraphQL operation as `token`; resolves the parsed body ({ data, errors }). Throws on a non-JSON answer. */
export async function graphql(url, token, query, variables = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status} from ${url}: ${text.slice(0, 200)}`);
  }
}

/** The first error code of a GraphQL body, or undefined. */
export const errorCode = (body) => body.errors?.[0]?.extensions?.code ?? body.errors?.[0]?.message;

/** Polls `probe` until it resolves a truthy value (returned); throws naming `what` after `timeoutMs`. */
export async function waitFor(what, probe, { timeoutMs = 30_000, intervalMs = 100 } = {}) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(intervalMs);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last instanceof Error ? last.message : last}` : ''}`);
}

const SUBMIT_PERSON = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { person { id reference } } }`;

/** An adult woman identified (as `token`'s agency, a first responder) through `gateway`; resolves { id, reference }. */
export async function submitPerson(gateway, token, label) {
  const body = await graphql(gateway, token, SUBMIT_PERSON, {
    input: {
      clientRequestId: `bench-${label}`,
      person: { givenName: 'Bench', familyName: `Reader ${label}`, dateOfBirth: '1992-03-04', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'] },
      venue: 'INLAND',
      region: 'TIRANA',
      indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B15_DEBT_BONDAGE', 'C02_FORCED_LABOUR_SERVICES'],
      exploitationTypes: ['FORCED_LABOUR'],
      interview: { consentToInterview: true, language: 'sq' },
      immediateNeeds: ['SAFE_ACCOMMODATION'],
    },
  });
  if (body.errors) throw new Error(`submitInitialIdentification: ${errorCode(body)}`);
  return body.data.submitInitialIdentification.person;
}

/**
 * Starts one more process (`node …args`) next to the platform, output kept for errors, and resolves once
 * `readyUrl` answers 200. `stop()` ends it (SIGTERM, then SIGKILL) and resolves when it has exited.
 */
export async function startExtraProcess({ name, args, env, readyUrl, timeoutMs = 60_000 }) {
  const extra = startProcess({ name, args, env: { ...process.env, ...env }, cwd: ROOT });
  const stop = () => stopProcess(extra, { graceMs: STOP_GRACE_MS });
  try {
    await waitUntilHealthy(extra, readyUrl, { timeoutMs });
  } catch (error) {
    await stop();
    throw error;
  }
  return { child: extra.child, stop };
}
