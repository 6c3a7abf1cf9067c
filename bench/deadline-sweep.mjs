// The deadline sweep benchmark: one tick of the sweep (docs/domain.md §4, "What is built") over 1,000,000 open
// deadlines, against the same tick over a table holding only the deadlines that tick acts on, in the same run.
//
// It needs a build (dist/) and PostgreSQL: a throwaway database is migrated with the notifications service's own
// migrations and seeded (generate_series, one statement) with BENCH_OPEN open deadlines (default 1,000,000) of every
// kind, due over the coming 90 days with their reminders ahead of them, BENCH_DUE of them (default 1,000) with a step
// due now, and as many met, cancelled and escalated ones as open (history the sweep must not read). Then VACUUM
// ANALYZE, as autovacuum would have done on a live table.
//
// Measured: the tick as DeadlineService.sweep runs it, SWEEP_BATCH (the service's own statement, from dist) with
// batches of DEADLINE_SWEEP_BATCH (500) until a batch acts on fewer than that; and an idle tick (nothing due), the
// sweep's every few seconds. Baseline: the same tick on a second schema-identical database holding only the due
// deadlines. Printed: the tick's time, the ratio, the plan's indexes (EXPLAIN ANALYZE of one batch) and the rows it read.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ADMIN_URL, ROOT, createDatabase, dropDatabase, fmt, percentile } from './lib.mjs';

const OPEN = Number(process.env.BENCH_OPEN ?? 1_000_000);
const DUE = Number(process.env.BENCH_DUE ?? 1_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const IDLE_ROUNDS = Number(process.env.BENCH_IDLE_ROUNDS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const require = createRequire(import.meta.url);
const dist = join(ROOT, 'dist', 'services', 'notifications', 'src');
const { migrations } = require(join(dist, 'migrations', 'index.js'));
const { SWEEP_BATCH } = require(join(dist, 'deadline', 'deadline.repository.js'));
const { migrate, serviceDataSourceOptions } = require(join(ROOT, 'dist', 'libs', 'database', 'src', 'index.js'));

const KINDS = ['RA_ACKNOWLEDGEMENT', 'REFERRAL_RESPONSE', 'FORMAL_ID_GROUP', 'NEEDS_ASSESSMENT', 'REFLECTION_PERIOD_END', 'RESIDENCE_PERMIT_EXPIRY', 'MONITORING_CONTACT', 'PLAN_ACTION_REVIEW', 'OVERRIDE_REVIEW'];

/**
 * `count` deadlines in one statement, numbered from `from`: state, and the next action `nextIn` (SQL, an interval
 * expression of g, the row number) from `now`.
 */
function seedStatement({ count, from, state, nextIn }) {
  const open = state === 'OPEN';
  return `
    INSERT INTO notifications.deadline
      (kind, subject_ref, subject_id, owner_agency_id, owner_roles, escalation_agency_id, escalation_roles,
       opened_at, due_at, remind_at, next_action_at, state, closed_at, case_id)
    SELECT (ARRAY[${KINDS.map((kind) => `'${kind}'`).join(',')}])[1 + g % ${KINDS.length}],
           'NRM-2099-' || lpad((g % 1000000)::text, 6, '0'),
           md5('deadline' || g)::uuid,
           'shelter-' || (g % 40), ARRAY['case_manager'], 'responsible-authority', ARRAY['ra_head'],
           $1::timestamptz - interval '1 day',
           $1::timestamptz + (${nextIn}) + interval '1 day',
           ARRAY[$1::timestamptz + (${nextIn})],
           ${open ? `$1::timestamptz + (${nextIn})` : 'NULL'},
           '${state}',
           ${state === 'MET' || state === 'CANCELLED' ? '$1::timestamptz' : 'NULL'},
           CASE WHEN g % 3 = 0 THEN md5('case' || g)::uuid END
    FROM generate_series(${from}, ${from + count - 1}) AS g`;
}

async function seed(client, now, { open, due, history }) {
  // Open, next step ahead: spread over the coming 90 days (from a minute on, so none falls due while measuring).
  if (open > 0) await client.query(seedStatement({ count: open, from: 1, state: 'OPEN', nextIn: `interval '1 minute' + (g % 129600) * interval '1 minute'` }), [now]);
  // Open with a reminder due now (reached in the last hour): what this tick acts on.
  await client.query(seedStatement({ count: due, from: open + 1, state: 'OPEN', nextIn: `- (g % 60) * interval '1 minute'` }), [now]);
  let from = open + due + 1;
  for (const state of ['MET', 'CANCELLED', 'ESCALATED']) {
    if (history > 0) await client.query(seedStatement({ count: history, from, state, nextIn: `- (g % 129600) * interval '1 minute'` }), [now]);
    from += history;
  }
  // Open cases, for the expiries' case managers (the join of told_case).
  await client.query(
    `INSERT INTO notifications.open_case (case_id, reference, provider_agency_id)
     SELECT md5('open-case' || g)::uuid, 'NRM-2099-' || lpad(g::text, 6, '0'), 'shelter-' || (g % 40) FROM generate_series(1, $1) AS g`,
    [Math.min(open, 20_000)],
  );
  await client.query('VACUUM ANALYZE notifications.deadline');
  await client.query('VACUUM ANALYZE notifications.open_case');
}

/** One tick as DeadlineService.sweep runs it: batches until one acts on fewer than the batch size. */
async function tick(client, now) {
  const started = performance.now();
  let acted = 0;
  let batches = 0;
  for (;;) {
    const [row] = (await client.query(SWEEP_BATCH, [now, BATCH])).rows;
    batches += 1;
    acted += row.acted;
    if (row.acted < BATCH) break;
  }
  return { ms: performance.now() - started, acted, batches };
}

/** Runs `rounds` ticks on a copy of the due rows each time: every round finds the same work. */
async function measure(client, now, rounds) {
  const ticks = [];
  for (let round = 0; round < rounds; round += 1) {
    await client.query('BEGIN');
    ticks.push(await tick(client, now));
    await client.query('ROLLBACK');
  }
  const idle = [];
  for (let round = 0; round < IDLE_ROUNDS; round += 1) {
    // An hour before any step is due: nothing to do, the sweep's common case.
    idle.push((await tick(client, new Date(now.getTime() - 3_600_000))).ms);
  }
  return { ticks, idle: idle.sort((a, b) => a - b) };
}

async function planOf(client, now) {
  const text = SWEEP_BATCH.replace(/\$1/g, `'${now.toISOString()}'::timestamptz`).replace(/\$2/g, String(BATCH));
  await client.query('BEGIN');
  const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${text}`)).rows.map((row) => row['QUERY PLAN']);
  await client.query('ROLLBACK');
  return plan;
}

async function withDatabase(name, work) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await createDatabase(ADMIN_URL, name);
  try {
    await migrate(serviceDataSourceOptions({ url: url.toString(), schema: 'notifications', entities: [], migrations }));
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  } finally {
    await dropDatabase(ADMIN_URL, name);
  }
}

async function main() {
  const runId = randomBytes(4).toString('hex');
  const now = new Date();
  const baseline = await withDatabase(`nrm_bench_sweep_base_${runId}`, async (client) => {
    await seed(client, now, { open: 0, due: DUE, history: 0 });
    return measure(client, now, ROUNDS);
  });
  const full = await withDatabase(`nrm_bench_sweep_${runId}`, async (client) => {
    const seedStarted = Date.now();
    await seed(client, now, { open: OPEN, due: DUE, history: OPEN / 10 });
    const [{ rows: total, size, index }] = (
      await client.query(`SELECT count(*)::int AS rows, pg_size_pretty(pg_relation_size('notifications.deadline')) AS size,
                                 pg_size_pretty(pg_relation_size('notifications.deadline_sweep')) AS index
                          FROM notifications.deadline`)
    ).rows;
    console.log(`seeded ${total} deadlines (${OPEN + DUE} open, ${DUE} of them due now; table ${size}, deadline_sweep ${index}) in ${fmt((Date.now() - seedStarted) / 1000)} s`);
    const result = await measure(client, now, ROUNDS);
    return { ...result, plan: await planOf(client, now) };
  });

  const median = (ticks) => percentile(ticks.map((t) => t.ms).sort((a, b) => a - b), 50);
  const worst = (ticks) => Math.max(...ticks.map((t) => t.ms));
  const indexes = [...new Set([...full.plan.join('\n').matchAll(/Index (?:Only )?Scan (?:using|on) (\w+)/g)].map((match) => match[1]))];
  const sweepScan = full.plan.find((line) => /deadline_sweep/.test(line)) ?? '(no scan of deadline_sweep)';

  console.log('');
  console.log(`deadline sweep, one tick over ${OPEN + DUE} open deadlines with ${DUE} due now (batches of ${BATCH}; ${ROUNDS} rounds, each rolled back)`);
  console.log(`  tick       median ${fmt(median(full.ticks), 1)} ms   worst ${fmt(worst(full.ticks), 1)} ms   acted ${full.ticks[0].acted} in ${full.ticks[0].batches} batches   (target: < 1 s) ${worst(full.ticks) < 1000 ? 'met' : 'NOT met'}`);
  console.log(`  baseline   median ${fmt(median(baseline.ticks), 1)} ms   worst ${fmt(worst(baseline.ticks), 1)} ms   (the same ${DUE} due deadlines alone in the table)`);
  console.log(`  ratio      ${fmt(median(full.ticks) / median(baseline.ticks), 2)}× at the median`);
  console.log(`  idle tick  p50 ${fmt(percentile(full.idle, 50), 2)} ms   p99 ${fmt(percentile(full.idle, 99), 2)} ms   (nothing due; baseline p50 ${fmt(percentile(baseline.idle, 50), 2)} ms)`);
  console.log(`  indexes in the plan of one batch: ${indexes.join(', ')}`);
  console.log(`  ${sweepScan.trim()}`);
  if (process.env.BENCH_PLAN) console.log(`\n${full.plan.join('\n')}`);
}

await main();
