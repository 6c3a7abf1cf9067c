// The synthetic identifications the statistics benchmarks share (bench/statistics.mjs, bench/statistics-export.mjs,
// bench/statistics-rebuild.mjs): person_fact and person_exploitation rows seeded in two statements (generate_series),
// skewed as the README says, in a throwaway database migrated with the reporting service's own migrations (dist/).
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ADMIN_URL, ROOT, createDatabase, dropDatabase, timed } from './lib.mjs';

const require = createRequire(import.meta.url);

/**
 * Runs `work(dataSource)` on a database of its own (named after `label`), migrated as the reporting service migrates
 * its schema, and drops it afterwards whatever happens.
 */
export async function withReportingDatabase(label, work) {
  const { migrations } = require(join(ROOT, 'dist', 'services', 'reporting', 'src', 'migrations', 'index.js'));
  const { migrate, serviceDataSourceOptions } = require(join(ROOT, 'dist', 'libs', 'database', 'src', 'index.js'));
  const { DataSource } = require('typeorm');
  const name = `nrm_bench_${label.replaceAll('-', '_')}_${randomBytes(4).toString('hex')}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await createDatabase(ADMIN_URL, name);
  const options = serviceDataSourceOptions({ url: url.toString(), schema: 'reporting', entities: [], migrations, poolSize: 4, applicationName: `bench-${label}` });
  let dataSource;
  try {
    await migrate(options);
    dataSource = await new DataSource(options).initialize();
    return await work(dataSource);
  } finally {
    await dataSource?.destroy();
    await dropDatabase(ADMIN_URL, name);
  }
}

/** Seeds `count` identifications (the same ones every run: a fixed random seed) and analyses the tables; its time. */
export function seedPersons(dataSource, count) {
  return timed(async () => {
    await dataSource.query(`SELECT setseed(0.42)`);
    for (const statement of seedStatements(count)) await dataSource.query(statement);
    await dataSource.query('VACUUM ANALYZE reporting.person_fact');
    await dataSource.query('VACUUM ANALYZE reporting.person_exploitation');
  });
}
/** `CASE` picking one of `choices` ([value, weight]) by the uniform random number `r` in [0, 1). */
export function weighted(r, choices) {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let cumulative = 0;
  const arms = choices.map(([value, weight]) => {
    cumulative += weight / total;
    return `WHEN ${r} < ${cumulative.toFixed(6)} THEN ${value === null ? 'NULL' : `'${value}'`}`;
  });
  return `CASE ${arms.join(' ')} ELSE ${choices.at(-1)[0] === null ? 'NULL' : `'${choices.at(-1)[0]}'`} END`;
}

export const REGIONS = [['TIRANE', 30], ['DURRES', 10], ['ELBASAN', 9], ['FIER', 9], ['VLORE', 8], ['SHKODER', 8], ['KORCE', 7], ['BERAT', 5], ['LEZHE', 4], ['DIBER', 4], ['GJIROKASTER', 3], ['KUKES', 3]];
export const FOREIGN = [['XK', 20], ['MK', 10], ['GR', 8], ['IT', 8], ['TR', 6], ['UA', 6], ['SY', 5], ['AF', 5], ['PK', 5], ['BD', 4], ['NG', 4], ['PH', 3], ['RS', 3], ['ME', 3], ['MA', 2]];
export const TYPES = ['SEXUAL', 'FORCED_LABOUR', 'FORCED_BEGGING', 'FORCED_CRIMINALITY', 'DOMESTIC_SERVITUDE', 'FORCED_MARRIAGE', 'ORGAN_REMOVAL', 'CHILD_LABOUR', 'OTHER'];

/** One statement for the persons, one for their exploitation types (one each, a second for three in ten). */
export function seedStatements(count) {
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
