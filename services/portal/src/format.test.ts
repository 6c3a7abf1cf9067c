import { describe, expect, it } from 'vitest';
import { formatDateTime, formatSince } from './format';

describe('dates in the user language', () => {
  const at = '2026-05-01T10:00:00Z';
  const now = new Date('2026-05-01T13:00:00Z');

  it('says how long ago in Albanian and in English', () => {
    expect(formatSince(at, now, 'en')).toBe('about 3 hours ago');
    expect(formatSince(at, now, 'sq')).toMatch(/orë/);
  });

  it('names the month in the language', () => {
    expect(formatDateTime(at, 'en')).toMatch(/May/);
    expect(formatDateTime(at, 'sq')).toMatch(/[Mm]aj/);
  });
});
