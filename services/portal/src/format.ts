import { format } from 'date-fns/format';
import { formatDistance } from 'date-fns/formatDistance';
import { enGB } from 'date-fns/locale/en-GB';
import { sq } from 'date-fns/locale/sq';

/**
 * Dates and durations in the user's language with date-fns's own locale data: a browser's Intl may carry no Albanian
 * (Debian's Chromium formats sq-AL in English).
 */
const locales = { sq, en: enGB };
const localeOf = (language: string) => locales[language as keyof typeof locales] ?? enGB;

export function formatDateTime(iso: string, language: string): string {
  return format(new Date(iso), 'PPp', { locale: localeOf(language) });
}

/** How long ago, e.g. "3 hours ago" / "3 orë më parë". */
export function formatSince(iso: string, now: Date, language: string): string {
  return formatDistance(new Date(iso), now, { addSuffix: true, locale: localeOf(language) });
}

/** A span of time without "ago" or "in", e.g. "about 3 hours" / "rreth 3 orë": for "due in …" and "… late". */
export function formatDuration(fromIso: string, now: Date, language: string): string {
  return formatDistance(new Date(fromIso), now, { locale: localeOf(language) });
}

/**
 * A calendar day or month (no time of day, no time zone) with a date-fns pattern, e.g. `LLLL yyyy` ("March 2026" /
 * "mars 2026"), `LLL` ("Mar"), `PP` ("1 Mar 2026"). `date` is YYYY-MM-DD (or YYYY-MM).
 */
export function formatCalendar(date: string, pattern: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  return format(new Date(year, month - 1, day ?? 1), pattern, { locale: localeOf(language) });
}
