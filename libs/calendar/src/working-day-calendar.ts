import { addDays } from 'date-fns/addDays';
import { isWeekend } from 'date-fns/isWeekend';

/** The zone whose calendar decides what a "day" is (docs/calendar.md): Albanian offices work on Tirana's days. */
export const CALENDAR_TIME_ZONE = 'Europe/Tirane';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const day = plainDay(value);
  return day.toISOString().slice(0, 10) === value;
}

/** A calendar day as midnight UTC of that date: arithmetic on it never meets a daylight-saving change. */
function plainDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** Working days: Monday to Friday, except the configured holidays, on the calendar of one time zone. */
export class WorkingDayCalendar {
  private readonly holidays: ReadonlySet<string>;
  private readonly dateInZone: Intl.DateTimeFormat;
  private readonly offsetInZone: Intl.DateTimeFormat;

  /** `holidays`: days off as YYYY-MM-DD (a malformed one is refused, not skipped). */
  constructor(
    holidays: readonly string[],
    readonly timeZone: string = CALENDAR_TIME_ZONE,
  ) {
    const malformed = holidays.filter((day) => !isIsoDate(day));
    if (malformed.length > 0) throw new Error(`holidays must be YYYY-MM-DD dates (${malformed.length} are not)`);
    this.holidays = new Set(holidays);
    this.dateInZone = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    this.offsetInZone = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  }

  /** The calendar date (YYYY-MM-DD) of an instant in the calendar's zone. */
  localDate(instant: Date): string {
    return this.dateInZone.format(instant);
  }

  /** Whether the calendar date (YYYY-MM-DD) is a working day. */
  isWorkingDay(isoDate: string): boolean {
    return !isWeekend(plainDay(isoDate)) && !this.holidays.has(isoDate);
  }

  /**
   * The date `days` working days after the day of `from` (that day itself never counts, as a deadline "within five
   * working days" of a request starts the next morning). `days` must be a whole number of at least 1.
   */
  addWorkingDays(from: Date, days: number): string {
    if (!Number.isInteger(days) || days < 1) throw new Error('days must be a whole number of at least 1');
    let day = plainDay(this.localDate(from));
    let left = days;
    while (left > 0) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day.toISOString().slice(0, 10))) left -= 1;
    }
    return day.toISOString().slice(0, 10);
  }

  /**
   * The deadline `days` working days after `from`: the last millisecond of that working day in the calendar's zone
   * (23:59:59.999 Tirana time, whatever the daylight-saving offset of that day).
   */
  workingDaysDeadline(from: Date, days: number): Date {
    return this.endOfDay(this.addWorkingDays(from, days));
  }

  /** The calendar date `days` calendar days after the day of `from` in the calendar's zone. */
  addCalendarDays(from: Date, days: number): string {
    return addDays(plainDay(this.localDate(from)), days).toISOString().slice(0, 10);
  }

  /** The last millisecond of the calendar date (YYYY-MM-DD) in the calendar's zone. */
  endOfDay(isoDate: string): Date {
    const nextMidnightUtc = addDays(plainDay(isoDate), 1).getTime();
    // The zone's offset at that moment; a day on which the offset changes has it changed by 23:59 (changes happen at night).
    const offsetMs = this.offsetMinutesAt(new Date(nextMidnightUtc - 1)) * 60_000;
    return new Date(nextMidnightUtc - offsetMs - 1);
  }

  private offsetMinutesAt(instant: Date): number {
    const name = this.offsetInZone.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    if (!match) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3]);
    return match[1] === '-' ? -minutes : minutes;
  }
}

/**
 * Parses a HOLIDAYS value: comma-separated YYYY-MM-DD dates, blanks ignored. Returns the malformed entries' count
 * instead of throwing, so a config schema can refuse the value with its own message.
 */
export function parseHolidayList(value: string): { holidays: string[]; malformed: number } {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const holidays = entries.filter(isIsoDate);
  return { holidays: [...new Set(holidays)].sort(), malformed: entries.length - holidays.length };
}
