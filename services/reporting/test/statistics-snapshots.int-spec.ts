import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { SettableClock } from '@nrm/service-kit';
import { startSubgraph, type SubgraphUnderTest, waitFor } from '@nrm/testing';
import { AppModule } from '../src/app.module';
import { StatisticsExportQueue } from '../src/exports/statistics-export.queue';
import { reportingDefinition } from '../src/service-definition';
import { StatisticsSnapshotScheduler } from '../src/snapshots/statistics-snapshot.scheduler';
import { StatisticsSnapshotService } from '../src/snapshots/statistics-snapshot.service';
import { seedPersons, type SeedPerson } from './support/person-facts';
import { SexTable } from './support/sex-table';

jest.setTimeout(120_000);

// 08:00 on 1 April 2026 in Tirana: March and the first quarter have just closed.
const clock = new SettableClock(new Date('2026-04-01T06:00:00Z'));
let subgraph: SubgraphUnderTest;
const tables = new SexTable(() => subgraph.dataSource);
let snapshots: StatisticsSnapshotService;

interface Revision {
  id: string;
  period_kind: string;
  period_key: string;
  revision: number;
  revision_note: string | null;
}

const revisions = (): Promise<Revision[]> =>
  subgraph.dataSource.query(
    `SELECT id, period_kind, period_key, revision, revision_note FROM reporting.statistics_snapshot
      WHERE period_kind IS NOT NULL ORDER BY period_kind, period_key, revision`,
  );

const women = (count: number, identifiedOn: string): SeedPerson[] => Array.from({ length: count }, () => ({ identifiedOn, sex: 'FEMALE' }));

beforeAll(async () => {
  subgraph = await startSubgraph({
    ...reportingDefinition,
    appModule: (runtime) => AppModule.register(runtime, { clock, statisticsTables: tables }),
    // Every second, so a test sees the scheduler run several times.
    env: { STATISTICS_SNAPSHOT_REVISION_MONTHS: '1', STATISTICS_SNAPSHOT_CRON: '* * * * * *', STATISTICS_EXPORT_ATTEMPTS: '1' },
  });
  for (const table of ['statistics_snapshot', 'statistics_export', 'person_exploitation', 'person_fact']) await subgraph.dataSource.query(`DELETE FROM reporting.${table}`);
  snapshots = subgraph.app.get(StatisticsSnapshotService);
  await seedPersons(subgraph.dataSource, [
    ...women(12, '2026-02-10'),
    ...women(15, '2026-03-10'),
    ...Array.from({ length: 4 }, (): SeedPerson => ({ identifiedOn: '2026-03-11', sex: 'MALE' })),
    ...Array.from({ length: 3 }, (): SeedPerson => ({ identifiedOn: '2026-03-11', sex: 'UNKNOWN' })),
  ]);
});

afterAll(async () => {
  await subgraph?.close();
});

describe('statistics snapshots (real PostgreSQL and Redis)', () => {
  it('stores each closed period once, however often (and however concurrently) it is computed', async () => {
    expect(await snapshots.computeClosedPeriods()).toEqual({ periods: 2, stored: 2 });
    expect(await snapshots.computeClosedPeriods()).toEqual({ periods: 2, stored: 0 });
    await Promise.all([snapshots.computeClosedPeriods(), snapshots.computeClosedPeriods()]);
    expect((await revisions()).map((row) => [row.period_kind, row.period_key, row.revision, row.revision_note])).toEqual([
      ['MONTH', '2026-03', 1, null],
      ['QUARTER', '2026-Q1', 1, null],
    ]);
    // Every table of every measure was asked for with the export pattern, for the period exactly.
    expect(new Set(tables.asked.map((asked) => asked.audience))).toEqual(new Set(['EXPORT']));
    expect(tables.asked.some((asked) => asked.groupBy.length === 2)).toBe(true);
    expect(tables.asked.some((asked) => asked.from === '2026-01-01' && asked.to === '2026-03-31')).toBe(true);
  });

  it('never changes a stored snapshot: a late event makes a new revision naming the tables that changed', async () => {
    const [first] = await revisions();
    const before: unknown[] = await subgraph.dataSource.query(`SELECT * FROM reporting.statistics_snapshot WHERE id = $1`, [first?.id]);
    await expect(subgraph.dataSource.query(`UPDATE reporting.statistics_snapshot SET threshold = 1 WHERE id = $1`, [first?.id])).rejects.toThrow(/never changed/);

    // Two men identified in March, learnt of after March closed.
    await seedPersons(subgraph.dataSource, [
      { identifiedOn: '2026-03-20', sex: 'MALE' },
      { identifiedOn: '2026-03-21', sex: 'MALE' },
    ]);
    expect(await snapshots.computeClosedPeriods()).toEqual({ periods: 2, stored: 2 });
    expect(await snapshots.computeClosedPeriods()).toEqual({ periods: 2, stored: 0 });
    const rows = await revisions();
    expect(rows.map((row) => [row.period_key, row.revision, row.revision_note])).toEqual([
      ['2026-03', 1, null],
      ['2026-03', 2, 'Changed: IDENTIFICATIONS|SEX'],
      ['2026-Q1', 1, null],
      ['2026-Q1', 2, 'Changed: IDENTIFICATIONS|SEX'],
    ]);
    expect(await subgraph.dataSource.query(`SELECT * FROM reporting.statistics_snapshot WHERE id = $1`, [first?.id])).toEqual(before);
  });

  it('serves the list by period kind and one snapshot with its tables, to the statistics roles only', async () => {
    const LIST = `query L($kind: SnapshotPeriodKind) { statisticsSnapshots(first: 10, filter: { periodKind: $kind }) { id periodKind periodKey revision revisionNote threshold periodStart periodEnd } }`;
    const ONE = `query O($id: ID!) { statisticsSnapshot(id: $id) { id periodKey revision tables { key measure groupBy from to granularity threshold total totalSuppressed cells { values count suppressed } } } }`;
    for (const username of ['coordinator', 'ra.officer', 'ra.head']) {
      const list = await subgraph.graphql<{ statisticsSnapshots: Array<{ id: string; periodKind: string; periodKey: string; revision: number }> }>(
        LIST,
        { kind: 'QUARTER' },
        await subgraph.tokenFor(username),
      );
      expect(list.errors).toBeUndefined();
      expect(list.data?.statisticsSnapshots.map((row) => [row.periodKind, row.periodKey, row.revision])).toEqual([
        ['QUARTER', '2026-Q1', 2],
        ['QUARTER', '2026-Q1', 1],
      ]);
    }
    const [march] = (await revisions()).filter((row) => row.period_key === '2026-03' && row.revision === 2);
    const one = await subgraph.graphql<{ statisticsSnapshot: { tables: Array<{ key: string; threshold: number; total: number; cells: unknown[] }> } }>(
      ONE,
      { id: march?.id },
      await subgraph.tokenFor('coordinator'),
    );
    expect(one.errors).toBeUndefined();
    expect(one.data?.statisticsSnapshot.tables).toEqual([
      {
        key: 'IDENTIFICATIONS|SEX',
        measure: 'IDENTIFICATIONS',
        groupBy: ['SEX'],
        from: '2026-03-01',
        to: '2026-03-31',
        granularity: 'MONTH',
        threshold: 10,
        total: 24,
        totalSuppressed: false,
        cells: [
          { values: ['FEMALE'], count: 15, suppressed: false },
          { values: ['MALE'], count: null, suppressed: true },
          { values: ['UNKNOWN'], count: null, suppressed: true },
        ],
      },
    ]);
    for (const username of ['auditor', 'admin', 'police.tirana']) {
      const token = await subgraph.tokenFor(username);
      expect((await subgraph.graphql(LIST, {}, token)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await subgraph.graphql(ONE, { id: march?.id }, token)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const coordinator = await subgraph.tokenFor('coordinator');
    expect((await subgraph.graphql(ONE, { id: '00000000-0000-4000-8000-000000000000' }, coordinator)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await subgraph.graphql(ONE, { id: 'x' }, coordinator)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['id'] });
  });

  it('exports a stored snapshot as it was stored, not as the tables are now', async () => {
    const [march] = (await revisions()).filter((row) => row.period_key === '2026-03' && row.revision === 1);
    await seedPersons(subgraph.dataSource, women(5, '2026-03-25'));
    await subgraph.app.get(StatisticsExportQueue).startWorker();
    const token = await subgraph.tokenFor('ra.officer');
    const requested = await subgraph.graphql<{ requestStatisticsExport: { id: string; fileName: string } }>(
      `mutation R($input: RequestStatisticsExportInput!) { requestStatisticsExport(input: $input) { id fileName } }`,
      { input: { kind: 'SNAPSHOT', format: 'CSV', snapshotId: march?.id } },
      token,
    );
    expect(requested.errors).toBeUndefined();
    const view = requested.data?.requestStatisticsExport as { id: string; fileName: string };
    expect(view.fileName).toBe('statistics-snapshot-2026-03-r1.csv');
    const asked = tables.asked.length;
    const response = await waitFor(
      async () => {
        const file = await request(subgraph.app.getHttpServer()).get(`/statistics/exports/${view.id}`).set('authorization', `Bearer ${token}`);
        return file.status === 200 ? file : undefined;
      },
      { timeoutMs: 30_000, description: 'snapshot export ready' },
    );
    expect(tables.asked.length).toBe(asked);
    const records: Array<Record<string, string>> = parse(response.text, { comment: '#', comment_no_infix: true, columns: true });
    expect(records.map((record) => [record['table'], record['value1'], record['count'], record['suppressed']])).toEqual([
      ['IDENTIFICATIONS|SEX', 'FEMALE', '15', '0'],
      ['IDENTIFICATIONS|SEX', 'MALE', '', '1'],
      ['IDENTIFICATIONS|SEX', 'UNKNOWN', '', '1'],
      ['IDENTIFICATIONS|SEX', 'TOTAL', '22', '0'],
    ]);
    expect(response.text).toMatch(/^# snapshot,2026-03 revision 1$/m);
  });

  it('runs on its BullMQ job scheduler: many ticks, one new revision for what changed since', async () => {
    const scheduler = subgraph.app.get(StatisticsSnapshotScheduler);
    const before = (await revisions()).length;
    await scheduler.start();
    try {
      // The five women of the previous test changed March and the quarter: the first tick stores revision 3 of each.
      await waitFor(async () => (await revisions()).length === before + 2, { timeoutMs: 20_000, description: 'the scheduler stored the new revisions' });
      const asked = tables.asked.length;
      await waitFor(() => tables.asked.length >= asked + 2 * 2, { timeoutMs: 20_000, description: 'two more ticks' });
    } finally {
      await scheduler.onApplicationShutdown();
    }
    const rows = await revisions();
    expect(rows).toHaveLength(before + 2);
    expect(rows.filter((row) => row.revision === 3).map((row) => row.period_key)).toEqual(['2026-03', '2026-Q1']);
  });
});
