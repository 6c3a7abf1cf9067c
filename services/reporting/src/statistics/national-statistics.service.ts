import { Injectable } from '@nestjs/common';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { Clock } from '@nrm/service-kit';
import type { StatisticsPeriodInput, StatisticsInput } from './dto/statistics.input';
import type { OccupancyPoint, OverdueCount, StageDuration, StatisticsFunnel, StatisticsTable } from './national-statistics.model';
import { OverdueDeadlinesClient } from './overdue-deadlines.client';
import { belowThreshold, cellKey, periodsOfYear, suppressYear } from '../disclosure';
import { type FunnelCounts, StatisticsFactsRepository } from './statistics-facts.repository';
import { type CountedPeriod, isoDate, monthsOf, periodsOfMonth } from './statistics-period';
import { FunnelStage, PeriodGranularity, type StatisticsAudience, StatisticsMeasure } from './statistics.enums';
import { StatisticsTables } from './statistics-tables';

/** Who sees exact figures: ra_head, for operational management (docs/domain.md §5). */
export function audienceOf(principal: Principal): Exclude<StatisticsAudience, 'EXPORT'> {
  return principal.roles.includes(Role.RA_HEAD) ? 'EXACT' : 'APP';
}

/**
 * National statistics for the API (docs/statistics.md, Queries). Tables come from StatisticsTables. The funnel's
 * stages add up over time (a quarter's cohort is its months'), so each stage gets the tables' complementary
 * suppression over the months, quarters and year of its year (`funnelPattern`). Durations, occupancy and overdue
 * items get primary suppression: a figure below the threshold and above zero is withheld, and a duration is withheld
 * when it rests on fewer persons than the threshold (a median of three persons is nearly their own figures).
 */
@Injectable()
export class NationalStatisticsService {
  /** Each year's funnel pattern, per threshold (`funnelYearPattern`). */
  private readonly funnelPatterns = new Map<string, FunnelYearPattern>();

  constructor(
    private readonly tables: StatisticsTables,
    private readonly facts: StatisticsFactsRepository,
    private readonly overdue: OverdueDeadlinesClient,
    private readonly clock: Clock,
  ) {}

  table(principal: Principal, input: StatisticsInput): Promise<StatisticsTable> {
    return this.tables.table({
      measure: input.measure ?? StatisticsMeasure.IDENTIFICATIONS,
      from: isoDate(input.from),
      to: isoDate(input.to),
      groupBy: input.groupBy,
      audience: audienceOf(principal),
    });
  }

  async funnel(principal: Principal, input: StatisticsPeriodInput): Promise<StatisticsFunnel> {
    const audience = audienceOf(principal);
    const period = this.tables.periodFor(isoDate(input.from), isoDate(input.to), audience);
    const threshold = this.tables.thresholdFor(audience);
    const [counts, durations, hidden] = await Promise.all([
      this.facts.funnel(period.from, period.to),
      this.facts.stageDurations(period.from, period.to),
      audience === 'EXACT' ? new Set<FunnelStage>() : this.funnelPattern(period, threshold),
    ]);
    const steps = FUNNEL_STAGES.map(([stage, field]) => ({ stage, ...guarded(counts[field], threshold, hidden.has(stage)) }));
    const byStage = new Map(durations.map((row) => [row.stage, row]));
    const stages = [FunnelStage.REFERRED, FunnelStage.ACCEPTED, FunnelStage.FORMAL_ID_REQUESTED, FunnelStage.OUTCOME] as const;
    return {
      from: period.from,
      to: period.to,
      granularity: period.granularity,
      threshold,
      steps,
      durations: stages.map((stage): StageDuration => {
        const row = byStage.get(stage);
        const count = row?.count ?? 0;
        const few = belowThreshold(count, threshold);
        // The persons a duration rests on are (nearly) the stage's count: withheld with it.
        const suppressed = few || hidden.has(stage);
        return {
          stage,
          count: suppressed ? null : count,
          medianDays: few || !row ? null : round(row.medianDays),
          p90Days: few || !row ? null : round(row.p90Days),
          suppressed,
        };
      }),
    };
  }

  /**
   * The stages withheld in a snapped period (docs/statistics.md, "Disclosure control"): each stage's counts over the
   * months, quarters and year of the period's year form one small cube of the same shape as a table's grand total, and
   * get the same complementary suppression, so that no suppressed month can be had by subtracting the published months
   * of its quarter or year from it; so do the differences between nested stages (identified less referred, referred
   * less accepted…), a count of persons wherever both are published. IDENTIFIED is the IDENTIFICATIONS tables' grand
   * total: it takes their pattern as it is (it already satisfies the rule over time), so the funnel and the tables never
   * publish what the other withholds.
   */
  private async funnelPattern(period: CountedPeriod, threshold: number): Promise<Set<FunnelStage>> {
    const year = Number(period.from.slice(0, 4));
    const periodKey = period.key ?? String(year);
    const pattern = await this.funnelYearPattern(year, threshold);
    return new Set(FUNNEL_STAGES.map(([stage]) => stage).filter((stage) => pattern.withheld.has(`${stage} ${periodKey}`)));
  }

  /**
   * A year's funnel pattern (`stage period` of every withheld figure), kept until the year's funnel version or its
   * identifications pattern changes. Like the tables: the version is read before and after the counts, and the whole
   * read repeated when it moved, so a pattern is never kept under a version its counts are not of.
   */
  private async funnelYearPattern(year: number, threshold: number): Promise<FunnelYearPattern> {
    const cacheKey = `${year}:${threshold}`;
    for (let attempt = 1; ; attempt++) {
      const [version, identifications] = await Promise.all([this.facts.yearVersion('FUNNEL', year), this.tables.pattern(StatisticsMeasure.IDENTIFICATIONS, year, 'APP')]);
      const cached = this.funnelPatterns.get(cacheKey);
      if (cached && cached.version === version && cached.identifications === identifications.version) return cached;
      const months = await this.facts.funnelByMonth(year);
      const periods = periodsOfYear(year);
      const sumsOf = (field: keyof FunnelCounts) => {
        const sums = new Map<string, number>(periods.map((key) => [key, 0]));
        for (const month of months) for (const key of periodsOfMonth(`${month.month}-01`)) sums.set(key, sums.get(key)! + month[field]);
        return sums;
      };
      const counts = new Map(FUNNEL_STAGES.map(([stage, field]) => [stage, sumsOf(field)]));
      // IDENTIFIED is the IDENTIFICATIONS tables' grand total: withheld exactly where they withhold it.
      const stageWithheld = new Map(FUNNEL_STAGES.map(([stage]) => [stage, new Set<string>()]));
      for (const key of periods) if (identifications.suppressed.has(grandTotalKey(key))) stageWithheld.get(FunnelStage.IDENTIFIED)!.add(key);
      // A later stage is a part of an earlier one (every stage of IDENTIFIED; ACCEPTED of REFERRED and OUTCOME of
      // FORMAL_ID_REQUESTED as far as the data nest them in every period), so where both are published their difference
      // is a count of persons too (identified but not referred, referred but not accepted).
      const differences = FUNNEL_PARTS.map(([whole, part]) => ({
        whole,
        part,
        counts: new Map(periods.map((key) => [key, counts.get(whole)!.get(key)! - counts.get(part)!.get(key)!])),
      })).filter((difference) => [...difference.counts.values()].every((count) => count >= 0));
      // Until nothing changes: each difference over the year's periods (unknown wherever either stage is withheld),
      // then each stage's counts, protected over time like a table's grand total; a withheld difference withholds the
      // later stage. The differences go first, so a period they withhold can serve as the stage's complement.
      for (let changed = true; changed; ) {
        changed = false;
        const withhold = (stage: FunnelStage, key: string) => {
          const set = stageWithheld.get(stage)!;
          if (!set.has(key)) {
            set.add(key);
            changed = true;
          }
        };
        for (const { whole, part, counts: difference } of differences) {
          const unknown = new Set([...stageWithheld.get(whole)!, ...stageWithheld.get(part)!]);
          for (const key of suppressedPeriods(year, difference, threshold, unknown)) if (!unknown.has(key)) withhold(part, key);
        }
        for (const [stage] of FUNNEL_STAGES) {
          if (stage === FunnelStage.IDENTIFIED) continue;
          for (const key of suppressedPeriods(year, counts.get(stage)!, threshold, stageWithheld.get(stage)!)) withhold(stage, key);
        }
      }
      const withheld = new Set<string>();
      for (const [stage, keys] of stageWithheld) for (const key of keys) withheld.add(`${stage} ${key}`);
      const computed = { version, identifications: identifications.version, withheld };
      if ((await this.facts.yearVersion('FUNNEL', year)) === version || attempt >= MAX_PATTERN_ATTEMPTS) {
        this.funnelPatterns.set(cacheKey, computed);
        return computed;
      }
    }
  }

  async occupancy(principal: Principal, input: StatisticsPeriodInput): Promise<OccupancyPoint[]> {
    const audience = audienceOf(principal);
    const period = this.tables.periodFor(isoDate(input.from), isoDate(input.to), audience);
    const months = monthsOf(period);
    const threshold = this.tables.thresholdFor(audience);
    const points = await this.facts.occupancyAtMonthEnds(months[0]!, months[months.length - 1]!, this.clock.now());
    // An exact range counts the month ends inside it; a snapped one every month end of its period.
    const inside = period.granularity === PeriodGranularity.EXACT ? points.filter((point) => point.date >= period.from && point.date <= period.to) : points;
    return inside.map((point) => {
      const { count, suppressed } = guarded(point.occupied, threshold);
      return { date: point.date, occupied: count, suppressed };
    });
  }

  async overdueItems(principal: Principal, request: AuthenticatedRequest): Promise<OverdueCount[]> {
    const threshold = this.tables.thresholdFor(audienceOf(principal));
    const counts = await this.overdue.overdueCounts(request);
    return counts
      .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
      .map((row) => ({ kind: row.kind, ...guarded(row.count, threshold) }));
  }
}

/**
 * The periods of a year's series (the year, its quarters, its months → count) withheld by the tables' complementary
 * suppression over time, `base` withheld from the start.
 */
function suppressedPeriods(year: number, counts: ReadonlyMap<string, number>, threshold: number, base: ReadonlySet<string>): string[] {
  const cube = { year, multiValued: new Set<string>(), cells: [...counts].map(([period, count]) => ({ period, dims: [], values: [], count })) };
  const suppressed = suppressYear(cube, threshold, new Set([...base].map(grandTotalKey))).suppressed;
  return periodsOfYear(year).filter((key) => suppressed.has(grandTotalKey(key)));
}

/** The key of a period's grand total. */
function grandTotalKey(period: string): string {
  return cellKey({ period, dims: [], values: [] });
}

interface FunnelYearPattern {
  version: number;
  identifications: number;
  withheld: ReadonlySet<string>;
}

/** How often a funnel pattern is computed again when the data changed under it; past that, the threshold check still holds. */
const MAX_PATTERN_ATTEMPTS = 3;

/** The funnel's stages and the count each one reads. */
const FUNNEL_STAGES = [
  [FunnelStage.IDENTIFIED, 'identified'],
  [FunnelStage.REFERRED, 'referred'],
  [FunnelStage.ACCEPTED, 'accepted'],
  [FunnelStage.FORMAL_ID_REQUESTED, 'formalRequested'],
  [FunnelStage.OUTCOME, 'outcome'],
] as const satisfies ReadonlyArray<readonly [FunnelStage, keyof FunnelCounts]>;

/** Pairs (whole, part) of funnel stages whose difference is a count of persons when the part nests in the whole. */
const FUNNEL_PARTS: ReadonlyArray<readonly [FunnelStage, FunnelStage]> = [
  [FunnelStage.IDENTIFIED, FunnelStage.REFERRED],
  [FunnelStage.IDENTIFIED, FunnelStage.ACCEPTED],
  [FunnelStage.IDENTIFIED, FunnelStage.FORMAL_ID_REQUESTED],
  [FunnelStage.IDENTIFIED, FunnelStage.OUTCOME],
  [FunnelStage.REFERRED, FunnelStage.ACCEPTED],
  [FunnelStage.FORMAL_ID_REQUESTED, FunnelStage.OUTCOME],
];

/** Primary suppression of a figure, or its withholding by a pattern (`withheld`). */
function guarded(count: number, threshold: number, withheld = false): { count: number | null; suppressed: boolean } {
  const suppressed = withheld || belowThreshold(count, threshold);
  return { count: suppressed ? null : count, suppressed };
}

/** Days to two decimals: finer is noise, and the answer stays stable across runs. */
function round(days: number | null): number | null {
  return days === null ? null : Math.round(days * 100) / 100;
}
