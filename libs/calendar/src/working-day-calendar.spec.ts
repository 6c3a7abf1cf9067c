import { ALBANIAN_HOLIDAYS_2026_2027 } from './holidays';
import { isIsoDate, parseHolidayList, WorkingDayCalendar } from './working-day-calendar';

describe('WorkingDayCalendar', () => {
  const plain = new WorkingDayCalendar([]);

  it('counts from the next day and skips weekends', () => {
    // Wednesday 2 December 2026, 10:00 Tirana → five working days later is Wednesday 9 December.
    expect(plain.addWorkingDays(new Date('2026-12-02T09:00:00Z'), 5)).toBe('2026-12-09');
    // Friday → the next working day is Monday.
    expect(plain.addWorkingDays(new Date('2026-12-04T09:00:00Z'), 1)).toBe('2026-12-07');
  });

  it('skips the configured holidays', () => {
    const calendar = new WorkingDayCalendar(['2026-12-08']);
    expect(calendar.addWorkingDays(new Date('2026-12-02T09:00:00Z'), 5)).toBe('2026-12-10');
    expect(calendar.isWorkingDay('2026-12-08')).toBe(false);
    expect(calendar.isWorkingDay('2026-12-07')).toBe(true);
  });

  it("takes the day of the request on Tirana's calendar, not UTC's", () => {
    // 23:30 UTC on Thursday 3 December is already Friday 4 December in Tirana (UTC+1).
    expect(plain.localDate(new Date('2026-12-03T23:30:00Z'))).toBe('2026-12-04');
    expect(plain.addWorkingDays(new Date('2026-12-03T23:30:00Z'), 1)).toBe('2026-12-07');
  });

  it("puts the deadline at the end of the day in Tirana, summer and winter", () => {
    expect(plain.endOfDay('2026-12-09').toISOString()).toBe('2026-12-09T22:59:59.999Z');
    expect(plain.endOfDay('2026-07-09').toISOString()).toBe('2026-07-09T21:59:59.999Z');
    expect(plain.workingDaysDeadline(new Date('2026-12-02T09:00:00Z'), 5).toISOString()).toBe('2026-12-09T22:59:59.999Z');
  });

  it('refuses malformed holidays and day counts', () => {
    expect(() => new WorkingDayCalendar(['2026-02-30'])).toThrow('YYYY-MM-DD');
    expect(() => plain.addWorkingDays(new Date('2026-12-02T09:00:00Z'), 0)).toThrow('at least 1');
  });

  it('ships a default Albanian list of real dates, none on a weekend', () => {
    expect(ALBANIAN_HOLIDAYS_2026_2027.every(isIsoDate)).toBe(true);
    expect(ALBANIAN_HOLIDAYS_2026_2027.filter((day) => !plain.isWorkingDay(day))).toEqual([]);
  });

  it('parses a HOLIDAYS value, counting malformed entries', () => {
    expect(parseHolidayList(' 2026-12-25, ,2026-01-01,2026-01-01')).toEqual({ holidays: ['2026-01-01', '2026-12-25'], malformed: 0 });
    expect(parseHolidayList('2026-13-01,christmas').malformed).toBe(2);
  });
});
