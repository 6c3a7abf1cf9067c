import { PeriodGranularity } from './statistics.enums';

/** `2026`, `2026-Q1` or `2026-01`: the periods the disclosure pattern is computed for (docs/statistics.md). */
export type PeriodKey = string;

/** The range a figure counts, both ends included, as dates of the Tirana calendar (YYYY-MM-DD). */
export interface CountedPeriod {
  from: string;
  to: string;
  granularity: PeriodGranularity;
  /** The month, quarter or year snapped to; absent for an exact range. */
  key?: PeriodKey;
}

/** YYYY-MM-DD of a GraphQL `Date` (the scalar parses a date to UTC midnight of that day; a string is taken as it is). */
export function isoDate(value: Date | string): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The day one year after `date` (29 February → 1 March). */
export function oneYearAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return isoDate(new Date(Date.UTC(year + 1, month - 1, day)));
}

/**
 * The smallest single calendar month, quarter or year that contains [from, to] (docs/statistics.md, "Periods snap"),
 * or null when no single year does (the range crosses a new year).
 */
export function snapPeriod(from: string, to: string): CountedPeriod | null {
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  if (fromYear !== toYear) return null;
  const year = fromYear;
  if (fromMonth === toMonth) {
    return { from: `${year}-${pad(fromMonth)}-01`, to: lastDayOfMonth(year, fromMonth), granularity: PeriodGranularity.MONTH, key: `${year}-${pad(fromMonth)}` };
  }
  const quarter = Math.ceil(fromMonth / 3);
  if (quarter === Math.ceil(toMonth / 3)) {
    const first = quarter * 3 - 2;
    return { from: `${year}-${pad(first)}-01`, to: lastDayOfMonth(year, first + 2), granularity: PeriodGranularity.QUARTER, key: `${year}-Q${quarter}` };
  }
  return { from: `${year}-01-01`, to: `${year}-12-31`, granularity: PeriodGranularity.YEAR, key: String(year) };
}

/** The months (first days, YYYY-MM-01) of a snapped period. */
export function monthsOf(period: Pick<CountedPeriod, 'from' | 'to'>): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  const end = period.to.slice(0, 7);
  while (`${year}-${pad(month)}` <= end) {
    months.push(`${year}-${pad(month)}-01`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Whether an exact range covers whole months only (so the monthly aggregate answers it). */
export function isWholeMonths(from: string, to: string): boolean {
  const [year, month] = to.split('-').map(Number) as [number, number];
  return from.endsWith('-01') && to === lastDayOfMonth(year, month);
}

/** The periods of a month (YYYY-MM-01): itself, its quarter and its year. */
export function periodsOfMonth(month: string): PeriodKey[] {
  const year = month.slice(0, 4);
  const number = Number(month.slice(5, 7));
  return [month.slice(0, 7), `${year}-Q${Math.ceil(number / 3)}`, year];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
