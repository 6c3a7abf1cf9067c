import { CALENDAR_TIME_ZONE } from '@nrm/calendar';

/** The calendar periods a snapshot covers (docs/statistics.md, Snapshots), on Tirana's calendar. */
export enum SnapshotPeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

export interface SnapshotPeriod {
  kind: SnapshotPeriodKind;
  /** `2026-03`, `2026-Q1`, `2026`. */
  key: string;
  /** YYYY-MM-DD, first day. */
  from: string;
  /** YYYY-MM-DD, last day (inclusive). */
  to: string;
}

const TIRANA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: CALENDAR_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in Tirana at an instant, YYYY-MM-DD. */
export function tiranaDate(instant: Date): string {
  return TIRANA_DATE.format(instant);
}

function isoDate(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/** The last day of the month `monthIndex` (0-based, may overflow into later years). */
function lastDay(year: number, monthIndex: number): string {
  return isoDate(year, monthIndex + 1, 0);
}

/**
 * Every month, quarter and year that has closed by `today` (Tirana's date) and ended within the last `revisionMonths`
 * months: the periods a run computes (again). Oldest first, months before the quarter and the year they close.
 */
export function closedPeriods(today: string, revisionMonths: number): SnapshotPeriod[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const currentMonth = year * 12 + (month - 1);
  const periods: SnapshotPeriod[] = [];
  for (let index = currentMonth - revisionMonths; index < currentMonth; index += 1) {
    const y = Math.floor(index / 12);
    const m = index % 12;
    periods.push({ kind: SnapshotPeriodKind.MONTH, key: `${y}-${String(m + 1).padStart(2, '0')}`, from: isoDate(y, m, 1), to: lastDay(y, m) });
    if (m % 3 === 2) {
      periods.push({ kind: SnapshotPeriodKind.QUARTER, key: `${y}-Q${(m + 1) / 3}`, from: isoDate(y, m - 2, 1), to: lastDay(y, m) });
    }
    if (m === 11) periods.push({ kind: SnapshotPeriodKind.YEAR, key: String(y), from: isoDate(y, 0, 1), to: lastDay(y, 11) });
  }
  return periods;
}
