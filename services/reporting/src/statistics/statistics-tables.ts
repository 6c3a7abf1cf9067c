import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from '@nrm/logging';
import { LOGGER, SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import type { ReportingConfig } from '../config';
import { belowThreshold, cellKey, type CubeCell, suppressYear, type YearCube } from '../disclosure';
import type { StatisticsCell, StatisticsTable } from './national-statistics.model';
import { StatisticsFactsRepository } from './statistics-facts.repository';
import { type CountedPeriod, isCalendarDate, isWholeMonths, monthsOf, oneYearAfter, periodsOfMonth, snapPeriod } from './statistics-period';
import { Dimension, MULTI_VALUED, PeriodGranularity, type StatisticsAudience, StatisticsMeasure } from './statistics.enums';
import { StatisticsException, StatisticsExceptionCode } from './statistics.exception';

/** What a table is asked for; `from` and `to` are dates of the Tirana calendar (YYYY-MM-DD), both included. */
export interface StatisticsTableRequest {
  measure: StatisticsMeasure;
  from: string;
  to: string;
  groupBy: readonly Dimension[];
  audience: StatisticsAudience;
}

/** At most this many dimensions at once; ra_head's exact figures may add one more (docs/statistics.md, Queries). */
export const MAX_DIMENSIONS = 2;
export const MAX_EXACT_DIMENSIONS = 3;
/** How often a table is read again when the data changed under it; past that, the threshold check still holds. */
const MAX_READ_ATTEMPTS = 3;

interface Pattern {
  version: number;
  suppressed: ReadonlySet<string>;
}

/**
 * National statistics tables (docs/statistics.md): the one place a table is computed, for the API (`APP`, or `EXACT`
 * for ra_head) and for exports and snapshots (`EXPORT`). Figures for everyone but EXACT are counted over a snapped
 * period and carry the disclosure pattern of their whole year, computed once per measure, year, threshold and data
 * version over every 0-, 1- and 2-dimension table of the year's 17 periods, and kept in memory until the year's data
 * changes (every replica computes the same pattern from the same data).
 */
@Injectable()
export class StatisticsTables {
  private readonly patterns = new Map<string, Promise<Pattern>>();
  private readonly appThreshold: number;
  private readonly exportThreshold: number;
  private readonly exactLimits: { exactBudget: number; exactRounds: number };

  constructor(
    private readonly facts: StatisticsFactsRepository,
    @Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<ReportingConfig>,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.appThreshold = runtime.config.STATISTICS_THRESHOLD;
    this.exportThreshold = runtime.config.STATISTICS_EXPORT_THRESHOLD;
    this.exactLimits = { exactBudget: runtime.config.STATISTICS_EXACT_BUDGET, exactRounds: runtime.config.STATISTICS_EXACT_ROUNDS };
  }

  /** The threshold an audience's figures are suppressed at; 0 for exact figures. */
  thresholdFor(audience: StatisticsAudience): number {
    return audience === 'EXACT' ? 0 : audience === 'APP' ? this.appThreshold : this.exportThreshold;
  }

  /**
   * The period a request counts: exact for EXACT; otherwise the smallest calendar month, quarter or year containing
   * it. Refuses (BAD_USER_INPUT naming `input.to`) a range that ends before it starts, or, but for EXACT, that lasts a
   * year or more or crosses a new year (no single period contains it).
   */
  periodFor(from: string, to: string, audience: StatisticsAudience): CountedPeriod {
    if (!isCalendarDate(from)) throw invalid('input.from', 'input.from must be a date (YYYY-MM-DD)');
    if (!isCalendarDate(to)) throw invalid('input.to', 'input.to must be a date (YYYY-MM-DD)');
    if (to < from) throw invalid('input.to', 'input.to is before input.from');
    if (audience === 'EXACT') return { from, to, granularity: PeriodGranularity.EXACT };
    if (to >= oneYearAfter(from)) throw invalid('input.to', 'input.to: the range is longer than a year; ask for each year');
    const period = snapPeriod(from, to);
    if (!period) throw invalid('input.to', 'input.to: the range must lie within one calendar year; ask for each year');
    return period;
  }

  async table(request: StatisticsTableRequest): Promise<StatisticsTable> {
    const { measure, audience } = request;
    const groupBy = [...request.groupBy];
    if (new Set(groupBy).size !== groupBy.length) throw invalid('input.groupBy', 'input.groupBy names a dimension twice');
    if (groupBy.some((dimension) => !Object.values(Dimension).includes(dimension))) throw invalid('input.groupBy', 'input.groupBy names an unknown dimension');
    const limit = audience === 'EXACT' ? MAX_EXACT_DIMENSIONS : MAX_DIMENSIONS;
    if (groupBy.length > limit) throw invalid('input.groupBy', `input.groupBy: at most ${limit} dimensions`);
    const period = this.periodFor(request.from, request.to, audience);
    const base = { groupBy, measure, from: period.from, to: period.to, granularity: period.granularity, threshold: this.thresholdFor(audience) };

    if (audience === 'EXACT' && (groupBy.length > MAX_DIMENSIONS || !isWholeMonths(period.from, period.to))) {
      const exact = await this.facts.exactCells(measure, groupBy, period.from, period.to);
      return { ...base, cells: sortCells(exact.cells.map((cell) => ({ ...cell, suppressed: false }))), total: exact.total, totalSuppressed: false };
    }

    const months = monthsOf(period);
    const first = months[0]!;
    const last = months[months.length - 1]!;
    const sorted = [...groupBy].sort();
    // The aggregate's values are in sorted dimension order; the answer's in the order asked for.
    const order = groupBy.map((dimension) => sorted.indexOf(dimension));
    if (audience === 'EXACT') {
      await this.facts.refreshMonths(measure, first, last);
      const [cells, total] = await Promise.all([this.facts.summedCells(measure, sorted, first, last), this.facts.summedCells(measure, [], first, last)]);
      return {
        ...base,
        cells: sortCells(cells.map((cell) => ({ values: order.map((index) => cell.values[index]!), count: cell.count, suppressed: false }))),
        total: total[0]?.count ?? 0,
        totalSuppressed: false,
      };
    }

    const year = Number(period.from.slice(0, 4));
    const key = period.key!;
    const { pattern, cells, total } = await this.cellsWithPattern(measure, year, audience, sorted, first, last);
    // The pattern always covers a small cell; the check only makes sure no figure below the threshold ever leaves.
    const hidden = (dims: string[], values: string[], count: number) =>
      pattern.suppressed.has(cellKey({ period: key, dims, values })) || belowThreshold(count, base.threshold);
    const totalCount = total[0]?.count ?? 0;
    const totalSuppressed = hidden([], [], totalCount);
    return {
      ...base,
      cells: sortCells(
        cells.map((cell) => {
          const suppressed = hidden(sorted, cell.values, cell.count);
          return { values: order.map((index) => cell.values[index]!), count: suppressed ? null : cell.count, suppressed };
        }),
      ),
      total: totalSuppressed ? null : totalCount,
      totalSuppressed,
    };
  }

  /**
   * The year's pattern and the table's sums from the same data version: a refresh committed between reading the
   * pattern and the sums (another reader recomputing a month a write touched) would pair new figures with an old
   * pattern, so the version is read again after the sums and the whole read repeated when it moved.
   */
  private async cellsWithPattern(measure: StatisticsMeasure, year: number, audience: Exclude<StatisticsAudience, 'EXACT'>, dims: string[], first: string, last: string) {
    for (let attempt = 1; ; attempt += 1) {
      const pattern = await this.pattern(measure, year, audience);
      const [cells, total] = await Promise.all([this.facts.summedCells(measure, dims, first, last), this.facts.summedCells(measure, [], first, last)]);
      if (attempt >= MAX_READ_ATTEMPTS || (await this.facts.yearVersion(measure, year)) === pattern.version) return { pattern, cells, total };
    }
  }

  /**
   * The suppressed cells of a measure's year for an audience: refreshes the year's stale months, then reuses the
   * pattern of the current data version or computes it. EXPORT starts from APP's pattern and only adds to it.
   */
  async pattern(measure: StatisticsMeasure, year: number, audience: Exclude<StatisticsAudience, 'EXACT'>): Promise<Pattern> {
    await this.facts.refreshMonths(measure, `${year}-01-01`, `${year}-12-01`);
    const version = await this.facts.yearVersion(measure, year);
    const cacheKey = `${measure}:${year}:${audience}`;
    const cached = this.patterns.get(cacheKey);
    if (cached) {
      const pattern = await cached.catch(() => null);
      if (pattern && pattern.version === version) return pattern;
    }
    const computing = (async (): Promise<Pattern> => {
      const base = audience === 'EXPORT' ? (await this.pattern(measure, year, 'APP')).suppressed : undefined;
      const cube = await this.yearCube(measure, year);
      const result = suppressYear(cube, this.thresholdFor(audience), base, this.exactLimits);
      if (result.exact === false) {
        // Codes and counts only: the pattern still covers every small cell, but some may be worked out from the rest.
        this.logger.warn(
          { measure, year, audience, cells: cube.cells.length, suppressed: result.suppressed.size, exactRounds: result.exactRounds, repaired: result.repaired },
          'statistics disclosure: the exact check stopped before it finished; the pattern is the group rule\'s and what it added',
        );
      }
      return { version, suppressed: result.suppressed };
    })();
    this.patterns.set(cacheKey, computing);
    return computing;
  }

  /** Every 0-, 1- and 2-dimension cell of the year's months, quarters and the year itself. */
  async yearCube(measure: StatisticsMeasure, year: number): Promise<YearCube> {
    const rows = await this.facts.monthCellsOfYear(measure, year);
    const cells = new Map<string, CubeCell>();
    const dimensionValues: Record<string, Set<string>> = {};
    for (const row of rows) {
      for (const period of periodsOfMonth(`${row.month}-01`)) {
        const cell = { period, dims: row.dims, values: row.values, count: row.count };
        const key = cellKey(cell);
        const existing = cells.get(key);
        if (existing) existing.count += row.count;
        else cells.set(key, cell);
      }
      if (row.dims.length === 1) (dimensionValues[row.dims[0]!] ??= new Set()).add(row.values[0]!);
    }
    return {
      year,
      multiValued: MULTI_VALUED,
      cells: [...cells.values()],
      dimensionValues: Object.fromEntries(Object.entries(dimensionValues).map(([dimension, values]) => [dimension, [...values].sort()])),
    };
  }
}

function invalid(field: string, message: string): StatisticsException {
  return new StatisticsException(StatisticsExceptionCode.INVALID_INPUT, message, [field]);
}

function sortCells(cells: StatisticsCell[]): StatisticsCell[] {
  return cells.sort((a, b) => {
    const left = a.values.join('\u0000');
    const right = b.values.join('\u0000');
    return left < right ? -1 : left > right ? 1 : 0;
  });
}
