import { SettableClock, SystemClock } from './clock';

describe('SystemClock', () => {
  it("reads the machine's time at each call", () => {
    const before = Date.now();
    const read = new SystemClock().now().getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(read).toBeLessThanOrEqual(Date.now());
  });
});

describe('SettableClock', () => {
  const start = new Date('2026-01-05T09:00:00.000Z');

  it('stands still at the time it was given until a test moves it', () => {
    const clock = new SettableClock(start);
    expect(clock.now().toISOString()).toBe('2026-01-05T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-01-05T09:00:00.000Z');
  });

  it('advances by milliseconds and can be set, each returning the clock', () => {
    const clock = new SettableClock(start);
    expect(clock.advance(90 * 60_000).now().toISOString()).toBe('2026-01-05T10:30:00.000Z');
    expect(clock.set(new Date('2027-03-01T00:00:00.000Z')).advance(-1).now().toISOString()).toBe('2027-02-28T23:59:59.999Z');
  });

  it('starts at the epoch when given nothing', () => {
    expect(new SettableClock().now().getTime()).toBe(0);
  });

  it('hands out a new Date each time, so a caller mutating one does not move the clock', () => {
    const clock = new SettableClock(start);
    const read = clock.now();
    read.setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-01-05T09:00:00.000Z');
    // Nor does changing the Date it was started from.
    const origin = new Date(start);
    const fromOrigin = new SettableClock(origin);
    origin.setUTCFullYear(1999);
    expect(fromOrigin.now().toISOString()).toBe('2026-01-05T09:00:00.000Z');
  });
});
