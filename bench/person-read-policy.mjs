// The access-policy benchmark: what the access policy and the audit trail cost on a person read.
//
// "With": ra.officer reads a person's summary, identity, contact location and trafficking experience. Every field goes
// through PersonAccessService.require(): the relationships and grants are loaded (two queries), the policy decides
// (LEGAL_MANDATE), and the request's one audit entry is appended to the hash chain before the response leaves.
// "Without": the same query, the same caller, the same rows, served by the same build with require() replaced by
// "ALLOWED, OWNER" (no facts loaded, nothing audited). That replacement lives only in this file: the benchmark starts
// its own identification processes (this file, re-run with BENCH_IDENTIFICATION_MODE) and patches the prototype in
// the "without" one before the service boots. Nothing in the services can switch the policy off.
//
// Both are measured against the subgraph directly: two extra identification processes started identically (same
// build, flags, database, pool size; workers off, so neither also relays events), one per mode, alternated round by
// round. The gateway would add the same planning and hop to both and only dilute the ratio; it is measured too, with
// the policy, for scale. A third figure: police.tirana reading its own record (the policy runs, OWNER reads are not
// audited), which separates the policy's cost from the audit write's.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { NODE_FLAGS } from '../infra/scripts/services.mjs';
import {
  ADMIN_URL,
  GATEWAY,
  ISSUER,
  REDIS_URL,
  ROOT,
  createDatabase,
  dropDatabase,
  errorCode,
  fmt,
  graphql,
  load,
  measureCpu,
  pidsNamed,
  passwordToken,
  startPlatform,
  startExtraProcess,
  submitPerson,
} from './lib.mjs';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const PERSONS = Number(process.env.BENCH_PERSONS ?? 100);
const WITH_PORT = 4011;
const WITHOUT_PORT = 4012;

const READ = `query Read($id: ID!) {
  person(id: $id) {
    id
    summary { ageBand sex identificationStatus needs riskLevel languages }
    identity { givenName familyName dateOfBirth citizenship }
    contactLocation { identifiedInRegion }
    traffickingExperience { indicatorCodes exploitationTypes venue }
  }
}`;

/** Child mode: one identification API process, exactly as `npm start` runs it, with or without the policy. */
function serveIdentification(mode) {
  const require = createRequire(import.meta.url);
  const dist = join(ROOT, 'dist', 'services', 'identification', 'src');
  if (mode === 'without-policy') {
    const { PersonAccessService } = require(join(dist, 'access', 'person-access.service.js'));
    // Every category allowed on the OWNER basis: no relationship or grant query, no policy, no audit entry.
    PersonAccessService.prototype.require = async () => ({ decision: 'ALLOWED', basis: 'OWNER' });
  } else if (mode !== 'with-policy') {
    throw new Error(`unknown BENCH_IDENTIFICATION_MODE ${mode}`);
  }
  require(join(dist, 'main.js'));
}

async function main() {
  const runId = Math.random().toString(16).slice(2, 10);
  const database = `nrm_bench_${runId}`;
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${database}`);
  await createDatabase(ADMIN_URL, database);
  const platform = startPlatform({ DATABASE_URL: databaseUrl, REDIS_URL, LOG_LEVEL: 'warn', NODE_ENV: 'development' });
  const extra = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await platform.ready;
    const police = await passwordToken(ISSUER, 'police.tirana');
    const persons = [];
    for (let i = 0; i < PERSONS; i += 10) {
      persons.push(...(await Promise.all(Array.from({ length: Math.min(10, PERSONS - i) }, (_, k) => submitPerson(GATEWAY, police, `${runId}-${i + k}`)))));
    }

    // The two subgraph processes under comparison, started the same way as npm start starts identification.
    const common = {
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      OIDC_ISSUER: ISSUER,
      OIDC_ALLOWED_CLIENTS: 'nrm-portal,nrm-cli',
      WORKERS_IN_PROCESS: 'false',
      RUN_MIGRATIONS_ON_BOOT: 'false',
    };
    const script = new URL(import.meta.url).pathname;
    for (const [mode, port] of [['with-policy', WITH_PORT], ['without-policy', WITHOUT_PORT]]) {
      extra.push(
        await startExtraProcess({
          name: `identification (${mode})`,
          args: [...NODE_FLAGS, script],
          env: { ...common, PORT: String(port), BENCH_IDENTIFICATION_MODE: mode },
          readyUrl: `http://127.0.0.1:${port}/health/ready`,
        }),
      );
    }
    const withUrl = `http://127.0.0.1:${WITH_PORT}/graphql`;
    const withoutUrl = `http://127.0.0.1:${WITHOUT_PORT}/graphql`;
    // CPU of the process that answers, and of PostgreSQL, per read: steadier than throughput on a shared machine.
    const servingPid = { [withUrl]: extra[0].child.pid, [withoutUrl]: extra[1].child.pid };

    const auditCount = async () => Number((await pool.query('SELECT count(*) AS n FROM identification.audit_entry')).rows[0].n);
    /** One measurement: `username` reads the persons in turn at `url`; every answer must carry identity. */
    async function measure(label, url, username) {
      const token = await passwordToken(ISSUER, username);
      let answered = 0;
      const before = await auditCount();
      const groups = { service: () => (servingPid[url] ? [servingPid[url]] : []), postgres: () => pidsNamed('postgres') };
      const { result, cpuMs } = await measureCpu(groups, () => load({
        concurrency: CONCURRENCY,
        durationMs: DURATION_MS,
        warmupMs: 500,
        task: async (i) => {
          const body = await graphql(url, token, READ, { id: persons[i % persons.length].id });
          if (body.errors) throw new Error(errorCode(body));
          if (!body.data.person.identity || !body.data.person.traffickingExperience) throw new Error('a category came back null');
          answered++;
        },
      }), { startAfterMs: 500 });
      const audited = (await auditCount()) - before;
      const reads = Math.max(1, result.requests);
      const cpuPerRead = (cpuMs.service + cpuMs.postgres) / reads;
      return { label, ...result, answered, audited, cpuPerRead, serviceCpuPerRead: cpuMs.service / reads, postgresCpuPerRead: cpuMs.postgres / reads };
    }

    // Short, paired rounds: the three modes back to back, in an order that rotates every round, so a noisy machine
    // (other processes, autovacuum) hits each mode alike; the ratios are taken per round, then their median.
    const MODES = {
      with: () => measure('with', withUrl, 'ra.officer'),
      without: () => measure('without', withoutUrl, 'ra.officer'),
      owner: () => measure('owner', withUrl, 'police.tirana'),
    };
    const ORDERS = [['with', 'without', 'owner'], ['without', 'owner', 'with'], ['owner', 'with', 'without'], ['without', 'with', 'owner'], ['with', 'owner', 'without'], ['owner', 'without', 'with']];
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      const figures = {};
      for (const mode of ORDERS[round % ORDERS.length]) figures[mode] = await MODES[mode]();
      rounds.push(figures);
    }
    const viaGateway = await measure('gateway', GATEWAY, 'ra.officer');

    console.log(`\nPerson reads (summary, identity, contact location, trafficking experience), ${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s per figure, ${ROUNDS} rounds, ${persons.length} persons`);
    const row = (f, base) => ({
      'req/s': fmt(f.perSecond),
      'p50 ms': fmt(f.p50, 2),
      'p99 ms': fmt(f.p99, 2),
      errors: f.errors,
      'audit entries / reads': `${f.audited} / ${f.answered}`,
      'vs without (thr, p50)': f === base ? 'baseline' : `${fmt(base.perSecond / f.perSecond, 2)}x, ${fmt(f.p50 / base.p50, 2)}x`,
    });
    const table = {};
    rounds.forEach((figures, round) => {
      table[`${round + 1} subgraph, without policy and audit`] = row(figures.without, figures.without);
      table[`${round + 1} subgraph, ra.officer: policy + audit`] = row(figures.with, figures.without);
      table[`${round + 1} subgraph, police own record: policy only`] = row(figures.owner, figures.without);
    });
    console.table(table);
    console.log('gateway, ra.officer: policy + audit (once, for scale)');
    console.table({ gateway: { ...row(viaGateway, viaGateway), 'vs without (thr, p50)': 'n/a' } });
    // Per-round ratios (each round measures both modes back to back), then their median: robust to a noisy machine.
    const median = (values) => {
      const s = [...values].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    };
    const ratios = (mode) => ({
      throughput: median(rounds.map((f) => f.without.perSecond / f[mode].perSecond)),
      p50: median(rounds.map((f) => f[mode].p50 / f.without.p50)),
      p99: median(rounds.map((f) => f[mode].p99 / f.without.p99)),
      all: rounds.map((f) => fmt(f.without.perSecond / f[mode].perSecond, 2)).join(' '),
      cpu: median(rounds.map((f) => f[mode].cpuPerRead / f.without.cpuPerRead)),
      cpuAll: rounds.map((f) => fmt(f[mode].cpuPerRead / f.without.cpuPerRead, 2)).join(' '),
      cpuMs: median(rounds.map((f) => f[mode].cpuPerRead)),
      cpuMsWithout: median(rounds.map((f) => f.without.cpuPerRead)),
      split: ['serviceCpuPerRead', 'postgresCpuPerRead'].map((part) => [median(rounds.map((f) => f[mode][part])), median(rounds.map((f) => f.without[part]))]),
    });
    const audit = ratios('with');
    const policy = ratios('owner');
    console.log(`
cost of policy + audit on a person read, subgraph direct, median of ${ROUNDS} rounds (target <= 1.3x):`);
    console.log(`  throughput without/with ${fmt(audit.throughput, 3)}x (per round: ${audit.all}); p50 with/without ${fmt(audit.p50, 3)}x; p99 ${fmt(audit.p99, 3)}x`);
    console.log(
      `  CPU per read (service + PostgreSQL) with/without ${fmt(audit.cpu, 3)}x: ${fmt(audit.cpuMs, 2)} ms vs ${fmt(audit.cpuMsWithout, 2)} ms (per round: ${audit.cpuAll}); ` +
        `service ${fmt(audit.split[0][0], 2)} vs ${fmt(audit.split[0][1], 2)} ms, PostgreSQL ${fmt(audit.split[1][0], 2)} vs ${fmt(audit.split[1][1], 2)} ms`,
    );
    console.log(`cost of the policy alone (police.tirana's own record: OWNER, nothing audited):`);
    console.log(`  throughput ${fmt(policy.throughput, 3)}x (per round: ${policy.all}); p50 ${fmt(policy.p50, 3)}x; CPU per read ${fmt(policy.cpu, 3)}x`);
    console.log(
      `through the gateway, ra.officer with policy + audit: ${fmt(viaGateway.perSecond)} req/s, p50 ${fmt(viaGateway.p50, 2)} ms, p99 ${fmt(viaGateway.p99, 2)} ms ` +
        `(the gateway's planning and extra hop are the same with or without the policy, so the ratio is measured at the subgraph)`,
    );
  } finally {
    await pool.end().catch(() => undefined);
    for (const process of extra.reverse()) await process.stop();
    await platform.stop();
    await dropDatabase(ADMIN_URL, database).catch(() => undefined);
  }
}

if (process.env.BENCH_IDENTIFICATION_MODE) {
  serveIdentification(process.env.BENCH_IDENTIFICATION_MODE);
} else {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
