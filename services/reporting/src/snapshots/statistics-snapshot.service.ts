import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode, DEFAULT_PAGE_SIZE } from '@nrm/graphql';
import { Clock, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { ReportingConfig } from '../config';
import { StatisticsTablesPort, type StatisticsTableResult } from '../tables/statistics-tables.port';
import { Dimension, StatisticsMeasure } from '../statistics/statistics.enums';
import type { StatisticsSnapshotsArgs } from './dto/statistics-snapshots.args';
import { closedPeriods, type SnapshotPeriod, tiranaDate } from './snapshot-periods';
import { StatisticsSnapshotException, StatisticsSnapshotExceptionCode } from './statistics-snapshot.exception';
import type { StatisticsSnapshot, StatisticsSnapshotTable } from './statistics-snapshot.model';
import { StatisticsSnapshotRepository } from './statistics-snapshot.repository';

/** Every one- and two-dimension grouping, each pair once in the order of the Dimension enum. */
export function snapshotGroupings(): string[][] {
  const dimensions = Object.values(Dimension) as string[];
  const pairs = dimensions.flatMap((first, index) => dimensions.slice(index + 1).map((second) => [first, second]));
  return [...dimensions.map((dimension) => [dimension]), ...pairs];
}

export function tableKey(measure: string, groupBy: readonly string[]): string {
  return `${measure}|${groupBy.join('+')}`;
}

/** A stored table, its cells in a fixed order so the same figures always hash the same. */
function storedTable(table: StatisticsTableResult): StatisticsSnapshotTable {
  const cells = table.cells
    .map((cell) => ({ values: [...cell.values], count: cell.count, suppressed: cell.suppressed }))
    .sort((a, b) => a.values.join('\u001f').localeCompare(b.values.join('\u001f')));
  return {
    key: tableKey(table.measure, table.groupBy),
    measure: table.measure,
    groupBy: [...table.groupBy],
    from: table.from,
    to: table.to,
    granularity: table.granularity,
    threshold: table.threshold,
    cells,
    total: table.total,
    totalSuppressed: table.totalSuppressed,
  };
}

/** What differs between two revisions' tables: the keys changed, added and removed. */
export function revisionNote(previous: readonly StatisticsSnapshotTable[], next: readonly StatisticsSnapshotTable[]): string {
  const before = new Map(previous.map((table) => [table.key, JSON.stringify(table)]));
  const after = new Map(next.map((table) => [table.key, JSON.stringify(table)]));
  const changed = [...after].filter(([key, json]) => before.has(key) && before.get(key) !== json).map(([key]) => key);
  const added = [...after.keys()].filter((key) => !before.has(key));
  const removed = [...before.keys()].filter((key) => !after.has(key));
  return [
    changed.length ? `Changed: ${changed.join(', ')}` : null,
    added.length ? `Added: ${added.join(', ')}` : null,
    removed.length ? `Removed: ${removed.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join('. ');
}

export interface SnapshotRunResult {
  periods: number;
  stored: number;
}

@Injectable()
export class StatisticsSnapshotService {
  constructor(
    private readonly snapshots: StatisticsSnapshotRepository,
    private readonly tables: StatisticsTablesPort,
    private readonly clock: Clock,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime<ReportingConfig>,
  ) {}

  list(args: StatisticsSnapshotsArgs): Promise<StatisticsSnapshot[]> {
    return this.snapshots.latest(args.first ?? DEFAULT_PAGE_SIZE, args.filter?.periodKind);
  }

  async get(id: string): Promise<StatisticsSnapshot & { tables: StatisticsSnapshotTable[] | null }> {
    const snapshot = await this.snapshots.byId(id);
    if (!snapshot) throw new StatisticsSnapshotException(StatisticsSnapshotExceptionCode.SNAPSHOT_NOT_FOUND, `Statistics snapshot ${id} not found`);
    return snapshot;
  }

  tablesOf(id: string): Promise<StatisticsSnapshotTable[] | null> {
    return this.snapshots.tablesOf(id);
  }

  /**
   * One run of the scheduler: every period closed within STATISTICS_SNAPSHOT_REVISION_MONTHS is computed again and
   * stored when it differs from its latest revision (the first time, or after a late event). Running it twice stores
   * nothing the second time.
   */
  async computeClosedPeriods(): Promise<SnapshotRunResult> {
    const periods = closedPeriods(tiranaDate(this.clock.now()), this.runtime.config.STATISTICS_SNAPSHOT_REVISION_MONTHS);
    let stored = 0;
    for (const period of periods) if (await this.computePeriod(period)) stored += 1;
    return { periods: periods.length, stored };
  }

  /** Computes one period's tables (the export pattern) and stores them as a new revision if they changed. */
  async computePeriod(period: SnapshotPeriod): Promise<{ id: string; revision: number } | undefined> {
    const tables: StatisticsSnapshotTable[] = [];
    for (const measure of Object.values(StatisticsMeasure)) {
      for (const groupBy of snapshotGroupings()) {
        const table = await this.tableOrSkip(measure, groupBy, period);
        if (table) tables.push(storedTable(table));
      }
    }
    const contentHash = createHash('sha256').update(JSON.stringify(tables)).digest('hex');
    return this.snapshots.storeIfChanged({
      period,
      threshold: Math.max(0, ...tables.map((table) => table.threshold)),
      tables,
      contentHash,
      computedAt: this.clock.now(),
      note: (previous) => revisionNote(previous, tables),
    });
  }

  /** A grouping a measure cannot be counted by (BAD_USER_INPUT from the tables) is left out of the snapshot. */
  private async tableOrSkip(measure: string, groupBy: string[], period: SnapshotPeriod): Promise<StatisticsTableResult | undefined> {
    try {
      return await this.tables.table({ measure, groupBy, from: period.from, to: period.to, audience: 'EXPORT' });
    } catch (error) {
      if (error instanceof ApiError && error.code === ApiErrorCode.BAD_USER_INPUT) return undefined;
      if (error instanceof Error && 'apiCode' in error && (error as { apiCode: unknown }).apiCode === ApiErrorCode.BAD_USER_INPUT) return undefined;
      throw error;
    }
  }
}
