import { Injectable } from '@nestjs/common';
import type { AuthenticatedRequest, Principal } from '@nrm/auth';
import { Role } from '@nrm/domain';
import { Clock } from '@nrm/service-kit';
import type { StatisticsPeriodInput, StatisticsInput } from './dto/statistics.input';
import type { OccupancyPoint, OverdueCount, StageDuration, StatisticsFunnel, StatisticsTable } from './national-statistics.model';
import { OverdueDeadlinesClient } from './overdue-deadlines.client';
import { StatisticsFactsRepository } from './statistics-facts.repository';
import { isoDate, monthsOf } from './statistics-period';
import { FunnelStage, PeriodGranularity, type StatisticsAudience, StatisticsMeasure } from './statistics.enums';
import { StatisticsTables } from './statistics-tables';

/** Who sees exact figures: ra_head, for operational management (docs/domain.md §5). */
export function audienceOf(principal: Principal): Exclude<StatisticsAudience, 'EXPORT'> {
  return principal.roles.includes(Role.RA_HEAD) ? 'EXACT' : 'APP';
}

/**
 * National statistics for the API (docs/statistics.md, Queries). Tables come from StatisticsTables; the funnel, its
 * durations, occupancy and overdue items are not additive tables, so they get primary suppression only: a figure
 * below the threshold and above zero is withheld, and a duration is withheld when it rests on fewer persons than the
 * threshold (a median of three persons is nearly their own figures).
 */
@Injectable()
export class NationalStatisticsService {
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
    const [counts, durations] = await Promise.all([this.facts.funnel(period.from, period.to), this.facts.stageDurations(period.from, period.to)]);
    const steps = [
      { stage: FunnelStage.IDENTIFIED, count: counts.identified },
      { stage: FunnelStage.REFERRED, count: counts.referred },
      { stage: FunnelStage.ACCEPTED, count: counts.accepted },
      { stage: FunnelStage.FORMAL_ID_REQUESTED, count: counts.formalRequested },
      { stage: FunnelStage.OUTCOME, count: counts.outcome },
    ].map((step) => ({ stage: step.stage, ...guarded(step.count, threshold) }));
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
        const hidden = count > 0 && count < threshold;
        return {
          stage,
          count: hidden ? null : count,
          medianDays: hidden || !row ? null : round(row.medianDays),
          p90Days: hidden || !row ? null : round(row.p90Days),
          suppressed: hidden,
        };
      }),
    };
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

/** Primary suppression of a lone figure. */
function guarded(count: number, threshold: number): { count: number | null; suppressed: boolean } {
  const suppressed = count > 0 && count < threshold;
  return { count: suppressed ? null : count, suppressed };
}

/** Days to two decimals: finer is noise, and the answer stays stable across runs. */
function round(days: number | null): number | null {
  return days === null ? null : Math.round(days * 100) / 100;
}
