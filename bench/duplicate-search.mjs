// The duplicate-search benchmark: the possible-duplicate search (docs/domain.md, "Possible duplicates") on 100,000
// persons, against a plain indexed lookup of one person by id in the same run.
//
// It needs a build (dist/), PostgreSQL and nothing else: a throwaway database is migrated with identification's own
// migrations, then seeded with BENCH_PERSONS persons (default 100,000) whose names are drawn from Albanian and other
// Balkan given and family names, spelt the ways officers type them (ë/e, ç/c, sh/ş, xh/x, doubled letters, a typo),
// with dates of birth over 60 years (8% unknown) and citizenships. Their match tokens are computed by the service's
// own code (match-tokens.js, HMAC under a bench key) and written through COPY-sized batches; then VACUUM ANALYZE, as
// autovacuum would have done on a live table.
//
// Measured, alternated round by round on one connection each, BENCH_SAMPLES searches per round:
//   search   — DUPLICATE_SEARCH, the statement the service runs (from dist, unchanged), for a random seeded person,
//              prepared once (as queryPrepared does), with the service's default threshold and limit;
//   baseline — SELECT * FROM identification.person WHERE id = $1 (primary key), prepared the same way.
// It prints p50/p99 of each, the ratio, the candidates found per search, and the plan of one search (the indexes used).
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { ADMIN_URL, ROOT, createDatabase, dropDatabase, fmt, percentile } from './lib.mjs';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const KEY = 'bench-person-match-key-of-at-least-32-characters';
const THRESHOLD = 0.6;
const LIMIT = 10;
/** The share of persons who are a re-identification of someone seeded earlier. */
const PLANTED = Number(process.env.BENCH_PLANTED ?? 0.02);

const require = createRequire(import.meta.url);
const dist = join(ROOT, 'dist', 'services', 'identification', 'src');
const { migrations } = require(join(dist, 'migrations', 'index.js'));
const { matchTokens } = require(join(dist, 'duplicates', 'match-tokens.js'));
const { DUPLICATE_SEARCH } = require(join(dist, 'duplicates', 'duplicates.repository.js'));
const { migrate, serviceDataSourceOptions } = require(join(ROOT, 'dist', 'libs', 'database', 'src', 'index.js'));

const GIVEN = [
  'Ardit', 'Arben', 'Arbër', 'Besnik', 'Blerim', 'Dritan', 'Endrit', 'Ëndrit', 'Erion', 'Fatmir', 'Gentian', 'Gëzim', 'Ilir',
  'Klodian', 'Kujtim', 'Luan', 'Mentor', 'Petrit', 'Shpëtim', 'Sokol', 'Valon', 'Xhevdet', 'Ylli', 'Agron', 'Bujar', 'Fisnik',
  'Arta', 'Besa', 'Blerina', 'Drita', 'Elona', 'Enkeleda', 'Ermira', 'Flutura', 'Gjyste', 'Jonida', 'Klea', 'Lindita', 'Mirela',
  'Nertila', 'Oriana', 'Rudina', 'Shqipe', 'Teuta', 'Valbona', 'Xhoana', 'Zamira', 'Anisa', 'Dorina', 'Egla', 'Fjona', 'Greta',
  'Ana', 'Maria', 'Elena', 'Ivana', 'Marija', 'Jovana', 'Milica', 'Aylin', 'Zeynep', 'Elif', 'Mehmet', 'Ahmet', 'Nikola', 'Stefan',
  'Dimitri', 'Andrea', 'Kristina', 'Natalia', 'Olga', 'Svetlana', 'Ioana', 'Mihai', 'Hasan', 'Emine', 'Fatima', 'Samira', 'Yusuf',
];
const FAMILY = [
  'Hoxha', 'Berisha', 'Shehu', 'Çela', 'Krasniqi', 'Gashi', 'Kelmendi', 'Leka', 'Marku', 'Kola', 'Gjoka', 'Dervishi', 'Xhafa',
  'Çaushi', 'Dhima', 'Thaçi', 'Zhupa', 'Ndreu', 'Bardhi', 'Basha', 'Bushati', 'Cani', 'Doda', 'Duka', 'Frashëri', 'Gjini', 'Hasani',
  'Ismaili', 'Jashari', 'Kastrati', 'Kurti', 'Lika', 'Llazi', 'Mema', 'Meta', 'Muça', 'Nika', 'Osmani', 'Pajaziti', 'Prifti',
  'Qosja', 'Rama', 'Rexhepi', 'Sadiku', 'Shala', 'Spahiu', 'Tafa', 'Toska', 'Vata', 'Veliu', 'Zeqiri', 'Zogu', 'Ahmeti', 'Alia',
  'Beqiri', 'Bytyçi', 'Dushku', 'Elezi', 'Fejzo', 'Gjonaj', 'Haxhiu', 'Hysa', 'Kuçi', 'Lami', 'Mustafa', 'Nuri', 'Pllumbi', 'Qerimi',
  'Reçi', 'Selimi', 'Tahiri', 'Ukaj', 'Vukaj', 'Xhemali', 'Ymeri', 'Zeneli', 'Petrović', 'Jovanović', 'Nikolić', 'Đorđević', 'Yılmaz',
  'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Papadopoulos', 'Georgiou', 'Popescu', 'Ionescu', 'Dimitrov', 'Ivanov', 'Kovač',
];
const COUNTRIES = ['AL', 'AL', 'AL', 'AL', 'AL', 'AL', 'XK', 'XK', 'MK', 'RS', 'GR', 'TR', 'IT', 'UA', 'RO', 'BG', 'NG', 'SY'];
const SPELLINGS = [
  [/ë/g, 'e'], [/ç/g, 'c'], [/sh/g, 'ş'], [/xh/g, 'x'], [/q/g, 'ç'], [/ll/g, 'l'], [/rr/g, 'r'], [/ć/g, 'c'], [/š/g, 's'],
];

// mulberry32: a seeded generator, so every run draws the same population.
let seed = 42;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

/** A name as one officer might type it: another spelling now and then, and a one-letter typo sometimes. */
function spelt(name) {
  let value = name;
  if (random() < 0.3) {
    const [pattern, replacement] = pick(SPELLINGS);
    value = value.replace(pattern, replacement);
  }
  if (random() < 0.05 && value.length > 4) {
    const at = 1 + Math.floor(random() * (value.length - 2));
    value = value.slice(0, at) + value.slice(at + 1);
  }
  return value;
}

function dateOfBirth() {
  if (random() < 0.08) return null;
  const day = new Date(Date.UTC(1964, 0, 1) + Math.floor(random() * 60 * 365.25) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Persons seeded once, some of whom are identified again later (`planted`: re-identification → original). */
const origins = [];
const planted = [];

async function seedPersons(client) {
  const batch = 2_000;
  const ids = [];
  let tokenCount = 0;
  for (let start = 0; start < PERSONS; start += batch) {
    const persons = [];
    const tokenPersons = [];
    const tokenKinds = [];
    const tokenHashes = [];
    for (let i = start; i < Math.min(PERSONS, start + batch); i += 1) {
      const id = randomUUID();
      const original = origins.length > 0 && random() < PLANTED ? pick(origins) : null;
      // A planted duplicate: the same human identified again, names typed another way, the date of birth sometimes unknown.
      const base = original ?? { id: null, given: pick(GIVEN), family: pick(FAMILY), dateOfBirth: dateOfBirth(), citizenship: random() < 0.1 ? [pick(COUNTRIES), pick(COUNTRIES)] : [pick(COUNTRIES)] };
      const person = {
        id,
        reference: `NRM-2026-${String(i + 1).padStart(6, '0')}`,
        givenName: spelt(base.given),
        familyName: spelt(base.family),
        dateOfBirth: original && random() < 0.1 ? null : base.dateOfBirth,
        citizenship: base.citizenship,
      };
      if (original) planted.push({ duplicate: id, original: original.id });
      else if (origins.length < 20_000) origins.push({ ...base, id });
      persons.push(person);
      ids.push(id);
      for (const token of matchTokens(person, KEY)) {
        tokenPersons.push(id);
        tokenKinds.push(token.kind);
        tokenHashes.push(token.hash);
      }
    }
    await client.query(
      `INSERT INTO identification.person (id, reference, recording_agency_id, identification_status, sex, age_band, is_child, age_verified,
         citizenship_group, given_name, family_name, date_of_birth, citizenship)
       SELECT p.id, p.reference, 'police-tirana', 'PRESUMED', 'FEMALE', 'AGE_27_29', false, true, 'NATIONAL', p.given, p.family, p.dob,
              string_to_array(p.citizenship, ',')
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[]) AS p(id, reference, given, family, dob, citizenship)`,
      [
        persons.map((p) => p.id),
        persons.map((p) => p.reference),
        persons.map((p) => p.givenName),
        persons.map((p) => p.familyName),
        persons.map((p) => p.dateOfBirth),
        persons.map((p) => p.citizenship.join(',')),
      ],
    );
    await client.query(
      `INSERT INTO identification.person_match_token (person_id, kind, hash)
       SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::bytea[]) ON CONFLICT DO NOTHING`,
      [tokenPersons, tokenKinds, tokenHashes],
    );
    tokenCount += tokenKinds.length;
  }
  return { ids, tokenCount };
}

async function timed(client, statement, values) {
  const started = process.hrtime.bigint();
  const result = await client.query({ name: statement.name, text: statement.text, values });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, rows: result.rows.length, result: result.rows };
}

async function main() {
  const database = `nrm_bench_duplicates_${Date.now()}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  await createDatabase(ADMIN_URL, database);
  try {
    await migrate(serviceDataSourceOptions({ url: url.toString(), schema: 'identification', entities: [], migrations }));
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const baselineClient = new pg.Client({ connectionString: url.toString() });
    await baselineClient.connect();
    try {
      const seedStarted = Date.now();
      const { ids, tokenCount } = await seedPersons(client);
      await client.query('VACUUM ANALYZE identification.person');
      await client.query('VACUUM ANALYZE identification.person_match_token');
      const [{ size }] = (await client.query(`SELECT pg_size_pretty(pg_relation_size('identification.person_match_token_lookup')) AS size`)).rows;
      console.log(`seeded ${ids.length} persons, ${tokenCount} match tokens (${fmt(tokenCount / ids.length)} per person) in ${fmt((Date.now() - seedStarted) / 1000)} s; person_match_token_lookup: ${size}`);

      const baseline = { name: 'bench_person_by_id', text: 'SELECT * FROM identification.person WHERE id = $1' };
      // Warm both statements and the buffer cache a little before measuring.
      for (let i = 0; i < 200; i += 1) {
        await timed(client, DUPLICATE_SEARCH, [pick(ids), THRESHOLD, LIMIT]);
        await timed(baselineClient, baseline, [pick(ids)]);
      }
      const search = [];
      const lookup = [];
      const found = [];
      const reasons = new Map();
      for (let round = 0; round < ROUNDS; round += 1) {
        for (let i = 0; i < SAMPLES; i += 1) {
          const result = await timed(client, DUPLICATE_SEARCH, [pick(ids), THRESHOLD, LIMIT]);
          search.push(result.ms);
          found.push(result.rows);
          for (const row of result.result) {
            const key = [...row.reasons].sort().join('+') || '(none)';
            reasons.set(key, (reasons.get(key) ?? 0) + 1);
          }
        }
        for (let i = 0; i < SAMPLES; i += 1) lookup.push((await timed(baselineClient, baseline, [pick(ids)])).ms);
      }
      search.sort((a, b) => a - b);
      lookup.sort((a, b) => a - b);
      const p50 = percentile(search, 50);
      const p99 = percentile(search, 99);
      const b50 = percentile(lookup, 50);
      const b99 = percentile(lookup, 99);
      const withCandidates = found.filter((count) => count > 0).length / found.length;

      const plan = (
        await client.query(`EXPLAIN (ANALYZE, COSTS OFF, BUFFERS) ${DUPLICATE_SEARCH.text.replace(/\$1/g, `'${pick(ids)}'::uuid`).replace(/\$2/g, String(THRESHOLD)).replace(/\$3/g, String(LIMIT))}`)
      ).rows.map((row) => row['QUERY PLAN']);
      const indexes = [...new Set(plan.join('\n').match(/using (\w+)/gi)?.map((match) => match.slice(6)) ?? [])];

      console.log('');
      console.log(`duplicate search on ${ids.length} persons (${search.length} searches, ${ROUNDS} rounds alternated with the baseline)`);
      console.log(`  indexes used: ${indexes.join(', ')}`);
      console.log(`  search    p50 ${fmt(p50, 2)} ms   p99 ${fmt(p99, 2)} ms   (target: p99 < 50 ms) ${p99 < 50 ? 'met' : 'NOT met'}`);
      console.log(`  baseline  p50 ${fmt(b50, 2)} ms   p99 ${fmt(b99, 2)} ms   (person by primary key)`);
      console.log(`  ratio     p50 ${fmt(p50 / b50)}×   p99 ${fmt(p99 / b99)}×`);
      console.log(`  candidates at score ≥ ${THRESHOLD}: ${fmt(found.reduce((a, b) => a + b, 0) / found.length, 2)} per search; ${fmt(withCandidates * 100)}% of searches found one`);
      // Recall on the planted re-identifications: is the original among the candidates of its duplicate?
      let recalled = 0;
      const sample = planted.slice(0, 500);
      for (const pair of sample) {
        const rows = (await client.query({ name: DUPLICATE_SEARCH.name, text: DUPLICATE_SEARCH.text, values: [pair.duplicate, THRESHOLD, LIMIT] })).rows;
        if (rows.some((row) => row.person_id === pair.original)) recalled += 1;
      }
      console.log(`  planted re-identifications (other spellings, a typo, 10% without a date of birth): ${planted.length}; original found for ${fmt((recalled / Math.max(1, sample.length)) * 100)}% of ${sample.length}`);
      console.log(`  reasons of the candidates found: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${key} ${count}`).join(', ')}`);
      if (process.env.BENCH_PLAN) console.log(`\n${plan.join('\n')}`);
    } finally {
      await client.end();
      await baselineClient.end();
    }
  } finally {
    await dropDatabase(ADMIN_URL, database);
  }
}

await main();
