/**
 * What the exports and the snapshots need of the table computation (docs/statistics.md, Queries and Disclosure
 * control): one table of one measure over one period, with the pattern of the audience it is for. `StatisticsTables`
 * (statistics/statistics-tables.ts) implements it; this port keeps the exports and the snapshots independent of how.
 */
export type StatisticsAudience = 'EXACT' | 'APP' | 'EXPORT';

export interface StatisticsTableRequest {
  measure: string;
  /** YYYY-MM-DD. */
  from: string;
  /** YYYY-MM-DD, inclusive. */
  to: string;
  groupBy: string[];
  audience: StatisticsAudience;
}

export interface StatisticsTableCell {
  values: string[];
  count: number | null;
  suppressed: boolean;
}

export interface StatisticsTableResult {
  groupBy: string[];
  measure: string;
  from: string;
  to: string;
  granularity: string;
  threshold: number;
  cells: StatisticsTableCell[];
  total: number | null;
  totalSuppressed: boolean;
}

export abstract class StatisticsTablesPort {
  abstract table(input: StatisticsTableRequest): Promise<StatisticsTableResult>;
}
