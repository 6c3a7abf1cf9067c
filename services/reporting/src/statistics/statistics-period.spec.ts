import { isCalendarDate, isWholeMonths, monthsOf, oneYearAfter, periodsOfMonth, snapPeriod } from './statistics-period';
import { PeriodGranularity } from './statistics.enums';

describe('statistics periods (docs/statistics.md, "Periods snap")', () => {
  it('snaps a range to the smallest month, quarter or year that contains it', () => {
    expect(snapPeriod('2026-02-03', '2026-02-27')).toEqual({ from: '2026-02-01', to: '2026-02-28', granularity: PeriodGranularity.MONTH, key: '2026-02' });
    expect(snapPeriod('2028-02-01', '2028-02-29')).toMatchObject({ to: '2028-02-29', key: '2028-02' });
    expect(snapPeriod('2026-01-31', '2026-03-01')).toEqual({ from: '2026-01-01', to: '2026-03-31', granularity: PeriodGranularity.QUARTER, key: '2026-Q1' });
    expect(snapPeriod('2026-10-01', '2026-12-31')).toMatchObject({ key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(snapPeriod('2026-03-31', '2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-12-31', granularity: PeriodGranularity.YEAR, key: '2026' });
  });

  it('has no single period for a range across a new year', () => {
    expect(snapPeriod('2025-12-31', '2026-01-01')).toBeNull();
  });

  it('lists the months of a period and the periods of a month', () => {
    expect(monthsOf({ from: '2025-11-01', to: '2026-02-28' })).toEqual(['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
    expect(periodsOfMonth('2026-08-01')).toEqual(['2026-08', '2026-Q3', '2026']);
  });

  it('knows whole months, a year later and real dates', () => {
    expect(isWholeMonths('2026-01-01', '2026-03-31')).toBe(true);
    expect(isWholeMonths('2026-01-01', '2026-03-30')).toBe(false);
    expect(isWholeMonths('2026-01-02', '2026-03-31')).toBe(false);
    expect(oneYearAfter('2028-02-29')).toBe('2029-03-01');
    expect(oneYearAfter('2026-01-01')).toBe('2027-01-01');
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });
});
