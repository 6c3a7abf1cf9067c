import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Dimension, SORTED_DIMENSIONS, StatisticsMeasure } from './statistics.enums';

/*
 * Every statement national statistics runs on the read model (docs/statistics.md). Figures come from two places:
 *
 * - `statistics_month_count`, the monthly aggregate: for each measure and month, the count of every 0-, 1- and
 *   2-dimension cell. The fact tables' triggers mark the months a write touched in `statistics_dirty_month`; every
 *   read first recomputes the dirty months it needs (`refreshMonths`), so a fact committed before a query is in its
 *   answer (read your writes) without the writers knowing about the aggregate.
 * - the fact tables themselves, for what the aggregate does not hold: ra_head's exact ranges that are not whole months
 *   or group by three dimensions, the funnel, its durations and shelter occupancy.
 */

/** A cell of the monthly aggregate: `dims` sorted, `values` in the same order. */
export interface MonthCountRow {
  month: string;
  dims: string[];
  values: string[];
  count: number;
}

export interface FunnelCounts {
  identified: number;
  referred: number;
  accepted: number;
  formalRequested: number;
  outcome: number;
}

export interface DurationRow {
  stage: 'REFERRED' | 'ACCEPTED' | 'FORMAL_ID_REQUESTED' | 'OUTCOME';
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

/** One measure's rows: what is counted, on which date, and where its case phase and closure type come from. */
interface MeasureSource {
  /** FROM … WHERE, with the person's facts as `p` (left-joined: a fact whose person row is missing counts as UNKNOWN). */
  from: string;
  /** The date column the measure counts by (a date in the Tirana calendar). */
  date: string;
  /** Case measures take the case's own phase and closure type; person measures the person's. */
  caseColumns: boolean;
}

const PERSON_JOIN = 'LEFT JOIN reporting.person_fact p ON p.person_key = f.person_key';

const SOURCES: Readonly<Record<StatisticsMeasure, MeasureSource>> = {
  [StatisticsMeasure.IDENTIFICATIONS]: { from: 'reporting.person_fact p WHERE p.merged_into IS NULL', date: 'p.identified_on', caseColumns: false },
  [StatisticsMeasure.CONSENT_REFUSALS]: {
    from: 'reporting.person_fact p WHERE p.merged_into IS NULL AND p.consent_refused',
    date: 'p.identified_on',
    caseColumns: false,
  },
  [StatisticsMeasure.REFERRALS]: { from: `reporting.referral_fact f ${PERSON_JOIN} WHERE true`, date: 'f.created_on', caseColumns: false },
  [StatisticsMeasure.CASES_OPENED]: { from: `reporting.case_fact f ${PERSON_JOIN} WHERE true`, date: 'f.opened_on', caseColumns: true },
  [StatisticsMeasure.CASE_CLOSURES]: { from: `reporting.case_fact f ${PERSON_JOIN} WHERE f.closed_on IS NOT NULL`, date: 'f.closed_on', caseColumns: true },
  [StatisticsMeasure.PERMITS_ISSUED]: { from: `reporting.permit_fact f ${PERSON_JOIN} WHERE true`, date: 'f.recorded_on', caseColumns: false },
};

/** The person's latest closure type (person measures' CLOSURE_TYPE), one row per person with a closed case. */
const LATEST_CLOSURE = `LEFT JOIN (SELECT DISTINCT ON (c.person_key) c.person_key, c.closure_type FROM reporting.case_fact c
  WHERE c.closed_at IS NOT NULL ORDER BY c.person_key, c.closed_at DESC) lc ON lc.person_key = p.person_key`;

/** Each single-valued dimension's value; never null, so a null in a grouping set only ever means "not grouped". */
function dimensionColumn(dimension: Dimension, source: MeasureSource): string {
  switch (dimension) {
    case Dimension.SEX:
      return `coalesce(p.sex, 'UNKNOWN')`;
    case Dimension.AGE_GROUP:
      return `coalesce(p.age_group, 'UNKNOWN')`;
    case Dimension.CITIZENSHIP:
      return `coalesce(p.citizenship_group, 'UNKNOWN')`;
    case Dimension.CITIZENSHIP_COUNTRY:
      return `coalesce(p.citizenship_country, 'UNKNOWN')`;
    case Dimension.AGENCY_TYPE:
      return `coalesce(p.agency_type, 'UNKNOWN')`;
    case Dimension.REGION:
      return `coalesce(p.region, 'UNKNOWN')`;
    case Dimension.PLACE_OF_EXPLOITATION:
      return `coalesce(p.place_of_exploitation, 'UNKNOWN')`;
    case Dimension.IDENTIFICATION_STATUS:
      return `coalesce(p.status, 'UNKNOWN')`;
    case Dimension.CASE_PHASE:
      return source.caseColumns ? `coalesce(f.phase, 'NONE')` : `coalesce(p.case_phase, 'NONE')`;
    case Dimension.CLOSURE_TYPE:
      return source.caseColumns ? `coalesce(f.closure_type, 'NONE')` : `coalesce(lc.closure_type, 'NONE')`;
    case Dimension.EXPLOITATION_TYPE:
      return `coalesce(e.exploitation_type, 'UNKNOWN')`;
  }
}

const column = (dimension: Dimension) => dimension.toLowerCase();
const SINGLE_VALUED = SORTED_DIMENSIONS.filter((dimension) => dimension !== Dimension.EXPLOITATION_TYPE);

/**
 * The measure's rows with every dimension as a column (`b.<dimension>`) and `b.day`, the date counted; joined to the
 * exploitation types (one row per type) when `exploitation`.
 */
function baseRelation(measure: StatisticsMeasure, dimensions: readonly Dimension[], exploitation: boolean, where: string): string {
  const source = SOURCES[measure];
  const columns = dimensions.map((dimension) => `${dimensionColumn(dimension, source)} AS ${column(dimension)}`);
  const [fromClause, condition] = source.from.split(' WHERE ');
  const joins = [
    !source.caseColumns && dimensions.includes(Dimension.CLOSURE_TYPE) ? LATEST_CLOSURE : '',
    exploitation ? 'LEFT JOIN reporting.person_exploitation e ON e.person_key = p.person_key' : '',
  ].join(' ');
  return `SELECT ${[`${source.date} AS day`, ...columns].join(', ')} FROM ${fromClause} ${joins} WHERE ${condition} AND ${where}`;
}

/** `ARRAY['A', 'B']` of the dimensions grouped in the current grouping set, sorted; and their values alike. */
function groupingArrays(dimensions: readonly Dimension[]): { dims: string; values: string } {
  const dims = dimensions.map((dimension) => `CASE WHEN GROUPING(b.${column(dimension)}) = 0 THEN '${dimension}' END`);
  const values = dimensions.map((dimension) => `CASE WHEN GROUPING(b.${column(dimension)}) = 0 THEN b.${column(dimension)} END`);
  return { dims: `array_remove(ARRAY[${dims.join(', ')}]::text[], NULL)`, values: `array_remove(ARRAY[${values.join(', ')}]::text[], NULL)` };
}

function pairs<T>(items: readonly T[]): T[][] {
  return items.flatMap((first, index) => items.slice(index + 1).map((second) => [first, second]));
}

/**
 * The monthly aggregate's statements for one measure: single-valued (0, 1, 2 dims) and exploitation-type tables. The
 * rows are first counted per month and whole tuple of dimensions (one pass, each expression evaluated once per row),
 * then the grouping sets sum those counts: far fewer rows than facts to hash once per grouping set.
 */
function refreshStatements(measure: StatisticsMeasure): string[] {
  const date = SOURCES[measure].date;
  const window = `${date} >= $2::date AND ${date} < ($3::date + interval '1 month') AND date_trunc('month', ${date})::date = ANY($4::date[])`;
  const x = column(Dimension.EXPLOITATION_TYPE);
  const singleSets = [[], ...SINGLE_VALUED.map((dimension) => [dimension]), ...pairs(SINGLE_VALUED)].map((set) => set.map(column));
  const multiSets = [[x], ...SINGLE_VALUED.map((dimension) => [x, column(dimension)])];
  const sets = (list: string[][]) => list.map((set) => `(${set.map((name) => `b.${name}`).join(', ')})`).join(', ');
  const insert = (dimensions: readonly Dimension[], exploitation: boolean, groupingSets: string) => {
    const arrays = groupingArrays(dimensions);
    const columns = dimensions.map((dimension) => `t.${column(dimension)}`).join(', ');
    return `INSERT INTO reporting.statistics_month_count (measure, month, dims, dim_values, count)
     WITH b AS MATERIALIZED (
       SELECT date_trunc('month', t.day)::date AS month, ${columns}, count(*)::int AS n
       FROM (${baseRelation(measure, dimensions, exploitation, window)}) t GROUP BY 1, ${columns}
     )
     SELECT $1, b.month, ${arrays.dims}, ${arrays.values}, sum(b.n) FROM b
     GROUP BY b.month, GROUPING SETS (${groupingSets})`;
  };
  return [insert(SINGLE_VALUED, false, sets(singleSets)), insert(SORTED_DIMENSIONS, true, sets(multiSets))];
}

const REFRESH = Object.fromEntries(Object.values(StatisticsMeasure).map((measure) => [measure, refreshStatements(measure)])) as Record<
  StatisticsMeasure,
  string[]
>;

/** A recompute of this many months or more refreshes the aggregate's planner statistics. */
const ANALYZE_AFTER_MONTHS = 6;

@Injectable()
export class StatisticsFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Brings the aggregate's months in [firstMonth, lastMonth] of one measure up to date: recomputes each month a write
   * marked dirty and bumps the version of its year. Serialised per measure (an advisory lock), so a second reader waits
   * for the first and then finds nothing left to do. Returns the years whose figures changed.
   */
  async refreshMonths(measure: StatisticsMeasure, firstMonth: string, lastMonth: string): Promise<number[]> {
    const pending: Array<{ exists: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM reporting.statistics_dirty_month WHERE measure = $1 AND month BETWEEN $2 AND $3) AS exists`,
      [measure, firstMonth, lastMonth],
    );
    if (!pending[0]?.exists) return [];
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reporting.statistics_month_count'), hashtext($1))`, [measure]);
      const dirty: Array<{ month: string }> = await manager.query(
        `WITH taken AS (DELETE FROM reporting.statistics_dirty_month WHERE measure = $1 AND month BETWEEN $2 AND $3 RETURNING month)
         SELECT to_char(month, 'YYYY-MM-DD') AS month FROM taken`,
        [measure, firstMonth, lastMonth],
      );
      if (dirty.length === 0) return [];
      const months = dirty.map((row) => row.month).sort();
      await this.recompute(manager, measure, months);
      const years = [...new Set(months.map((month) => Number(month.slice(0, 4))))];
      await manager.query(
        `INSERT INTO reporting.statistics_year_version (measure, year, version) SELECT $1, y, 1 FROM unnest($2::int[]) y
         ON CONFLICT (measure, year) DO UPDATE SET version = reporting.statistics_year_version.version + 1`,
        [measure, years],
      );
      return years;
    });
  }

  private async recompute(manager: EntityManager, measure: StatisticsMeasure, months: string[]): Promise<void> {
    // Many grouping sets hashed at once: a bigger work_mem keeps them in memory for this transaction only.
    await manager.query(`SET LOCAL work_mem = '256MB'`);
    await manager.query(`DELETE FROM reporting.statistics_month_count WHERE measure = $1 AND month = ANY($2::date[])`, [measure, months]);
    const parameters = [measure, months[0], months[months.length - 1], months];
    for (const statement of REFRESH[measure]) await manager.query(statement, parameters);
    // After a bulk recompute (a rebuild, a first query) the planner's row estimates of the aggregate are stale.
    if (months.length >= ANALYZE_AFTER_MONTHS) await manager.query(`ANALYZE reporting.statistics_month_count`);
  }

  /**
   * The data version of a measure's year: bumped whenever a refresh changed one of its months; for FUNNEL, by every
   * write to the year's persons (a trigger, in the writer's transaction).
   */
  async yearVersion(measure: StatisticsMeasure | 'FUNNEL', year: number): Promise<number> {
    const rows: Array<{ version: string }> = await this.dataSource.query(
      `SELECT version FROM reporting.statistics_year_version WHERE measure = $1 AND year = $2`,
      [measure, year],
    );
    return rows[0] ? Number(rows[0].version) : 0;
  }

  /** Sums of the aggregate over whole months: the cells of one table (`dims` sorted; `[]` for the total). */
  async summedCells(measure: StatisticsMeasure, dims: readonly string[], firstMonth: string, lastMonth: string): Promise<Array<{ values: string[]; count: number }>> {
    const rows: Array<{ values: string[]; count: number }> = await this.dataSource.query(
      `SELECT dim_values AS values, sum(count)::int AS count FROM reporting.statistics_month_count
       WHERE measure = $1 AND dims = $2::text[] AND month BETWEEN $3 AND $4 GROUP BY dim_values`,
      [measure, dims, firstMonth, lastMonth],
    );
    return rows;
  }

  /** Every cell of every month of a year (the disclosure pattern's input). */
  async monthCellsOfYear(measure: StatisticsMeasure, year: number): Promise<MonthCountRow[]> {
    const rows: Array<{ month: string; dims: string[]; values: string[]; count: number }> = await this.dataSource.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, dims, dim_values AS values, count FROM reporting.statistics_month_count
       WHERE measure = $1 AND month >= make_date($2, 1, 1) AND month < make_date($2 + 1, 1, 1)`,
      [measure, year],
    );
    return rows;
  }

  /**
   * Counts straight from the fact tables over any range and up to three dimensions (ra_head's exact figures): the cells
   * (values in the order of `groupBy`) and the total, counted without the exploitation types' repetition.
   */
  async exactCells(measure: StatisticsMeasure, groupBy: readonly Dimension[], from: string, to: string): Promise<{ cells: Array<{ values: string[]; count: number }>; total: number }> {
    const exploitation = groupBy.includes(Dimension.EXPLOITATION_TYPE);
    const window = `${SOURCES[measure].date} BETWEEN $1::date AND $2::date`;
    const totalRows: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM (${baseRelation(measure, [], false, window)}) b`,
      [from, to],
    );
    const total = totalRows[0]?.count ?? 0;
    if (groupBy.length === 0) return { cells: total > 0 ? [{ values: [], count: total }] : [], total };
    const columns = groupBy.map((dimension) => `b.${column(dimension)}`);
    const cells: Array<{ values: string[]; count: number }> = await this.dataSource.query(
      `SELECT ARRAY[${columns.join(', ')}]::text[] AS values, count(*)::int AS count
       FROM (${baseRelation(measure, groupBy, exploitation, window)}) b GROUP BY ${columns.join(', ')}`,
      [from, to],
    );
    return { cells, total };
  }

  /** Persons identified in the range (merged aliases left out) and how many reached each later stage. */
  async funnel(from: string, to: string): Promise<FunnelCounts> {
    const rows: Array<FunnelCounts> = await this.dataSource.query(
      `SELECT count(*)::int AS identified, count(p.referred_at)::int AS referred, count(p.accepted_at)::int AS accepted,
              count(p.formal_requested_at)::int AS "formalRequested", count(p.outcome)::int AS outcome
       FROM reporting.person_fact p WHERE p.merged_into IS NULL AND p.identified_on BETWEEN $1 AND $2`,
      [from, to],
    );
    return rows[0] ?? { identified: 0, referred: 0, accepted: 0, formalRequested: 0, outcome: 0 };
  }

  /** The funnel's counts of each month of a year with persons identified in it ('YYYY-MM'), one transaction's snapshot. */
  async funnelByMonth(year: number): Promise<Array<FunnelCounts & { month: string }>> {
    return this.dataSource.query(
      `SELECT to_char(p.identified_on, 'YYYY-MM') AS month, count(*)::int AS identified, count(p.referred_at)::int AS referred,
              count(p.accepted_at)::int AS accepted, count(p.formal_requested_at)::int AS "formalRequested", count(p.outcome)::int AS outcome
       FROM reporting.person_fact p WHERE p.merged_into IS NULL AND p.identified_on BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1`,
      [`${year}-01-01`, `${year}-12-31`],
    );
  }

  /**
   * Days per stage for persons identified in the range (docs/statistics.md): identification → referral, referral →
   * acceptance, identification → formal identification request, request → outcome; median and 90th percentile
   * (percentile_cont, interpolated).
   */
  async stageDurations(from: string, to: string): Promise<DurationRow[]> {
    const rows: Array<{ stage: DurationRow['stage']; count: number; median: number | null; p90: number | null }> = await this.dataSource.query(
      `WITH persons AS (
         SELECT * FROM reporting.person_fact p WHERE p.merged_into IS NULL AND p.identified_on BETWEEN $1 AND $2
       ), spans AS (
         SELECT 'REFERRED' AS stage, referred_at - identified_at AS span FROM persons WHERE referred_at IS NOT NULL
         UNION ALL SELECT 'ACCEPTED', accepted_at - referred_at FROM persons WHERE accepted_at IS NOT NULL AND referred_at IS NOT NULL
         UNION ALL SELECT 'FORMAL_ID_REQUESTED', formal_requested_at - identified_at FROM persons WHERE formal_requested_at IS NOT NULL
         UNION ALL SELECT 'OUTCOME', outcome_at - formal_requested_at FROM persons WHERE outcome_at IS NOT NULL AND formal_requested_at IS NOT NULL
       )
       SELECT stage, count(*)::int AS count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM span) / 86400) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM span) / 86400) AS p90
       FROM spans GROUP BY stage`,
      [from, to],
    );
    return rows.map((row) => ({
      stage: row.stage,
      count: row.count,
      medianDays: row.median === null ? null : Number(row.median),
      p90Days: row.p90 === null ? null : Number(row.p90),
    }));
  }

  /**
   * Persons admitted to a shelter and not yet out at the end of each month whose first day is in [firstMonth,
   * lastMonth] (the end of a month: midnight starting the next day, Tirana time), for month ends not after `now`.
   */
  async occupancyAtMonthEnds(firstMonth: string, lastMonth: string, now: Date): Promise<Array<{ date: string; occupied: number }>> {
    return this.dataSource.query(
      `SELECT to_char((m + interval '1 month - 1 day')::date, 'YYYY-MM-DD') AS date,
              (SELECT count(DISTINCT c.person_key)::int FROM reporting.case_fact c
               WHERE c.admitted_at < x.month_end AND (c.closed_at IS NULL OR c.closed_at >= x.month_end)) AS occupied
       FROM generate_series($1::date, $2::date, interval '1 month') m
       CROSS JOIN LATERAL (SELECT ((m + interval '1 month')::timestamp AT TIME ZONE 'Europe/Tirane') AS month_end) x
       WHERE x.month_end <= $3
       ORDER BY m`,
      [firstMonth, lastMonth, now],
    );
  }
}
