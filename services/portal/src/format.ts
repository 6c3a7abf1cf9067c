/** Dates and durations in the user's language (Intl: Albanian and English need no extra data). */
const locales: Record<string, string> = { sq: 'sq-AL', en: 'en-GB' };

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatSince(iso: string, now: Date, language: string): string {
  const minutes = Math.round((new Date(iso).getTime() - now.getTime()) / 60_000);
  const format = new Intl.RelativeTimeFormat(locales[language] ?? language, { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}
