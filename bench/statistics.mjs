// The national statistics benchmark (docs/statistics.md, "How figures are computed"): the dashboard's table on
// 1,000,000 identifications over ten years, against a plain GROUP BY over the same rows, in the same run.
//
// It needs a build (dist/) and PostgreSQL: a throwaway database is migrated with the reporting service's own
// migrations and seeded in two statements (generate_series) with BENCH_PERSONS person_fact rows (default 1,000,000)
// identified over the ten years 2016–2025 (a little more each year), with skewed distributions of every dimension
// (seven women in ten, a quarter children, most national, Tirana the largest region, …) and one or two exploitation
// types each. The fact tables' triggers mark every month stale, as the event handlers' writes would; then VACUUM
// ANALYZE, as autovacuum would have done.
//
// Measured, through the service's own code from dist (StatisticsTables over StatisticsFactsRepository, a TypeORM
// DataSource of the service's options):
// - baseline: `SELECT sex, count(*) … GROUP BY sex` over five years of person_fact (and over one year, the rows the
//   dashboard's table counts);
// - the dashboard's table (a year by SEX, disclosure-controlled): cold, the first query after the load (it recomputes
//   the year's stale months and computes the year's suppression pattern), then warm;
// - ra_head's exact five years by SEX (the aggregate's sums), cold then warm;
// - a two-dimension table (SEX × REGION), disclosure-controlled and exact over five years against its plain GROUP BY;
// - read your writes: one identification inserted, then the dashboard's table again (the month recomputed and the
//   year's pattern computed anew).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ADMIN_URL, ROOT, createDatabase, dropDatabase, fmt, percentile } from './lib.mjs';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const require = createRequire(import.meta.url);
const dist = join(ROOT, 'dist', 'services', 'reporting', 'src');
const { migrations } = require(join(dist, 'migrations', 'index.js'));
const { StatisticsFactsRepository } = require(join(dist, 'statistics', 'statistics-facts.repository.js'));
const { StatisticsTables } = require(join(dist, 'statistics', 'statistics-tables.js'));
const { suppressYear } = require(join(dist, 'disclosure', 'index.js'));
const { migrate, serviceDataSourceOptions } = require(join(ROOT, 'dist', 'libs', 'database', 'src', 'index.js'));
const { DataSource } = require('typeorm');

/** `CASE` picking one of `choices` ([value, weight]) by the uniform random number `r` in [0, 1). */
function weighted(r, choices) {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let cumulative = 0;
  const arms = choices.map(([value, weight]) => {
    cumulative += weight / total;
    return `WHEN ${r} < ${cumulative.toFixed(6)} THEN ${value === null ? 'NULL' : `'${value}'`}`;
  });
  return `CASE ${arms.join(' ')} ELSE ${choices.at(-1)[0] === null ? 'NULL' : `'${choices.at(-1)[0]}'`} END`;
}

const REGIONS = [['TIRANE', 30], ['DURRES', 10], ['ELBASAN', 9], ['FIER', 9], ['VLORE', 8], ['SHKODER', 8], ['KORCE', 7], ['BERAT', 5], ['LEZHE', 4], ['DIBER', 4], ['GJIROKASTER', 3], ['KUKES', 3]];
const FOREIGN = [['XK', 20], ['MK', 10], ['GR', 8], ['IT', 8], ['TR', 6], ['UA', 6], ['SY', 5], ['AF', 5], ['PK', 5], ['BD', 4], ['NG', 4], ['PH', 3], ['RS', 3], ['ME', 3], ['MA', 2]];
const TYPES = ['SEXUAL', 'FORCED_LABOUR', 'FORCED_BEGGING', 'FORCED_CRIMINALITY', 'DOMESTIC_SERVITUDE', 'FORCED_MARRIAGE', 'ORGAN_REMOVAL', 'CHILD_LABOUR', 'OTHER'];

/** One statement for the persons, one for their exploitation types (one each, a second for three in ten). */
function seedStatements(count) {
  const r = (n) => `r[${n}]`;
  const persons = `
    INSERT INTO reporting.person_fact (person_key, identified_at, identified_on, sex, age_group, age_band, citizenship_group, citizenship_country,
      agency_type, region, place_of_exploitation, status, consent_refused, case_phase, referred_at, accepted_at)
    SELECT 'bench-' || g, day::timestamp AT TIME ZONE 'Europe/Tirane', day, sex, age_group, '18-20', citizenship_group,
           CASE citizenship_group WHEN 'NATIONAL' THEN 'AL' WHEN 'FOREIGN' THEN country END,
           agency, region, place, status, r[9] < 0.04, phase,
           CASE WHEN r[10] < 0.6 THEN day + interval '3 days' END, CASE WHEN r[10] < 0.45 THEN day + interval '6 days' END
    FROM (
      SELECT g, r,
        -- Ten years from 2016, a little more each year (the square root skews the draw towards the later years).
        (date '2016-01-01' + floor(sqrt(r[1]) * 3653)::int) AS day,
        ${weighted(r(2), [['FEMALE', 70], ['MALE', 28], ['OTHER', 1], ['UNKNOWN', 1]])} AS sex,
        ${weighted(r(3), [['ADULT', 70], ['CHILD', 25], ['UNKNOWN', 5]])} AS age_group,
        ${weighted(r(4), [['NATIONAL', 80], ['FOREIGN', 18], ['UNKNOWN', 2]])} AS citizenship_group,
        ${weighted(r(5), FOREIGN)} AS country,
        ${weighted(r(6), [['STATE_POLICE', 40], ['BORDER_POLICE', 15], ['SOCIAL_SERVICES', 15], ['NGO', 15], ['LABOUR_INSPECTORATE', 5], ['SCHOOL', 4], ['HEALTH', 3], ['CONSULAR', 3]])} AS agency,
        ${weighted(r(7), REGIONS)} AS region,
        ${weighted(r(8), [['DOMESTIC', 55], ['ABROAD', 30], ['BOTH', 10], [null, 5]])} AS place,
        ${weighted(r(11), [['AT_RISK', 30], ['PRESUMED', 50], ['FORMAL_ID_REQUESTED', 5], ['VICTIM', 12], ['NOT_VICTIM', 3]])} AS status,
        ${weighted(r(12), [[null, 80], ['CRISIS_INTERVENTION', 8], ['STABILISATION', 7], ['SOCIAL_INCLUSION', 5]])} AS phase
      FROM (SELECT g, ARRAY(SELECT random() FROM generate_series(1, 12) WHERE g > 0) AS r FROM generate_series(1, ${count}) g) drawn
    ) persons`;
  const types = `
    INSERT INTO reporting.person_exploitation (person_key, exploitation_type)
    SELECT DISTINCT 'bench-' || g, (ARRAY['${TYPES.join("','")}'])[1 + floor(power(random(), 2) * ${TYPES.length})::int]
    FROM generate_series(1, ${count}) g CROSS JOIN generate_series(1, 2) n WHERE n = 1 OR abs(hashint4(g)) % 10 < 3`;
  return [persons, types];
}

async function timed(work) {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function rounds(work, count = ROUNDS) {
  for (let round = 0; round < 3; round += 1) await work();
  const times = [];
  for (let round = 0; round < count; round += 1) times.push((await timed(work)).ms);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function main() {
  const name = `nrm_bench_statistics_${randomBytes(4).toString('hex')}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await createDatabase(ADMIN_URL, name);
  const options = serviceDataSourceOptions({ url: url.toString(), schema: 'reporting', entities: [], migrations, poolSize: 4, applicationName: 'bench-statistics' });
  let dataSource;
  try {
    await migrate(options);
    dataSource = await new DataSource(options).initialize();
    const seeding = await timed(async () => {
      await dataSource.query(`SELECT setseed(0.42)`);
      for (const statement of seedStatements(PERSONS)) await dataSource.query(statement);
      await dataSource.query('VACUUM ANALYZE reporting.person_fact');
      await dataSource.query('VACUUM ANALYZE reporting.person_exploitation');
    });
    const [{ persons, types, dirty, size }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM reporting.person_fact) AS persons, (SELECT count(*)::int FROM reporting.person_exploitation) AS types,
              (SELECT count(*)::int FROM reporting.statistics_dirty_month) AS dirty, pg_size_pretty(pg_total_relation_size('reporting.person_fact')) AS size`,
    );
    console.log(`seeded ${persons} identifications (${types} exploitation types; person_fact ${size}) over 2016–2025 in ${fmt(seeding.ms / 1000)} s; ${dirty} stale months marked by the triggers`);

    const facts = new StatisticsFactsRepository(dataSource);
    const tables = new StatisticsTables(facts, { config: { STATISTICS_THRESHOLD: 5, STATISTICS_EXPORT_THRESHOLD: 10 } });
    const plain = (from, to, columns) => () =>
      dataSource.query(
        `SELECT ${columns}, count(*) FROM reporting.person_fact WHERE merged_into IS NULL AND identified_on BETWEEN $1 AND $2 GROUP BY ${columns}`,
        [from, to],
      );
    const dashboard = { measure: 'IDENTIFICATIONS', from: '2025-01-01', to: '2025-12-31', groupBy: ['SEX'], audience: 'APP' };
    const exactFive = { measure: 'IDENTIFICATIONS', from: '2021-01-01', to: '2025-12-31', groupBy: ['SEX'], audience: 'EXACT' };

    const baselineFive = await rounds(plain('2021-01-01', '2025-12-31', 'sex'));
    const baselineYear = await rounds(plain('2025-01-01', '2025-12-31', 'sex'));
    const cold = await timed(() => tables.table(dashboard));
    const cube = await tables.yearCube('IDENTIFICATIONS', 2025);
    const pattern = await tables.pattern('IDENTIFICATIONS', 2025, 'APP');
    const suppression = await timed(async () => suppressYear(cube, 5));
    const warm = await rounds(() => tables.table(dashboard));
    const exactCold = await timed(() => tables.table(exactFive));
    const exactWarm = await rounds(() => tables.table(exactFive));
    const twoPlain = await rounds(plain('2021-01-01', '2025-12-31', 'sex, region'));
    const twoExact = await rounds(() => tables.table({ ...exactFive, groupBy: ['SEX', 'REGION'] }));
    const twoApp = await rounds(() => tables.table({ ...dashboard, groupBy: ['SEX', 'REGION'] }));
    await dataSource.query(
      `INSERT INTO reporting.person_fact (person_key, identified_at, identified_on, sex, age_group, age_band, citizenship_group, citizenship_country, agency_type, region, status)
       VALUES ('bench-late', '2025-06-15T10:00:00Z', '2025-06-15', 'FEMALE', 'ADULT', '18-20', 'NATIONAL', 'AL', 'NGO', 'TIRANE', 'PRESUMED')`,
    );
    const afterWrite = await timed(() => tables.table(dashboard));
    const [{ aggregate }] = await dataSource.query(
      `SELECT count(*)::int AS aggregate FROM reporting.statistics_month_count WHERE measure = 'IDENTIFICATIONS' AND month >= '2021-01-01'`,
    );

    console.log('');
    console.log(`national statistics on ${persons} identifications (${ROUNDS} rounds each; medians, p99 in brackets)`);
    console.log(`  baseline   plain GROUP BY sex, 5 years   ${fmt(baselineFive.p50)} ms (${fmt(baselineFive.p99)})   1 year ${fmt(baselineYear.p50)} ms (${fmt(baselineYear.p99)})`);
    console.log(`  dashboard  2025 by SEX, suppressed       cold ${fmt(cold.ms)} ms (12 months recomputed, pattern over ${cube.cells.length} cells: ${pattern.suppressed.size} suppressed, ${fmt(suppression.ms)} ms of it)`);
    console.log(`                                           warm ${fmt(warm.p50, 2)} ms (${fmt(warm.p99, 2)})   ${fmt(warm.p50 / baselineYear.p50, 2)}× the plain 1-year GROUP BY, ${fmt(warm.p50 / baselineFive.p50, 2)}× the 5-year baseline   (target < 100 ms, ≤ 2×) ${warm.p50 < 100 && warm.p50 <= 2 * baselineYear.p50 ? 'met' : 'NOT met'}`);
    console.log(`  ra_head    2021–2025 by SEX, exact       cold ${fmt(exactCold.ms)} ms (48 more months recomputed)   warm ${fmt(exactWarm.p50, 2)} ms (${fmt(exactWarm.p99, 2)})   ${fmt(exactWarm.p50 / baselineFive.p50, 2)}× the baseline`);
    console.log(`  two dims   SEX × REGION 2021–2025 exact  ${fmt(twoExact.p50, 2)} ms (${fmt(twoExact.p99, 2)}) vs plain GROUP BY ${fmt(twoPlain.p50)} ms: ${fmt(twoExact.p50 / twoPlain.p50, 2)}×;   2025 suppressed ${fmt(twoApp.p50, 2)} ms (${fmt(twoApp.p99, 2)})`);
    console.log(`  a write    one identification, then the dashboard again: ${fmt(afterWrite.ms)} ms (its month recomputed, the year's pattern anew)`);
    console.log(`  aggregate  ${aggregate} rows for 60 months of IDENTIFICATIONS`);
  } finally {
    await dataSource?.destroy();
    await dropDatabase(ADMIN_URL, name);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
