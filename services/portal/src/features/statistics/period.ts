import type { PeriodGranularity } from './types';
import { formatCalendar } from '../../format';

/**
 * The period the dashboard asks for. Everyone but `ra_head` can only be given whole calendar months, quarters and
 * years (the API snaps any other range, docs/statistics.md "Disclosure control"), so the chooser offers exactly those;
 * `ra_head` may also give exact dates.
 */
export interface PeriodChoice {
  granularity: PeriodGranularity;
  year: number;
  /** 1–12, for MONTH. */
  month: number;
  /** 1–4, for QUARTER. */
  quarter: number;
  /** YYYY-MM-DD, for EXACT. */
  from: string;
  to: string;
}

const pad = (value: number) => String(value).padStart(2, '0');
/** The last day of a month (1–12) of a year. */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** `[from, to]` (both days included) of a choice. */
export function periodRange(choice: PeriodChoice): { from: string; to: string } {
  switch (choice.granularity) {
    case 'MONTH':
      return { from: isoDate(choice.year, choice.month, 1), to: isoDate(choice.year, choice.month, lastDay(choice.year, choice.month)) };
    case 'QUARTER': {
      const first = (choice.quarter - 1) * 3 + 1;
      return { from: isoDate(choice.year, first, 1), to: isoDate(choice.year, first + 2, lastDay(choice.year, first + 2)) };
    }
    case 'YEAR':
      return { from: isoDate(choice.year, 1, 1), to: isoDate(choice.year, 12, 31) };
    case 'EXACT':
      return { from: choice.from, to: choice.to };
  }
}

/** Whether a range can be asked for: two whole dates, the second not before the first. */
export const isValidRange = (range: { from: string; to: string }) => /^\d{4}-\d{2}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}-\d{2}$/.test(range.to) && range.from <= range.to;

/** The months of a year, each as its own range, up to the month of `today` (a month not yet begun has no figures). */
export function monthsOf(year: number, today: Date): { month: number; from: string; to: string; started: boolean }[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const started = year < today.getFullYear() || (year === today.getFullYear() && month <= today.getMonth() + 1);
    return { month, started, ...periodRange({ granularity: 'MONTH', year, month, quarter: 1, from: '', to: '' }) };
  });
}

/** The choice the page opens with: the last whole month before `today`. */
export function initialChoice(today: Date): PeriodChoice {
  const month = today.getMonth() === 0 ? 12 : today.getMonth();
  const year = today.getMonth() === 0 ? today.getFullYear() - 1 : today.getFullYear();
  const range = periodRange({ granularity: 'MONTH', year, month, quarter: 1, from: '', to: '' });
  return { granularity: 'MONTH', year, month, quarter: Math.ceil(month / 3), ...range };
}

/** The years offered: from the platform's first year of figures to this one, newest first. */
export const FIRST_YEAR = 2024;
export const yearsUpTo = (today: Date) => Array.from({ length: today.getFullYear() - FIRST_YEAR + 1 }, (_, index) => today.getFullYear() - index);

/** A period as words: "March 2026", "Q1 2026", "2026", or the two dates. */
export function periodLabel(range: { from: string; to: string; granularity: PeriodGranularity }, language: string, quarterLabel: (quarter: number, year: number) => string): string {
  if (!isValidRange(range)) return `${range.from} – ${range.to}`;
  const [year, month] = range.from.split('-').map(Number) as [number, number];
  switch (range.granularity) {
    case 'MONTH':
      return formatCalendar(`${year}-${month}`, 'LLLL yyyy', language);
    case 'QUARTER':
      return quarterLabel(Math.ceil(month / 3), year);
    case 'YEAR':
      return String(year);
    case 'EXACT': {
      return `${formatCalendar(range.from, 'PP', language)} – ${formatCalendar(range.to, 'PP', language)}`;
    }
  }
}
