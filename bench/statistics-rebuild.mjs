// The rebuild of the statistics read model (docs/statistics.md, "Rebuild") from a synthetic history of BENCH_PERSONS
// identifications (default 1,000,000; target: under two minutes), against a plain bulk load of as many person rows
// into a copy of person_fact, in the same run.
//
// It needs a build (dist/) and PostgreSQL: a throwaway database migrated with the reporting service's own migrations.
// Four small stand-in producers (identification, referral, shelters, formal-identification) in this process serve
// `GET /internal/events?types=&after=&limit=` → `{ events: [{ id, type, position, occurredAt, payload }], next }` as
// libs/service-kit serves it, accepting any bearer token; each event is computed from its position when asked, so
// the history is never in memory. Payloads are those of libs/events/src/contracts.ts, the identification's
// `statistics` (StatisticalFacts) skewed like bench/statistics-seed.mjs. Over ten years from 2016, a person every
// (ten years / N), and for each person, all before the next one's identification:
// - identification.submitted; identification.interview-recorded for one in six; identification.age-verified for one
//   in five;
// - referral.created for six in ten: declined for one in ten, accepted for five in ten, each accepted referral's
//   case.opened, case.admitted and case.phase_moved to II, and for half of those case.phase_moved to III and
//   case.closed;
// - formal_identification.requested and .concluded for two in ten (a third of them VICTIM); residence_permit.recorded
//   for one in twenty.
// About five events a person. The rebuild is the service's own code from dist: StatisticsRebuild over
// ReadModelRepository, ReadModelService and EventHistoryClient (a fixed token), with the service's default page and
// batch sizes (STATISTICS_REBUILD_PAGE, STATISTICS_REBUILD_BATCH may be set). Before it, the reporting inbox is
// filled, untimed, with every event id the stand-ins serve, as the live consumer would have left it (BENCH_INBOX=empty
// leaves it empty).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ROOT, fmt, timed } from './lib.mjs';
import { FOREIGN, REGIONS, TYPES, seedStatements, withReportingDatabase } from './statistics-seed.mjs';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const PRODUCERS_MODE = process.env.BENCH_PRODUCERS === 'inline' ? 'inline' : 'thread';
/**
 * What the reporting service's inbox holds when the rebuild starts: `handled` (the default), every event of the
 * history, as on a platform whose reporting service has consumed them all along; `empty`, none, as after the reporting
 * schema was restored empty.
 */
const INBOX = process.env.BENCH_INBOX === 'empty' ? 'empty' : 'handled';

const require = createRequire(import.meta.url);
const dist = join(ROOT, 'dist', 'services', 'reporting', 'src');
const { reportingConfigSchema } = require(join(dist, 'config.js'));
const { EventHistoryClient } = require(join(dist, 'read-model', 'event-history.client.js'));
const { ReadModelRepository } = require(join(dist, 'read-model', 'read-model.repository.js'));
const { ReadModelService } = require(join(dist, 'read-model', 'read-model.service.js'));
const { StatisticsRebuild } = require(join(dist, 'read-model', 'statistics-rebuild.js'));
const { createLogger } = require(join(ROOT, 'dist', 'libs', 'logging', 'src', 'index.js'));

const START = Date.parse('2016-01-01T07:00:00Z');
const STEP = (3653 * 86_400_000) / PERSONS;
/** The instant of a person's event, `tenths` of the way to the next person's identification. */
const at = (person, tenths) => new Date(START + person * STEP + (tenths * STEP) / 10).toISOString();
const hex = (n, width) => n.toString(16).padStart(width, '0');
/** A stable UUID (version 4 layout) for thing `kind` of person `n`. */
const uuid = (kind, n) => `${hex(n, 8)}-${hex(kind, 4)}-4000-8000-000000000000`;
const ref = (n) => `NRM-${2016 + Math.floor(n / (PERSONS / 10))}-${hex(n, 6)}`;

/** A cheap deterministic draw in [0, 1) for person `n` and dimension `d`. */
function draw(n, d) {
  let x = (n * 0x9e3779b1 + d * 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) / 2 ** 32;
}
function pick(r, choices) {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let cumulative = 0;
  for (const [value, weight] of choices) {
    cumulative += weight / total;
    if (r < cumulative) return value;
  }
  return choices.at(-1)[0];
}

function statistics(n) {
  const ageGroup = pick(draw(n, 3), [['ADULT', 70], ['CHILD', 25], ['UNKNOWN', 5]]);
  const citizenshipGroup = pick(draw(n, 4), [['NATIONAL', 80], ['FOREIGN', 18], ['UNKNOWN', 2]]);
  const types = [TYPES[Math.floor(draw(n, 9) ** 2 * TYPES.length)]];
  if (n % 10 < 3) types.push(TYPES[Math.floor(draw(n, 10) ** 2 * TYPES.length)]);
  return {
    identifiedAt: at(n, 0),
    sex: pick(draw(n, 2), [['FEMALE', 70], ['MALE', 28], ['OTHER', 1], ['UNKNOWN', 1]]),
    ageGroup,
    ageBand: ageGroup === 'CHILD' ? 'AGE_9_17' : ageGroup === 'ADULT' ? pick(draw(n, 11), [['AGE_18_20', 3], ['AGE_21_23', 3], ['AGE_24_26', 2], ['AGE_30_38', 2]]) : 'UNKNOWN',
    citizenshipGroup,
    citizenshipCountry: citizenshipGroup === 'NATIONAL' ? 'AL' : citizenshipGroup === 'FOREIGN' ? pick(draw(n, 5), FOREIGN) : null,
    exploitationTypes: [...new Set(types)],
    agencyType: pick(draw(n, 6), [['STATE_POLICE', 40], ['BORDER_POLICE', 15], ['SOCIAL_SERVICES', 15], ['NGO', 15], ['LABOUR_INSPECTORATE', 5], ['SCHOOL', 4], ['HEALTH', 3], ['CONSULAR', 3]]),
    region: pick(draw(n, 7), REGIONS),
    placeOfExploitation: pick(draw(n, 8), [['DOMESTIC', 55], ['ABROAD', 30], ['BOTH', 10], [null, 5]]),
    status: draw(n, 12) < 0.3 ? 'AT_RISK' : 'PRESUMED',
    entryRoute: 'FIRST_RESPONDER',
    venue: 'INLAND',
    meansOfControl: ['THREATS'],
    recruiterRelations: ['FRIEND'],
    countriesOfExploitation: ['AL'],
    childAtExploitation: ageGroup === 'CHILD',
  };
}

/** Person `n`'s events at one producer, in order: [type, tenths of a step after the identification, payload]. */
const PRODUCERS = {
  identification(n) {
    const personId = uuid(1, n);
    const child = n % 4 === 0;
    const base = { personId, reference: ref(n), recordingAgencyId: 'police-tirana', isChild: child, region: 'TIRANA' };
    const out = [['identification.submitted', 0, { ...base, identificationId: uuid(2, n), anonymous: false, routing: { sex: 'FEMALE', foreign: n % 5 === 0, accompanyingChildren: false }, statistics: statistics(n) }]];
    if (n % 6 === 0) out.push(['identification.interview-recorded', 1, { ...base, identificationId: uuid(3, n), childProtectionUnit: null, statistics: { ...statistics(n), venue: 'BORDER' } }]);
    if (n % 5 === 1) out.push(['identification.age-verified', 1.5, { verificationId: uuid(4, n), personId, reference: ref(n), outcome: 'CHILD', isChild: true, region: 'TIRANA', childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true } }]);
    return out;
  },
  referral(n) {
    if (n % 10 >= 6) return [];
    const common = { referralId: uuid(5, n), personId: uuid(1, n), reference: ref(n), providerAgencyId: 'shelter-a' };
    const out = [['referral.created', 2, { ...common, urgent: n % 2 === 0 }]];
    out.push(n % 10 === 5 ? ['referral.declined', 3, common] : ['referral.accepted', 3, { ...common, caseId: uuid(6, n) }]);
    return out;
  },
  shelters(n) {
    if (n % 10 >= 5) return [];
    const caseId = uuid(6, n);
    const common = { caseId, personId: uuid(1, n), reference: ref(n), providerAgencyId: 'shelter-a' };
    const out = [
      ['case.opened', 3.5, { ...common, referralId: uuid(5, n) }],
      ['case.admitted', 4, { ...common, placementType: 'RESIDENTIAL', admittedAt: at(n, 4), assessmentsDueAt: at(n, 9) }],
      ['case.phase_moved', 5, { ...common, phase: 'II', nextContactDueAt: null }],
    ];
    if (n % 2 === 0) {
      out.push(['case.phase_moved', 7, { ...common, phase: 'III', nextContactDueAt: null }]);
      out.push(['case.closed', 8, { caseId, referralId: uuid(5, n), personId: uuid(1, n), providerAgencyId: 'shelter-a', status: 'CLOSED', closureType: 'REINTEGRATED' }]);
    }
    return out;
  },
  'formal-identification'(n) {
    const out = [];
    if (n % 10 === 3 || n % 10 === 7) {
      const common = { formalIdentificationId: uuid(7, n), personId: uuid(1, n), reference: ref(n), requestedAt: at(n, 4) };
      out.push(['formal_identification.requested', 4, { ...common, isChild: false, dueAt: at(n, 9) }]);
      out.push(['formal_identification.concluded', 6, { ...common, outcome: n % 30 === 3 ? 'VICTIM' : 'NOT_VICTIM', memberAgencyIds: ['police-tirana'] }]);
    }
    if (n % 20 === 7) out.push(['residence_permit.recorded', 8.5, { residencePermitId: uuid(8, n), personId: uuid(1, n), reference: ref(n), type: 'A', expiresAt: at(n + PERSONS / 10, 0) }]);
    return out;
  },
};
const SERVICES = Object.keys(PRODUCERS);

/** A producer's history as positions 1…total: where each person's events start. */
function positions(events) {
  const starts = new Float64Array(PERSONS + 1);
  for (let n = 0; n < PERSONS; n += 1) starts[n + 1] = starts[n] + events(n).length;
  return starts;
}

/** The first person whose events reach past `position` (binary search over the starts). */
function personAt(starts, position) {
  let low = 0;
  let high = PERSONS;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle + 1] <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** CPU seconds so far of each PostgreSQL backend of this benchmark's pool (Linux /proc; user + system, 100 ticks a second). */
async function databaseCpu(dataSource) {
  const rows = await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  const out = new Map();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // Not on Linux, or the backend has gone.
    }
  }
  return out;
}

/** The largest JS heap seen while the rebuild ran (sampled every 200 ms). */
let peakHeap = 0;

/** The stand-ins' own time (computing and serialising pages), so it can be told apart from the rebuild's. */
let servingMs = 0;

/** `GET /internal/events`, any bearer token accepted. */
function standIn(service) {
  const events = PRODUCERS[service];
  const starts = positions(events);
  const total = starts[PERSONS];
  const kind = 10 + SERVICES.indexOf(service);
  const server = createServer((request, response) => {
    const started = performance.now();
    const url = new URL(request.url ?? '/', 'http://stand-in');
    if (url.pathname !== '/internal/events' || !/^Bearer .+/.test(request.headers.authorization ?? '')) return void response.writeHead(404).end();
    const types = new Set((url.searchParams.get('types') ?? '').split(','));
    const after = Number(url.searchParams.get('after') ?? '0');
    const limit = Number(url.searchParams.get('limit'));
    const page = [];
    let position = after;
    for (let n = personAt(starts, after); n < PERSONS && page.length < limit; n += 1) {
      const list = events(n);
      for (let index = Math.max(0, after - starts[n]); index < list.length && page.length < limit; index += 1) {
        position = starts[n] + index + 1;
        const [type, tenths, payload] = list[index];
        if (types.has(type)) page.push({ id: uuid(kind, position), type, position: String(position), occurredAt: at(n, tenths), payload });
      }
    }
    const body = JSON.stringify({ events: page, next: position < total ? String(position) : null });
    servingMs += performance.now() - started;
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  return { server, total };
}

/** The four stand-ins listening on 127.0.0.1: their URLs (as the service's configuration names them), servers and events. */
async function startStandIns() {
  const urls = {};
  const servers = [];
  let published = 0;
  const totals = {};
  for (const service of SERVICES) {
    const { server, total } = standIn(service);
    servers.push(server);
    published += total;
    totals[service] = total;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    urls[`${service.toUpperCase().replace('-', '_')}_INTERNAL_URL`] = `http://127.0.0.1:${server.address().port}`;
  }
  const stop = async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  };
  return { urls, published, totals, stop };
}

/**
 * The stand-ins in a worker thread (BENCH_PRODUCERS=thread, the default: the producers are other processes in the
 * platform, so their pages are not computed on the rebuild's thread) or in the rebuild's own thread (`inline`).
 */
async function producers() {
  let stopping;
  if (PRODUCERS_MODE === 'inline') {
    const started = await startStandIns();
    return { ...started, stop: () => (stopping ??= started.stop().then(() => servingMs)) };
  }
  const worker = new Worker(new URL(import.meta.url), { workerData: { standIns: true } });
  const ready = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    ...ready,
    // Stopped once; the time the stand-ins spent serving comes back with the answer.
    stop: () =>
      (stopping ??= (async () => {
        const stopped = new Promise((resolve) => worker.once('message', resolve));
        worker.postMessage('stop');
        const { servingMs: ms } = await stopped;
        await worker.terminate();
        return ms;
      })()),
  };
}

async function main() {
  const standIns = await producers();
  try {
    await withReportingDatabase('statistics-rebuild', (dataSource) => measure(dataSource, standIns));
  } finally {
    await standIns.stop();
  }
}

/** The baseline and the rebuild on the migrated database, against the running stand-ins. */
async function measure(dataSource, standIns) {
  // Baseline: as many person rows, generated in the database, into a copy of person_fact with its indexes.
  await dataSource.query(`CREATE TABLE reporting.bench_person_fact (LIKE reporting.person_fact INCLUDING ALL)`);
  await dataSource.query(`SELECT setseed(0.42)`);
  const [persons] = seedStatements(PERSONS);
  const baseline = await timed(() => dataSource.query(persons.replace('reporting.person_fact', 'reporting.bench_person_fact')));
  await dataSource.query(`DROP TABLE reporting.bench_person_fact`);

  const { urls, published, totals } = standIns;
  if (INBOX === 'handled') {
    // Every event id the stand-ins serve (`uuid(10 + producer, position)`), as the live consumer would have recorded
    // them; the event type is not reproduced (the rebuild does not read it from the live inbox's rows).
    for (const [index, service] of SERVICES.entries()) {
      await dataSource.query(
        `INSERT INTO reporting.inbox_event (event_id, consumer, event_type, processed_at)
         SELECT (lpad(to_hex(p), 8, '0') || '-' || lpad(to_hex($1::int), 4, '0') || '-4000-8000-000000000000')::uuid, 'reporting', $2, now() - interval '30 days'
           FROM generate_series(1, $3::int) AS p`,
        [10 + index, `${service}.event`, totals[service]],
      );
    }
    await dataSource.query(`VACUUM ANALYZE reporting.inbox_event`);
    // The pre-fill's dirty pages written out now, not by a checkpoint in the middle of the rebuild.
    await dataSource.query(`CHECKPOINT`);
  }
  const config = reportingConfigSchema.parse({ ...process.env, ...urls, NODE_ENV: 'test' });
  const logger = createLogger('reporting', process.env.BENCH_LOG_LEVEL ?? 'silent');
  const repository = new ReadModelRepository(dataSource);
  const writer = new ReadModelService(repository, { name: 'reporting', schema: 'reporting', mode: 'worker', config, logger });
  const client = new EventHistoryClient({ tokens: { token: async () => 'bench-token', forget: () => undefined }, correlationId: randomUUID() }, config.STATISTICS_REBUILD_TIMEOUT_MS);
  const rebuild = new StatisticsRebuild(repository, writer, client, config, logger, () => performance.now());
  console.log(`history: ${PERSONS} identifications, ${published} events from 4 stand-in producers (${PRODUCERS_MODE === 'inline' ? "in the rebuild's thread" : 'in a worker thread'}; page ${config.STATISTICS_REBUILD_PAGE}, batch ${config.STATISTICS_REBUILD_BATCH}); inbox ${INBOX === 'handled' ? 'holding every event of the history' : 'empty'}`);
  const cpuBefore = process.cpuUsage();
  const databaseBefore = await databaseCpu(dataSource);
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 200);
  const run = await timed(() => rebuild.run()).finally(() => clearInterval(sampler));
  const [counts] = await dataSource.query(
    `SELECT (SELECT count(*)::int FROM reporting.person_fact) AS persons, (SELECT count(*)::int FROM reporting.referral_fact) AS referrals,
            (SELECT count(*)::int FROM reporting.case_fact) AS cases, (SELECT count(*)::int FROM reporting.permit_fact) AS permits`,
  );

  const seconds = run.ms / 1000;
  console.log('');
  console.log(`statistics rebuild of ${PERSONS} identifications`);
  console.log(`  baseline  plain INSERT … SELECT generate_series of ${PERSONS} person rows (with person_fact's indexes): ${fmt(baseline.ms / 1000, 2)} s`);
  console.log(`  rebuild   ${run.result.events} events in ${run.result.batches} batches: ${fmt(seconds, 1)} s, ${fmt(run.result.events / seconds, 0)} events/s, ${fmt(run.ms / baseline.ms, 1)}× the baseline`);
  const cpu = process.cpuUsage(cpuBefore);
  const databaseAfter = await databaseCpu(dataSource);
  const databaseSeconds = [...databaseAfter].reduce((sum, [pid, seconds]) => sum + seconds - (databaseBefore.get(pid) ?? 0), 0);
  const { fold, write, index, swap } = run.result.stages;
  console.log(`            stages: read and fold ${fmt(fold, 1)} s, staging write ${fmt(write, 1)} s, inbox and indexes ${fmt(index, 1)} s, final transaction ${fmt(swap, 1)} s; peak heap ${fmt(peakHeap / 2 ** 20, 0)} MiB`);
  console.log(`            inbox: ${run.result.inbox.missing} events applied that the live inbox lacked, ${run.result.inbox.mode === 'swap' ? 'written into a new inbox' : 'added to the live inbox'}`);
  const serving = await standIns.stop();
  console.log(`            CPU: this process (every thread) ${fmt((cpu.user + cpu.system) / 1e6, 1)} s, its PostgreSQL backends ${fmt(databaseSeconds, 1)} s`);
  console.log(`            the stand-in producers (${PRODUCERS_MODE === 'inline' ? "in the rebuild's thread" : 'in a worker thread'}) computing and serialising pages: ${fmt(serving / 1000, 1)} s`);
  console.log(`            read model: ${counts.persons} persons, ${counts.referrals} referrals, ${counts.cases} cases, ${counts.permits} permits`);
  const perMillion = (seconds * 1_000_000) / PERSONS;
  console.log(`  target    1,000,000 identifications in under 120 s: ${PERSONS === 1_000_000 ? '' : `extrapolated linearly ${fmt(perMillion, 0)} s, `}${perMillion < 120 ? 'met' : 'NOT met'}`);
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else if (workerData?.standIns) {
  const { urls, published, totals, stop } = await startStandIns();
  parentPort.postMessage({ urls, published, totals });
  parentPort.on('message', async () => {
    await stop();
    parentPort.postMessage({ servingMs });
  });
}
