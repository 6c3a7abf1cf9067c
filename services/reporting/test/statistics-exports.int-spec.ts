import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { REDIS, SettableClock } from '@nrm/service-kit';
import { startSubgraph, type SubgraphUnderTest, waitFor } from '@nrm/testing';
import { AppModule } from '../src/app.module';
import { CTDC_COLUMNS, CTDC_NUMERIC_COLUMNS, MISSING } from '../src/exports/ctdc/ctdc-layout';
import { groupKey, type QuasiIdentifiers } from '../src/exports/ctdc/k-anonymity';
import { EXPORT_QUEUE, StatisticsExportQueue } from '../src/exports/statistics-export.queue';
import { reportingDefinition } from '../src/service-definition';
import { seedPersons, type SeedPerson } from './support/person-facts';
import { SexTable } from './support/sex-table';

jest.setTimeout(120_000);

const REQUEST = `mutation R($input: RequestStatisticsExportInput!) {
  requestStatisticsExport(input: $input) { id kind format state progress fileName createdAt expiresAt }
}`;
const POLL = `query P($id: ID!) { statisticsExport(id: $id) { id state progress fileName } }`;

interface ExportView {
  id: string;
  kind: string;
  format: string;
  state: string;
  progress: number;
  fileName: string;
}

// 08:00 on 1 April 2026 in Tirana: March and the first quarter have just closed.
const clock = new SettableClock(new Date('2026-04-01T06:00:00Z'));
let subgraph: SubgraphUnderTest;
const tables = new SexTable(() => subgraph.dataSource);

beforeAll(async () => {
  subgraph = await startSubgraph({
    ...reportingDefinition,
    appModule: (runtime) => AppModule.register(runtime, { clock, statisticsTables: tables }),
    env: { STATISTICS_EXPORT_ATTEMPTS: '1', STATISTICS_SNAPSHOT_REVISION_MONTHS: '1' },
  });
  for (const table of ['statistics_export', 'person_exploitation', 'person_fact']) await subgraph.dataSource.query(`DELETE FROM reporting.${table}`);
  await subgraph.app.get(StatisticsExportQueue).startWorker();
});

afterAll(async () => {
  await subgraph?.close();
});

async function requestExport(username: string, input: Record<string, unknown>) {
  return subgraph.graphql<{ requestStatisticsExport: ExportView }>(REQUEST, { input }, await subgraph.tokenFor(username));
}

async function untilFinished(id: string, username: string): Promise<ExportView> {
  const token = await subgraph.tokenFor(username);
  return waitFor(
    async () => {
      const result = await subgraph.graphql<{ statisticsExport: ExportView }>(POLL, { id }, token);
      const view = result.data?.statisticsExport;
      return view && (view.state === 'READY' || view.state === 'FAILED') ? view : undefined;
    },
    { timeoutMs: 30_000, description: `export ${id} built` },
  );
}

async function download(id: string, token?: string) {
  const call = request(subgraph.app.getHttpServer()).get(`/statistics/exports/${id}`);
  if (token) call.set('authorization', `Bearer ${token}`);
  const response = await call.buffer(true).parse((res, callback) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  });
  return { status: response.status, body: response.body as Buffer, headers: response.headers };
}

/** A CSV export read back: its `# name,value` parameter lines and its data records. */
/** The CTDC global dataset's header, written out as published (docs/statistics.md, The CTDC export in detail). */
const CTDC_HEADER =
  'yearOfRegistration,Datasource,gender,ageBroad,majorityStatus,majorityStatusAtExploit,majorityEntry,citizenship,meansOfControlDebtBondage,' +
  'meansOfControlTakesEarnings,meansOfControlRestrictsFinancialAccess,meansOfControlThreats,meansOfControlPsychologicalAbuse,' +
  'meansOfControlPhysicalAbuse,meansOfControlSexualAbuse,meansOfControlFalsePromises,meansOfControlPsychoactiveSubstances,' +
  'meansOfControlRestrictsMovement,meansOfControlRestrictsMedicalCare,meansOfControlExcessiveWorkingHours,meansOfControlUsesChildren,' +
  'meansOfControlThreatOfLawEnforcement,meansOfControlWithholdsNecessities,meansOfControlWithholdsDocuments,meansOfControlOther,' +
  'meansOfControlNotSpecified,meansOfControlConcatenated,isForcedLabour,isSexualExploit,isOtherExploit,isSexAndLabour,isForcedMarriage,' +
  'isForcedMilitary,isOrganRemoval,isSlaveryAndPractices,typeOfExploitConcatenated,typeOfLabourAgriculture,typeOfLabourAquafarming,' +
  'typeOfLabourBegging,typeOfLabourConstruction,typeOfLabourDomesticWork,typeOfLabourHospitality,typeOfLabourIllicitActivities,' +
  'typeOfLabourManufacturing,typeOfLabourMiningOrDrilling,typeOfLabourPeddling,typeOfLabourTransportation,typeOfLabourOther,' +
  'typeOfLabourNotSpecified,typeOfLabourConcatenated,typeOfSexProstitution,typeOfSexPornography,typeOfSexRemoteInteractiveServices,' +
  'typeOfSexPrivateSexualServices,typeOfSexConcatenated,isAbduction,RecruiterRelationship,CountryOfExploitation,' +
  'recruiterRelationIntimatePartner,recruiterRelationFriend,recruiterRelationFamily,recruiterRelationOther,recruiterRelationUnknown';

function readCsv(content: Buffer): { parameters: Map<string, string>; records: Array<Record<string, string>> } {
  const text = content.toString('utf8');
  const lines: string[][] = parse(text, { relax_column_count: true });
  const parameters = new Map(lines.filter((line) => line[0]?.startsWith('# ')).map((line) => [(line[0] as string).slice(2), line[1] ?? '']));
  const records: Array<Record<string, string>> = parse(text, { comment: '#', comment_no_infix: true, columns: true });
  return { parameters, records };
}

const MARCH = { from: '2026-03-01', to: '2026-03-31', groupBy: ['SEX'], measure: 'IDENTIFICATIONS' };

describe('statistics exports (real PostgreSQL and Redis)', () => {
  beforeAll(async () => {
    // March: 14 women, 3 men, 2 of unknown sex; a merged alias never counts.
    await seedPersons(subgraph.dataSource, [
      ...Array.from({ length: 14 }, (): SeedPerson => ({ identifiedOn: '2026-03-10', sex: 'FEMALE' })),
      ...Array.from({ length: 3 }, (): SeedPerson => ({ identifiedOn: '2026-03-11', sex: 'MALE' })),
      ...Array.from({ length: 2 }, (): SeedPerson => ({ identifiedOn: '2026-03-12', sex: 'UNKNOWN' })),
      { identifiedOn: '2026-03-12', sex: 'MALE', mergedInto: 'someone' },
    ]);
  });

  it('builds a table as CSV for the coordinator: queued, built with progress, downloaded, suppressed cells empty and flagged', async () => {
    const requested = await requestExport('coordinator', { kind: 'TABLE', format: 'CSV', table: MARCH });
    expect(requested.errors).toBeUndefined();
    const view = requested.data?.requestStatisticsExport as ExportView;
    expect(view).toMatchObject({ kind: 'TABLE', format: 'CSV', state: 'QUEUED', progress: 0, fileName: 'statistics-identifications-2026-03-01_2026-03-31.csv' });

    // The job carries the export's id and nothing else.
    const queue = new Queue(EXPORT_QUEUE, { connection: subgraph.app.get<Redis>(REDIS).duplicate() });
    const job = await queue.getJob(view.id);
    if (job) expect(job.data).toEqual({ id: view.id });
    await queue.close();

    const built = await untilFinished(view.id, 'coordinator');
    expect(built).toMatchObject({ state: 'READY', progress: 100 });
    expect(tables.asked.at(-1)).toEqual({ ...MARCH, audience: 'EXPORT' });

    const file = await download(view.id, await subgraph.tokenFor('coordinator'));
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${view.fileName}"`);
    expect(file.headers['cache-control']).toBe('no-store');
    const { parameters, records } = readCsv(file.body);
    expect(Object.fromEntries(parameters)).toMatchObject({
      period: '2026-03-01 to 2026-03-31',
      dimensions: 'SEX',
      measure: 'IDENTIFICATIONS',
      threshold: '10',
      'generated at': '2026-04-01T06:00:00.000Z',
    });
    expect(parameters.get('suppression')).toMatch(/suppressed = 1/);
    expect(records.map((record) => [record['value1'], record['count'], record['suppressed']])).toEqual([
      ['FEMALE', '14', '0'],
      ['MALE', '', '1'],
      ['UNKNOWN', '', '1'],
      ['TOTAL', '19', '0'],
    ]);
  });

  it('builds the same table as XLSX, with a Parameters sheet; exact for the head of the RA', async () => {
    const requested = await requestExport('ra.head', { kind: 'TABLE', format: 'XLSX', table: MARCH });
    const view = requested.data?.requestStatisticsExport as ExportView;
    expect((await untilFinished(view.id, 'ra.head')).state).toBe('READY');
    expect(tables.asked.at(-1)?.audience).toBe('EXACT');
    const file = await download(view.id, await subgraph.tokenFor('ra.head'));
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const parameters = workbook.getWorksheet('Parameters');
    const parameterValues = new Map<string, string>();
    parameters?.eachRow((row, number) => {
      if (number > 1) parameterValues.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    expect(parameterValues.get('measure')).toBe('IDENTIFICATIONS');
    expect(parameterValues.get('threshold')).toBe('none (exact figures)');
    const data: unknown[][] = [];
    workbook.getWorksheet('Data')?.eachRow((row) => data.push((row.values as unknown[]).slice(1)));
    expect(data[0]).toEqual(['table', 'measure', 'dimension1', 'value1', 'count', 'suppressed']);
    expect(data.slice(1).map((row) => [row[3], row[4]])).toEqual([
      ['FEMALE', 14],
      ['MALE', 3],
      ['UNKNOWN', 2],
      ['TOTAL', 19],
    ]);
  });

  it("never gives one user's export to another, nor to a role without statistics, nor without a token", async () => {
    const requested = await requestExport('coordinator', { kind: 'TABLE', format: 'CSV', table: MARCH });
    const view = requested.data?.requestStatisticsExport as ExportView;
    await untilFinished(view.id, 'coordinator');

    const officer = await subgraph.tokenFor('ra.officer');
    expect((await download(view.id, officer)).status).toBe(404);
    const poll = await subgraph.graphql(POLL, { id: view.id }, officer);
    expect(poll.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    for (const username of ['auditor', 'admin', 'police.tirana']) {
      const token = await subgraph.tokenFor(username);
      expect((await download(view.id, token)).status).toBe(403);
      expect((await requestExport(username, { kind: 'TABLE', format: 'CSV', table: MARCH })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    expect((await download(view.id)).status).toBe(401);
    const text = (await download('not-an-id', officer)).body.toString();
    expect(JSON.parse(text)).toEqual({ code: 'BAD_USER_INPUT', fields: ['id'] });
  });

  it('refuses a request that does not say what to export, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'TABLE', format: 'CSV' }, 'input.table'],
      [{ kind: 'SNAPSHOT', format: 'CSV' }, 'input.snapshotId'],
      [{ kind: 'SNAPSHOT', format: 'CSV', snapshotId: randomUUID() }, 'input.snapshotId'],
      [{ kind: 'TABLE', format: 'CSV', table: { ...MARCH, groupBy: ['SEX', 'SEX'] } }, 'input.table.groupBy'],
      [{ kind: 'TABLE', format: 'CSV', table: { ...MARCH, groupBy: ['SEX', 'REGION', 'AGE_GROUP'] } }, 'input.table.groupBy'],
      [{ kind: 'TABLE', format: 'CSV', table: { ...MARCH, from: '2026-04-01' } }, 'input.table.to'],
    ];
    for (const [input, field] of cases) {
      const result = await requestExport('coordinator', input);
      expect([field, result.errors?.[0]?.extensions]).toEqual([field, { code: 'BAD_USER_INPUT', fields: [field] }]);
    }
  });

  it('does nothing for a job forged in Redis: an unknown id, a finished export, or data that is not an id', async () => {
    const finished = await requestExport('coordinator', { kind: 'TABLE', format: 'CSV', table: MARCH });
    const view = finished.data?.requestStatisticsExport as ExportView;
    await untilFinished(view.id, 'coordinator');
    const before: unknown[] = await subgraph.dataSource.query(`SELECT id, state, progress, finished_at, md5(content) FROM reporting.statistics_export ORDER BY id`);
    const asked = tables.asked.length;

    const queue = new Queue(EXPORT_QUEUE, { connection: subgraph.app.get<Redis>(REDIS).duplicate() });
    const forged = await Promise.all([
      queue.add('build', { id: randomUUID() }, { jobId: randomUUID() }),
      queue.add('build', { id: view.id }, { jobId: randomUUID() }),
      queue.add('build', { id: "x'; DELETE FROM reporting.statistics_export; --" }),
      queue.add('build', { table: MARCH, audience: 'EXACT' }),
    ]);
    for (const job of forged) {
      await waitFor(async () => ['completed', 'failed'].includes(await job.getState()), { description: 'forged job taken' });
      expect(await job.getState()).toBe('completed');
    }
    await queue.close();
    expect(await subgraph.dataSource.query(`SELECT id, state, progress, finished_at, md5(content) FROM reporting.statistics_export ORDER BY id`)).toEqual(before);
    expect(tables.asked.length).toBe(asked);
  });

  it('fails an export whose table cannot be built, with no file and no message from the error', async () => {
    // The stand-in counts identifications only: referrals fail in the worker (here, after its one attempt).
    const requested = await requestExport('coordinator', { kind: 'TABLE', format: 'XLSX', table: { ...MARCH, measure: 'REFERRALS' } });
    const view = requested.data?.requestStatisticsExport as ExportView;
    const failed = await untilFinished(view.id, 'coordinator');
    expect(failed.state).toBe('FAILED');
    expect(failed.progress).toBeLessThan(100);
    const file = await download(view.id, await subgraph.tokenFor('coordinator'));
    expect(file.status).toBe(409);
    expect(JSON.parse(file.body.toString())).toEqual({ code: 'CONFLICT' });
    const [row] = await subgraph.dataSource.query(`SELECT failure, content FROM reporting.statistics_export WHERE id = $1`, [view.id]);
    expect(row).toEqual({ failure: 'BUILD_FAILED', content: null });
  });

  it('is gone once it expires', async () => {
    const requested = await requestExport('coordinator', { kind: 'TABLE', format: 'CSV', table: MARCH });
    const view = requested.data?.requestStatisticsExport as ExportView;
    await untilFinished(view.id, 'coordinator');
    const token = await subgraph.tokenFor('coordinator');
    clock.advance(25 * 3_600_000);
    try {
      expect((await download(view.id, token)).status).toBe(404);
      expect((await subgraph.graphql(POLL, { id: view.id }, token)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    } finally {
      clock.advance(-25 * 3_600_000);
    }
  });
});

describe('the CTDC export (k-anonymised persons)', () => {
  const K = 11;

  beforeAll(async () => {
    const persons: SeedPerson[] = [];
    // 2025: 30 Albanian women of 18–20 exploited in Albania (one group, big enough as it is)…
    for (let index = 0; index < 30; index += 1) {
      persons.push({
        identifiedOn: '2025-05-02',
        sex: 'FEMALE',
        ageBand: 'AGE_18_20',
        citizenshipCountry: 'AL',
        countriesOfExploitation: ['AL'],
        meansOfControl: index % 2 ? ['THREATS', 'DEBT_BONDAGE'] : [],
        recruiterRelations: index % 3 ? ['FRIEND'] : [],
        exploitationTypes: index % 2 ? ['SEXUAL'] : ['FORCED_BEGGING'],
        childAtExploitation: false,
      });
    }
    // …6 women of 21–23 and 6 of 24–26, who only together reach k once age is the majority status…
    for (let index = 0; index < 12; index += 1) {
      persons.push({ identifiedOn: '2025-06-02', sex: 'FEMALE', ageBand: index < 6 ? 'AGE_21_23' : 'AGE_24_26', citizenshipCountry: 'AL', countriesOfExploitation: ['AL'] });
    }
    // …one man from Fiji, exploited in Italy: alone whatever is generalised, withheld…
    persons.push({ identifiedOn: '2025-07-01', sex: 'MALE', ageBand: 'AGE_30_38', citizenshipCountry: 'FJ', countriesOfExploitation: ['IT'] });
    // …and persons never in the file: at risk only, concluded not a victim, refused the interview, merged, another year.
    persons.push({ identifiedOn: '2025-05-02', status: 'AT_RISK' }, { identifiedOn: '2025-05-02', consentRefused: true }, { identifiedOn: '2025-05-02', mergedInto: 'x' });
    persons.push({ identifiedOn: '2024-05-02' });
    await seedPersons(subgraph.dataSource, persons);
    await subgraph.dataSource.query(`UPDATE reporting.person_fact SET outcome = 'NOT_VICTIM' WHERE person_key = (SELECT person_key FROM reporting.person_fact WHERE identified_on = '2025-05-02' AND status = 'PRESUMED' LIMIT 1)`);
  });

  const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31', groupBy: [] };

  it.each(['CSV', 'XLSX'])('writes one row per person in the CTDC layout (%s), every combination of quasi-identifiers at least k times', async (format) => {
    const requested = await requestExport('ra.officer', { kind: 'CTDC', format, table: YEAR_2025 });
    expect(requested.errors).toBeUndefined();
    const view = requested.data?.requestStatisticsExport as ExportView;
    expect(view.fileName).toBe(`ctdc-2025-01-01_2025-12-31.${format.toLowerCase()}`);
    expect((await untilFinished(view.id, 'ra.officer')).state).toBe('READY');
    const file = await download(view.id, await subgraph.tokenFor('ra.officer'));
    expect(file.status).toBe(200);

    let parameters: Map<string, string>;
    let records: Array<Record<string, string>>;
    if (format === 'CSV') {
      ({ parameters, records } = readCsv(file.body));
      expect(Object.keys(records[0] ?? {})).toEqual(CTDC_COLUMNS);
      // The header as the global dataset spells it, and -99 as a plain value, not guarded as a formula.
      const text = file.body.toString('utf8');
      expect(text).toContain(`\n${CTDC_HEADER}\n`);
      expect(text).not.toContain("'-99");
    } else {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
      parameters = new Map();
      workbook.getWorksheet('Parameters')?.eachRow((row, number) => {
        if (number > 1) parameters.set(String(row.getCell(1).value), String(row.getCell(2).value ?? ''));
      });
      const rows: string[][] = [];
      workbook.getWorksheet('Data')?.eachRow({ includeEmpty: false }, (row, number) => {
        rows.push(Array.from({ length: CTDC_COLUMNS.length }, (_, index) => String(row.getCell(index + 1).value ?? '')));
        // The year and the flags are numbers (1, 0, -99), the labels text.
        if (number > 1) {
          CTDC_COLUMNS.forEach((column, index) => {
            const value = row.getCell(index + 1).value;
            if (CTDC_NUMERIC_COLUMNS.has(column)) expect(typeof value).toBe('number');
            else expect(typeof value === 'string' || value === null).toBe(true);
          });
        }
      });
      expect(rows[0]).toEqual(CTDC_COLUMNS);
      records = rows.slice(1).map((row) => Object.fromEntries(CTDC_COLUMNS.map((column, index) => [column, row[index] ?? ''])));
    }

    // 42 persons of 2025 in the file's scope (one concluded not a victim is left out): 41 rows, the man from Fiji withheld.
    // Neither count is in the file: only its rows.
    expect(parameters.get('rows')).toBe('41');
    expect(parameters.has('persons') || parameters.has('withheld')).toBe(false);
    expect(parameters.get('k')).toBe(String(K));
    expect(parameters.get('generalised')).toBe('AGE_TO_MAJORITY_STATUS');
    expect(records).toHaveLength(41);
    const sizes = new Map<string, number>();
    for (const record of records) sizes.set(groupKey(record as unknown as QuasiIdentifiers), (sizes.get(groupKey(record as unknown as QuasiIdentifiers)) ?? 0) + 1);
    expect([...sizes.values()].every((size) => size >= K)).toBe(true);
    expect(records.every((record) => record['ageBroad'] === MISSING && record['majorityStatus'] === 'Adult' && record['yearOfRegistration'] === '2025')).toBe(true);
    expect(records.some((record) => record['citizenship'] === 'FJ' || record['gender'] === 'Male')).toBe(false);

    // The data columns as mapped: flags 1/0, -99 where not recorded.
    const threatened = records.filter((record) => record['meansOfControlThreats'] === '1');
    expect(threatened.length).toBeGreaterThan(0);
    expect(threatened.every((record) => record['meansOfControlDebtBondage'] === '1' && record['meansOfControlNotSpecified'] === '0' && record['meansOfControlUsesChildren'] === MISSING)).toBe(true);
    const lines = records.map((record) => CTDC_COLUMNS.map((column) => record[column]).join(','));
    // Sorted by what the file shows: equal rows side by side, whatever order the persons were registered in.
    const runs = lines.filter((text, index) => index === 0 || lines[index - 1] !== text);
    expect(runs).toHaveLength(new Set(lines).size);
    // Sample rows, whole: one of the 15 women threatened and in debt bondage, sexually exploited, with a friend as recruiter…
    expect(lines).toContain(
      '2025,Case Management,Female,-99,Adult,Adult,-99,AL,1,0,-99,1,0,0,0,0,0,0,-99,0,-99,-99,0,0,0,0,Debt bondage;Threats,' +
        // isForcedLabour … typeOfExploitConcatenated; typeOfLabour… (14) and typeOfSex… (5), isAbduction: not recorded
        `0,1,0,0,0,-99,0,-99,Sexual exploitation,${Array(20).fill(MISSING).join(',')},Friend,AL,0,1,0,0,0`,
    );
    // …and one forced to beg, none of whose means of control or recruiter was recorded.
    expect(lines).toContain(
      `2025,Case Management,Female,-99,Adult,Adult,-99,AL,${Array(17).fill(MISSING).join(',')},1,Not specified,` +
        '1,0,0,0,0,-99,0,-99,Forced labour,-99,-99,1,-99,0,-99,0,-99,-99,-99,-99,-99,0,Begging,' +
        `-99,-99,-99,-99,-99,-99,-99,AL,${Array(5).fill(MISSING).join(',')}`,
    );
    expect(records.filter((record) => record['isSexualExploit'] === '1').every((record) => record['typeOfExploitConcatenated'] === 'Sexual exploitation')).toBe(true);
    expect(records.filter((record) => record['typeOfLabourBegging'] === '1').every((record) => record['isForcedLabour'] === '1')).toBe(true);
  });

  it('covers whole calendar years that have closed, and refuses the year still running', async () => {
    const snapped = await requestExport('coordinator', { kind: 'CTDC', format: 'CSV', table: { from: '2025-05-01', to: '2025-05-31', groupBy: [] } });
    expect(snapped.data?.requestStatisticsExport.fileName).toBe('ctdc-2025-01-01_2025-12-31.csv');
    const running = await requestExport('coordinator', { kind: 'CTDC', format: 'CSV', table: { from: '2026-01-01', to: '2026-03-31', groupBy: [] } });
    expect(running.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.table.to'] });
  });

  it('never names a person: no pseudonym or id in the file', async () => {
    const requested = await requestExport('coordinator', { kind: 'CTDC', format: 'CSV', table: YEAR_2025 });
    const view = requested.data?.requestStatisticsExport as ExportView;
    await untilFinished(view.id, 'coordinator');
    const text = (await download(view.id, await subgraph.tokenFor('coordinator'))).body.toString();
    expect(text).not.toMatch(/test-[0-9a-f]{8}/);
  });
});
