import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { badUserInput } from '@nrm/graphql';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { ReportingConfig } from '../config';
import { tiranaDate } from '../snapshots/snapshot-periods';
import { StatisticsSnapshotService } from '../snapshots/statistics-snapshot.service';
import { StatisticsMeasure } from '../statistics/statistics.enums';
import { type CtdcSourceKey, CtdcSourceRepository } from './ctdc/ctdc-source.repository';
import { CTDC_COLUMNS, CTDC_NUMERIC_COLUMNS, ctdcQuasiIdentifiers, ctdcRow } from './ctdc/ctdc-layout';
import { type KAnonymityPlan, kAnonymityPlan, QUASI_IDENTIFIERS } from './ctdc/k-anonymity';
import type { RequestStatisticsExportInput } from './dto/request-statistics-export.input';
import { type ExportFile, type ExportParameter, openRowFile, renderFile, type RowFileWriter, tableRows } from './export-files';
import { StatisticsExportException, StatisticsExportExceptionCode } from './statistics-export.exception';
import { type StatisticsExport, StatisticsExportKind } from './statistics-export.model';
import { type StatisticsExportFile, type StatisticsExportJob, type StatisticsExportParameters, StatisticsExportRepository } from './statistics-export.repository';
import { StatisticsTablesPort } from '../tables/statistics-tables.port';

const DAY_MS = 86_400_000;

/** A date of the input as YYYY-MM-DD: the Date scalar's Date, or its YYYY-MM-DD string as it may arrive nested. */
function isoDate(value: unknown, field: string): string {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text) {
    throw badUserInput([field], `${field} must be a date (YYYY-MM-DD)`);
  }
  return text;
}

/** What the suppression means, in every table file. */
const SUPPRESSION_NOTE =
  'A suppressed cell is empty with suppressed = 1: below the threshold, or hidden so that it cannot be worked out from ' +
  'the totals and other published cells (docs/statistics.md, Disclosure control).';

@Injectable()
export class StatisticsExportService {
  constructor(
    private readonly exports: StatisticsExportRepository,
    private readonly persons: CtdcSourceRepository,
    private readonly tables: StatisticsTablesPort,
    private readonly snapshots: StatisticsSnapshotService,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<ReportingConfig>,
  ) {}

  /** Records the request (its parameters checked) and returns it QUEUED; the caller queues the job after. */
  async request(input: RequestStatisticsExportInput, principal: Principal): Promise<StatisticsExport> {
    const now = this.clock.now();
    await this.exports.deleteExpired(now);
    const exact = principal.roles.includes(Role.RA_HEAD);
    const { parameters, fileName } = await this.parametersOf(input, exact);
    const id = randomUUID();
    return this.exports.insert({
      id,
      requestedBy: principal.subject,
      kind: input.kind,
      format: input.format,
      // The head of the RA sees exact tables in the app and in files; everyone else the export pattern.
      audience: exact && input.kind === StatisticsExportKind.TABLE ? 'EXACT' : 'EXPORT',
      parameters,
      fileName: `${fileName}.${input.format.toLowerCase()}`,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.runtime.config.STATISTICS_EXPORT_TTL_HOURS * 3_600_000),
    });
  }

  async get(id: string, principal: Principal): Promise<StatisticsExport> {
    const found = await this.exports.ofRequester(id, principal.subject, this.clock.now());
    if (!found) throw notFound(id);
    return found;
  }

  /** The built file, for the one who asked for it. */
  async file(id: string, principal: Principal): Promise<StatisticsExportFile> {
    const now = this.clock.now();
    const file = await this.exports.fileOf(id, principal.subject, now);
    if (file) return file;
    if (await this.exports.ofRequester(id, principal.subject, now)) {
      throw new StatisticsExportException(StatisticsExportExceptionCode.EXPORT_NOT_READY, `Statistics export ${id} is not ready`);
    }
    throw notFound(id);
  }

  /** Builds one export (the worker's job); an id that names nothing to build does nothing. */
  async build(id: string): Promise<'built' | 'nothing'> {
    const job = await this.exports.start(id, this.clock.now());
    if (!job) return 'nothing';
    const file = await this.buildFile(job);
    await this.exports.complete(id, file, this.clock.now());
    return 'built';
  }

  /** The export's last attempt failed: it is FAILED, with the error's name only. */
  async failed(id: string): Promise<void> {
    await this.exports.fail(id, 'BUILD_FAILED', this.clock.now());
  }

  private async buildFile(job: StatisticsExportJob): Promise<ExportFile> {
    const progress = (value: number) => this.exports.progress(job.id, value);
    const generatedAt = this.clock.now().toISOString();
    if (job.kind === StatisticsExportKind.CTDC) return this.buildCtdc(job, generatedAt, progress);
    if (job.kind === StatisticsExportKind.SNAPSHOT) {
      const snapshot = await this.snapshots.get(job.parameters.snapshotId as string);
      await progress(50);
      const tables = snapshot.tables ?? [];
      const parameters: ExportParameter[] = [
        { name: 'snapshot', value: `${snapshot.periodKey ?? ''} revision ${snapshot.revision ?? ''}`.trim() },
        { name: 'period', value: `${snapshot.periodStart} to ${snapshot.periodEnd}` },
        { name: 'period kind', value: snapshot.periodKind ?? '' },
        { name: 'computed at', value: snapshot.computedAt.toISOString() },
        { name: 'revision note', value: snapshot.revisionNote ?? '' },
        { name: 'measures', value: [...new Set(tables.map((table) => table.measure))].join(' ') },
        { name: 'dimensions', value: 'every one- and two-dimension table' },
        { name: 'threshold', value: String(snapshot.threshold ?? '') },
        { name: 'generated at', value: generatedAt },
        { name: 'suppression', value: SUPPRESSION_NOTE },
      ];
      const file = await renderFile(job.format, parameters, tableRows(tables));
      await progress(90);
      return file;
    }
    const request = job.parameters.table as NonNullable<StatisticsExportParameters['table']>;
    await progress(10);
    const table = await this.tables.table({ ...request, audience: job.audience });
    await progress(60);
    const parameters: ExportParameter[] = [
      { name: 'period', value: `${table.from} to ${table.to}` },
      { name: 'granularity', value: table.granularity },
      { name: 'dimensions', value: table.groupBy.join(' ') || '(total only)' },
      { name: 'measure', value: table.measure },
      { name: 'threshold', value: job.audience === 'EXACT' ? 'none (exact figures)' : String(table.threshold) },
      { name: 'generated at', value: generatedAt },
      { name: 'suppression', value: job.audience === 'EXACT' ? 'None: exact figures, for the head of the Responsible Authority.' : SUPPRESSION_NOTE },
    ];
    const file = await renderFile(job.format, parameters, tableRows([{ ...table, key: `${table.measure}|${table.groupBy.join('+')}` }]));
    await progress(90);
    return file;
  }

  /**
   * The CTDC file, streamed: k-anonymity decided on the counts of each combination of quasi-identifiers, then the
   * persons read through a cursor a batch at a time and written as they come (docs/statistics.md, The CTDC export in
   * detail), so memory holds one batch and the file, never the year's persons.
   */
  private async buildCtdc(job: StatisticsExportJob, generatedAt: string, progress: (value: number) => Promise<void>): Promise<ExportFile> {
    const { from, to } = job.parameters.table as NonNullable<StatisticsExportParameters['table']>;
    const config = this.runtime.config;
    await progress(10);
    let file: RowFileWriter | undefined;
    let plan: KAnonymityPlan | undefined;
    let written = 0;
    let reported = 20;
    await this.persons.read(
      from,
      to,
      async (groups) => {
        const decided = kAnonymityPlan(
          groups.map((group) => ({ quasi: quasiOf(group.key), count: group.count })),
          { k: config.CTDC_K, maxSuppressedShare: config.CTDC_MAX_SUPPRESSED_SHARE, yearSpan: config.CTDC_YEAR_SPAN },
        );
        plan = decided;
        file = openRowFile(job.format, ctdcParameters(from, to, decided, config.CTDC_K, generatedAt), CTDC_COLUMNS, CTDC_NUMERIC_COLUMNS);
        await progress(20);
        return groups.flatMap((group) => {
          const quasi = decided.apply(quasiOf(group.key));
          return quasi ? [{ key: group.key, quasi }] : [];
        });
      },
      async (persons) => {
        const writer = file as RowFileWriter;
        for (const person of persons) {
          const row = ctdcRow(person, person.quasi);
          await writer.write(CTDC_COLUMNS.map((column) => row[column] ?? ''));
        }
        written += persons.length;
        // 20 → 89 as the rows are written (90 once the file is closed).
        const value = Math.min(89, 20 + Math.floor((70 * written) / Math.max(1, plan?.published ?? 1)));
        if (value > reported) {
          reported = value;
          await progress(value);
        }
      },
    );
    const built = await (file as RowFileWriter).finish();
    await progress(90);
    return built;
  }

  /** The checked parameters of a request and its file's base name (codes and dates only). */
  private async parametersOf(input: RequestStatisticsExportInput, exact: boolean): Promise<{ parameters: StatisticsExportParameters; fileName: string }> {
    if (input.kind === StatisticsExportKind.SNAPSHOT) {
      if (!input.snapshotId) throw badUserInput(['input.snapshotId'], 'A snapshot export names its snapshot');
      const snapshotId = input.snapshotId.toLowerCase();
      const snapshot = await this.snapshots.get(snapshotId).catch(() => undefined);
      if (!snapshot?.periodKey) throw badUserInput(['input.snapshotId'], 'No snapshot with tables has that id');
      return { parameters: { snapshotId }, fileName: `statistics-snapshot-${snapshot.periodKey}-r${snapshot.revision ?? 1}` };
    }
    const table = input.table;
    if (!table) throw badUserInput(['input.table'], `A ${input.kind} export names its period${input.kind === StatisticsExportKind.TABLE ? ' and table' : ''}`);
    const from = isoDate(table.from, 'input.table.from');
    const to = isoDate(table.to, 'input.table.to');
    if (to < from) throw badUserInput(['input.table.to'], 'to is before from');
    if (input.kind === StatisticsExportKind.CTDC) {
      // Whole calendar years that have closed: two files over periods differing by days, or one year taken twice as
      // it fills, would differ by the records of the persons registered in between (docs/statistics.md, Exports).
      const currentYear = tiranaDate(this.clock.now()).slice(0, 4);
      if (to.slice(0, 4) >= currentYear) throw badUserInput(['input.table.to'], 'A CTDC export covers calendar years that have closed');
      const years = { from: `${from.slice(0, 4)}-01-01`, to: `${to.slice(0, 4)}-12-31` };
      return { parameters: { table: { measure: StatisticsMeasure.IDENTIFICATIONS, ...years, groupBy: [] } }, fileName: `ctdc-${years.from}_${years.to}` };
    }
    const groupBy = [...table.groupBy];
    if (new Set(groupBy).size !== groupBy.length) throw badUserInput(['input.table.groupBy'], 'A dimension is named twice');
    if (groupBy.length > (exact ? 3 : 2)) throw badUserInput(['input.table.groupBy'], 'Too many dimensions');
    if (!exact && Date.parse(to) - Date.parse(from) > 366 * DAY_MS) throw badUserInput(['input.table.to'], 'A table covers a year at most');
    const measure = table.measure ?? StatisticsMeasure.IDENTIFICATIONS;
    return { parameters: { table: { measure, from, to, groupBy } }, fileName: `statistics-${measure.toLowerCase()}-${from}_${to}` };
  }
}

/** The quasi-identifiers of a combination as the read model holds it, before any generalisation. */
function quasiOf(key: CtdcSourceKey) {
  return ctdcQuasiIdentifiers({
    identifiedOn: `${key.year}-01-01`,
    sex: key.sex,
    ageBand: key.ageBand,
    ageGroup: key.ageGroup,
    citizenshipCountry: key.citizenshipCountry === '' ? null : key.citizenshipCountry,
    countriesOfExploitation: key.countryOfExploitation === '' ? [] : [key.countryOfExploitation],
  });
}

function ctdcParameters(from: string, to: string, plan: KAnonymityPlan, k: number, generatedAt: string): ExportParameter[] {
  return [
    { name: 'layout', value: 'Counter Trafficking Data Collaborative global dataset, one row per person' },
    { name: 'period', value: `${from} to ${to} (date of identification)` },
    // The rows only: how many persons there were, or were withheld, could be a count below the threshold.
    { name: 'rows', value: String(plan.published) },
    { name: 'k', value: String(k) },
    { name: 'quasi-identifiers', value: QUASI_IDENTIFIERS.join(' ') },
    { name: 'generalised', value: plan.generalisations.join(' ') || 'nothing' },
    { name: 'generated at', value: generatedAt },
    {
      name: 'suppression',
      value:
        'Every combination of the quasi-identifiers occurs in at least k rows; persons still in a smaller group after generalising are withheld. Flags are 1 or 0; -99 where not known or not recorded.',
    },
  ];
}

function notFound(id: string): StatisticsExportException {
  return new StatisticsExportException(StatisticsExportExceptionCode.EXPORT_NOT_FOUND, `Statistics export ${id} not found`);
}
