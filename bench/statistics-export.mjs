// The statistics exports (docs/statistics.md, Exports) over 1,000,000 identifications, each beside the plain SQL that
// reads the same rows, in the same run.
//
// It needs a build (dist/) and PostgreSQL: a throwaway database migrated with the reporting service's own migrations
// and seeded as bench/statistics.mjs seeds it (bench/statistics-seed.mjs, BENCH_PERSONS rows, default 1,000,000).
// Every file is built by the service's own code from dist: StatisticsExportService's build of a job (what the BullMQ
// worker calls), over StatisticsTables and CtdcSourceRepository on a TypeORM DataSource of the service's options;
// only the export's row in the database (its progress) is a stand-in in memory, as it is not what is measured.
//
// Measured (BENCH_ROUNDS rounds each after one warm-up, medians):
// - baseline: `SELECT sex, count(*) … GROUP BY sex` over the year 2025 (the rows the table export counts), and a plain
//   `SELECT` of the CTDC columns (person_fact joined to its exploitation types) over the same year;
// - a table export of 2025 by SEX × REGION, disclosure-controlled, as CSV and as XLSX;
// - the CTDC record-level export of 2025 (k-anonymised, sorted), as CSV and as XLSX.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, fmt, percentile, timed } from './lib.mjs';
import { seedPersons, withReportingDatabase } from './statistics-seed.mjs';

const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_EXPORT_ROUNDS ?? 5);

const require = createRequire(import.meta.url);
const dist = join(ROOT, 'dist', 'services', 'reporting', 'src');
const { StatisticsFactsRepository } = require(join(dist, 'statistics', 'statistics-facts.repository.js'));
const { StatisticsTables } = require(join(dist, 'statistics', 'statistics-tables.js'));
const { CtdcSourceRepository } = require(join(dist, 'exports', 'ctdc', 'ctdc-source.repository.js'));
const { StatisticsExportService } = require(join(dist, 'exports', 'statistics-export.service.js'));
const { reportingConfigSchema } = require(join(dist, 'config.js'));

/**
 * The peak memory while `work` runs, sampled every 10 ms: the V8 heap in use, the memory outside it (Buffers: the
 * file's bytes) and the resident set. Garbage from earlier steps is collected first where `--expose-gc` allows it.
 */
async function peakMemory(work) {
  globalThis.gc?.();
  const peak = { heap: 0, external: 0, rss: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.heap = Math.max(peak.heap, usage.heapUsed);
    peak.external = Math.max(peak.external, usage.external); // Buffers included (arrayBuffers is a part of it)
    peak.rss = Math.max(peak.rss, usage.rss);
  };
  sample();
  const timer = setInterval(sample, 10);
  try {
    const result = await work();
    sample();
    return { ...result, peak };
  } finally {
    clearInterval(timer);
  }
}

const mib = (bytes) => `${fmt(bytes / 1024 / 1024, 0)} MiB`;

async function rounds(work, count = ROUNDS) {
  let last;
  const first = { ms: (await timed(work)).ms };
  const times = [];
  for (let round = 0; round < count; round += 1) {
    last = undefined; // one file at a time in memory
    const { ms, result } = await timed(work);
    times.push(ms);
    last = result;
  }
  times.sort((a, b) => a - b);
  return { first: first.ms, p50: percentile(times, 50), p99: percentile(times, 99), last };
}

/** The export rows the worker reads and writes, in memory: the job built, its progress dropped. */
class ExportsInMemory {
  constructor() {
    this.jobs = new Map();
  }
  async progress() {}
}

async function main() {
  await withReportingDatabase('statistics-export', async (dataSource) => {
    const seeding = await seedPersons(dataSource, PERSONS);
    const [{ persons, year }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM reporting.person_fact) AS persons,
              (SELECT count(*)::int FROM reporting.person_fact WHERE identified_on BETWEEN '2025-01-01' AND '2025-12-31') AS year`,
    );
    console.log(`seeded ${persons} identifications (${year} in 2025) in ${fmt(seeding.ms / 1000)} s`);

    const config = reportingConfigSchema.parse({ NODE_ENV: 'test', STATISTICS_THRESHOLD: '5', STATISTICS_EXPORT_THRESHOLD: '10' });
    const tables = new StatisticsTables(new StatisticsFactsRepository(dataSource), { config });
    const clock = { now: () => new Date() };
    const service = new StatisticsExportService(new ExportsInMemory(), new CtdcSourceRepository(dataSource), tables, null, clock, { config });
    // The worker's build of one job, without the export row around it (StatisticsExportService.buildFile).
    const build = (job) => () => service.buildFile({ id: 'bench', audience: 'EXPORT', ...job });
    const table = { kind: 'TABLE', parameters: { table: { measure: 'IDENTIFICATIONS', from: '2025-01-01', to: '2025-12-31', groupBy: ['SEX', 'REGION'] } } };
    const ctdc = { kind: 'CTDC', parameters: { table: { measure: 'IDENTIFICATIONS', from: '2025-01-01', to: '2025-12-31', groupBy: [] } } };

    // Each figure is printed as it is measured (with the heap it left), so a build that exhausts the heap is named.
    const step = async (label, work) => {
      const result = await peakMemory(() => rounds(work));
      console.log(`measured ${label}: ${fmt(result.p50)} ms, peak heap ${mib(result.peak.heap)}, outside the heap ${mib(result.peak.external)}, rss ${mib(result.peak.rss)}`);
      return result;
    };
    /** A file's figures, then the file dropped, so that it does not weigh on the next step's memory. */
    const release = (result) => {
      const file = result.last;
      result.last = undefined;
      return file;
    };
    const groupBy = await step('plain GROUP BY', () =>
      dataSource.query(`SELECT sex, region, count(*) FROM reporting.person_fact WHERE merged_into IS NULL AND identified_on BETWEEN $1 AND $2 GROUP BY sex, region`, ['2025-01-01', '2025-12-31']),
    );
    const select = await step('plain SELECT of the CTDC columns', () =>
      dataSource.query(
        `SELECT p.identified_on, p.sex, p.age_band, p.age_group, p.citizenship_country, p.means_of_control, p.recruiter_relations,
                p.countries_of_exploitation, p.child_at_exploitation, array_agg(e.exploitation_type) AS exploitation_types
           FROM reporting.person_fact p LEFT JOIN reporting.person_exploitation e ON e.person_key = p.person_key
          WHERE p.merged_into IS NULL AND p.identified_on BETWEEN $1 AND $2 GROUP BY p.person_key`,
        ['2025-01-01', '2025-12-31'],
      ),
    );
    const tableCsv = await step('table CSV', build({ ...table, format: 'CSV' }));
    console.log(`measured table CSV, its first build after the load: ${fmt(tableCsv.first)} ms`);
    const tableXlsx = await step('table XLSX', build({ ...table, format: 'XLSX' }));
    const size = (file) => `${fmt(file.content.length / 1024 / 1024, 2)} MiB`;
    const selectRows = select.last.length;
    release(select);
    const tableCsvSize = size(release(tableCsv));
    const tableXlsxSize = size(release(tableXlsx));
    const ctdcCsv = await step('CTDC CSV', build({ ...ctdc, format: 'CSV' }));
    const ctdcCsvFile = release(ctdcCsv);
    let ctdcRows = -1;
    for (let at = ctdcCsvFile.content.indexOf('\n'); at !== -1; at = ctdcCsvFile.content.indexOf('\n', at + 1)) ctdcRows += 1;
    ctdcRows -= (ctdcCsvFile.content.toString('utf8', 0, 4096).match(/^#/gm) ?? []).length;
    const ctdcCsvSize = size(ctdcCsvFile);
    console.log(`measured CTDC CSV: ${ctdcRows} rows, ${ctdcCsvSize}`);
    const ctdcXlsx = await step('CTDC XLSX', build({ ...ctdc, format: 'XLSX' }));
    const ctdcXlsxSize = size(release(ctdcXlsx));
    const memory = (result) => `peak heap ${mib(result.peak.heap)} + ${mib(result.peak.external)} outside it, rss ${mib(result.peak.rss)}`;

    console.log('');
    console.log(`statistics exports on ${persons} identifications, the year 2025 (${year} rows; ${ROUNDS} rounds each after a warm-up; medians, p99 in brackets)`);
    console.log(`  baseline  plain GROUP BY sex, region     ${fmt(groupBy.p50)} ms (${fmt(groupBy.p99)})`);
    console.log(`            plain SELECT of the CTDC columns ${fmt(select.p50)} ms (${fmt(select.p99)}), ${selectRows} rows, ${memory(select)}`);
    console.log(`  table     the first build after the load (the year's stale months recomputed, its pattern computed): ${fmt(tableCsv.first)} ms`);
    console.log(`  table     SEX × REGION, suppressed   CSV ${fmt(tableCsv.p50)} ms (${fmt(tableCsv.p99)}) ${tableCsvSize}: ${fmt(tableCsv.p50 / groupBy.p50, 2)}× the GROUP BY`);
    console.log(`                                      XLSX ${fmt(tableXlsx.p50)} ms (${fmt(tableXlsx.p99)}) ${tableXlsxSize}: ${fmt(tableXlsx.p50 / groupBy.p50, 2)}× the GROUP BY`);
    console.log(`  CTDC      k-anonymised, ${ctdcRows} rows    CSV ${fmt(ctdcCsv.p50)} ms (${fmt(ctdcCsv.p99)}) ${ctdcCsvSize}: ${fmt(ctdcCsv.p50 / select.p50, 2)}× the plain SELECT, ${fmt(ctdcCsv.p50 / groupBy.p50, 1)}× the GROUP BY; ${memory(ctdcCsv)}`);
    console.log(`                                      XLSX ${fmt(ctdcXlsx.p50)} ms (${fmt(ctdcXlsx.p99)}) ${ctdcXlsxSize}: ${fmt(ctdcXlsx.p50 / select.p50, 2)}× the plain SELECT, ${fmt(ctdcXlsx.p50 / groupBy.p50, 1)}× the GROUP BY; ${memory(ctdcXlsx)}`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
