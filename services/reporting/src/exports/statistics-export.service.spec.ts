import { SettableClock, type ServiceRuntime } from '@nrm/service-kit';
import type { ReportingConfig } from '../config';
import type { StatisticsSnapshotService } from '../snapshots/statistics-snapshot.service';
import type { StatisticsTablesPort } from '../tables/statistics-tables.port';
import type { CtdcSourceRepository } from './ctdc/ctdc-source.repository';

type CtdcReadPlan = Parameters<CtdcSourceRepository['read']>[2];
type CtdcReadRows = Parameters<CtdcSourceRepository['read']>[3];
import { StatisticsExportFormat, StatisticsExportKind } from './statistics-export.model';
import type { StatisticsExportRepository, StatisticsExportJob } from './statistics-export.repository';
import { StatisticsExportService } from './statistics-export.service';

// The worker's side of an export, with the repository replaced: what it writes to the row, in order.
describe('StatisticsExportService.build', () => {
  const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
  const runtime = { config: { CTDC_K: 11, CTDC_MAX_SUPPRESSED_SHARE: 0.05, CTDC_YEAR_SPAN: 3, STATISTICS_EXPORT_TTL_HOURS: 24 } } as unknown as ServiceRuntime<ReportingConfig>;
  const clock = new SettableClock(new Date('2026-04-01T06:00:00Z'));

  function service(job: StatisticsExportJob | undefined) {
    const writes: Array<[string, unknown]> = [];
    const repository = {
      start: async () => job,
      progress: async (_id: string, value: number) => void writes.push(['progress', value]),
      complete: async (_id: string, file: { contentType: string }) => void writes.push(['complete', file.contentType]),
    } as unknown as StatisticsExportRepository;
    const tables = {
      table: async () => ({ groupBy: ['SEX'], measure: 'IDENTIFICATIONS', from: '2026-03-01', to: '2026-03-31', granularity: 'MONTH', threshold: 10, cells: [], total: 0, totalSuppressed: false }),
    } as unknown as StatisticsTablesPort;
    // Twelve persons of one combination, read in two batches after the plan.
    const key = { year: '2025', sex: 'FEMALE', ageBand: 'AGE_18_20', ageGroup: 'ADULT', citizenshipCountry: 'AL', countryOfExploitation: 'AL' };
    const persons = {
      read: async (_from: string, _to: string, plan: CtdcReadPlan, onRows: CtdcReadRows) => {
        const [group] = await plan([{ key, count: 12 }]);
        const person = { identifiedOn: '2025-01-01', sex: 'FEMALE', ageBand: 'AGE_18_20', ageGroup: 'ADULT', citizenshipCountry: 'AL', meansOfControl: [], recruiterRelations: [], countriesOfExploitation: ['AL'], childAtExploitation: false, exploitationTypes: [] };
        for (const size of [6, 6]) await onRows(Array.from({ length: size }, () => ({ ...person, quasi: group!.quasi })));
      },
    } as unknown as CtdcSourceRepository;
    const built = new StatisticsExportService(repository, persons, tables, {} as StatisticsSnapshotService, clock, runtime);
    return { built, writes };
  }

  it('writes its progress as it goes, then the file', async () => {
    const { built, writes } = service({
      id: ID,
      kind: StatisticsExportKind.TABLE,
      format: StatisticsExportFormat.CSV,
      audience: 'EXPORT',
      parameters: { table: { measure: 'IDENTIFICATIONS', from: '2026-03-01', to: '2026-03-31', groupBy: ['SEX'] } },
      fileName: 'x.csv',
    });
    await expect(built.build(ID)).resolves.toBe('built');
    expect(writes).toEqual([
      ['progress', 10],
      ['progress', 60],
      ['progress', 90],
      ['complete', 'text/csv; charset=utf-8'],
    ]);
  });

  it('builds the CTDC file with its own steps', async () => {
    const { built, writes } = service({
      id: ID,
      kind: StatisticsExportKind.CTDC,
      format: StatisticsExportFormat.XLSX,
      audience: 'EXPORT',
      parameters: { table: { measure: 'IDENTIFICATIONS', from: '2025-01-01', to: '2025-12-31', groupBy: [] } },
      fileName: 'x.xlsx',
    });
    await built.build(ID);
    expect(writes.map(([what, value]) => `${what} ${String(value)}`)).toEqual([
      'progress 10',
      'progress 20',
      'progress 55',
      'progress 89',
      'progress 90',
      'complete application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });

  it('does nothing when the row is not there to build (unknown, finished or expired)', async () => {
    const { built, writes } = service(undefined);
    await expect(built.build(ID)).resolves.toBe('nothing');
    expect(writes).toEqual([]);
  });
});
