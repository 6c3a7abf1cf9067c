import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { SettableClock } from '@nrm/service-kit';
import { createTestDatabase, dropTestDatabase, startSubgraph, type SubgraphUnderTest, waitFor } from '@nrm/testing';
import { AppModule } from '../src/app.module';
import { StatisticsExportQueue } from '../src/exports/statistics-export.queue';
import { reportingDefinition } from '../src/service-definition';
import { SnapshotPeriodKind } from '../src/snapshots/snapshot-periods';
import { StatisticsSnapshotService } from '../src/snapshots/statistics-snapshot.service';
import { seedPersons, type SeedPerson } from './support/person-facts';

jest.setTimeout(180_000);

/*
 * Exports and snapshots on national statistics' own tables (no stand-in): persons of March 2018, a year no other test
 * writes. The export pattern (threshold 10) is the app's (threshold 5) and more.
 */

const clock = new SettableClock(new Date('2018-04-01T06:00:00Z'));
let subgraph: SubgraphUnderTest;

const MARCH = { from: '2018-03-01', to: '2018-03-31', groupBy: ['SEX'], measure: 'IDENTIFICATIONS' };
const TABLE = `query T($input: StatisticsInput!) { nationalStatistics(input: $input) { threshold total cells { values count suppressed } } }`;

interface Cell {
  values: string[];
  count: number | null;
  suppressed: boolean;
}

// A database of its own: the figures checked here are exact, and the run's database holds other files' persons.
let database: { name: string; url: string };

beforeAll(async () => {
  database = await createTestDatabase();
  subgraph = await startSubgraph({ ...reportingDefinition, env: { DATABASE_URL: database.url }, appModule: (runtime) => AppModule.register(runtime, { clock }) });
  await subgraph.dataSource.query(`DELETE FROM reporting.statistics_snapshot WHERE period_key LIKE '2018%'`);
  const persons: SeedPerson[] = [
    ...Array.from({ length: 14 }, (): SeedPerson => ({ identifiedOn: '2018-03-10', sex: 'FEMALE' })),
    ...Array.from({ length: 7 }, (): SeedPerson => ({ identifiedOn: '2018-03-11', sex: 'MALE' })),
    ...Array.from({ length: 6 }, (): SeedPerson => ({ identifiedOn: '2018-03-12', sex: 'OTHER' })),
    ...Array.from({ length: 2 }, (): SeedPerson => ({ identifiedOn: '2018-03-12', sex: 'UNKNOWN' })),
  ];
  await seedPersons(subgraph.dataSource, persons);
  await subgraph.app.get(StatisticsExportQueue).startWorker();
});

afterAll(async () => {
  await subgraph?.close();
  if (database) await dropTestDatabase(database.name);
});

async function exportCsv(username: string): Promise<Array<Record<string, string>>> {
  const token = await subgraph.tokenFor(username);
  const requested = await subgraph.graphql<{ requestStatisticsExport: { id: string } }>(
    `mutation R($input: RequestStatisticsExportInput!) { requestStatisticsExport(input: $input) { id } }`,
    { input: { kind: 'TABLE', format: 'CSV', table: MARCH } },
    token,
  );
  expect(requested.errors).toBeUndefined();
  const id = requested.data?.requestStatisticsExport.id as string;
  const response = await waitFor(
    async () => {
      const file = await request(subgraph.app.getHttpServer()).get(`/statistics/exports/${id}`).set('authorization', `Bearer ${token}`);
      return file.status === 200 ? file : undefined;
    },
    { timeoutMs: 60_000, description: 'export ready' },
  );
  return parse(response.text, { comment: '#', comment_no_infix: true, columns: true });
}

describe('exports and snapshots on the national statistics tables', () => {
  it("exports the coordinator's table with the export threshold: every cell the app hides is hidden, and more", async () => {
    const app = await subgraph.graphql<{ nationalStatistics: { threshold: number; cells: Cell[] } }>(TABLE, { input: MARCH }, await subgraph.tokenFor('coordinator'));
    expect(app.errors).toBeUndefined();
    const appSuppressed = new Set(app.data?.nationalStatistics.cells.filter((cell) => cell.suppressed).map((cell) => cell.values.join()));

    const records = await exportCsv('coordinator');
    const exported = new Map(records.filter((record) => record['value1'] !== 'TOTAL').map((record) => [record['value1'] as string, record]));
    for (const value of appSuppressed) expect([value, exported.get(value)?.['suppressed']]).toEqual([value, '1']);
    // 7 men, 6 of other sex and 2 of unknown sex are below 10: hidden in the file (and empty). The app (threshold 5)
    // hides the 2 and, so that the total does not give them away, the smallest other figure (the 6); it shows the 7.
    expect([exported.get('MALE')?.['count'], exported.get('MALE')?.['suppressed']]).toEqual(['', '1']);
    expect([exported.get('UNKNOWN')?.['count'], exported.get('UNKNOWN')?.['suppressed']]).toEqual(['', '1']);
    expect([exported.get('OTHER')?.['count'], exported.get('OTHER')?.['suppressed']]).toEqual(['', '1']);
    expect([...appSuppressed].sort()).toEqual(['OTHER', 'UNKNOWN']);
    expect(app.data?.nationalStatistics.cells.find((cell) => cell.values[0] === 'MALE')).toEqual({ values: ['MALE'], count: 7, suppressed: false });
    expect(records.every((record) => record['suppressed'] === '0' || record['count'] === '')).toBe(true);
  });

  it('exports exact figures to the head of the RA', async () => {
    const records = await exportCsv('ra.head');
    expect(records.map((record) => [record['value1'], record['count'], record['suppressed']])).toEqual([
      ['FEMALE', '14', '0'],
      ['MALE', '7', '0'],
      ['OTHER', '6', '0'],
      ['UNKNOWN', '2', '0'],
      ['TOTAL', '29', '0'],
    ]);
  });

  it("stores a month's snapshot of every table with the export pattern, the same as the export's", async () => {
    const snapshots = subgraph.app.get(StatisticsSnapshotService);
    const period = { kind: SnapshotPeriodKind.MONTH, key: '2018-03', from: '2018-03-01', to: '2018-03-31' };
    const stored = await snapshots.computePeriod(period);
    expect(stored?.revision).toBe(1);
    expect(await snapshots.computePeriod(period)).toBeUndefined();
    const snapshot = await snapshots.get(stored?.id as string);
    expect(snapshot.threshold).toBe(10);
    const keys = (snapshot.tables ?? []).map((table) => table.key);
    expect(keys).toContain('IDENTIFICATIONS|SEX');
    expect(keys).toContain('IDENTIFICATIONS|SEX+AGE_GROUP');
    expect(keys).toContain('PERMITS_ISSUED|REGION');
    expect(keys.every((key) => key.split('|')[1]?.split('+').length as number <= 2)).toBe(true);
    const sex = snapshot.tables?.find((table) => table.key === 'IDENTIFICATIONS|SEX');
    expect(sex?.cells.map((cell) => [cell.values[0], cell.count, cell.suppressed])).toEqual([
      ['FEMALE', 14, false],
      ['MALE', null, true],
      ['OTHER', null, true],
      ['UNKNOWN', null, true],
    ]);
  });
});
