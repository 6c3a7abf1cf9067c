import { UnknownPersonDenialLimiter } from './denial-auditor';

describe('UnknownPersonDenialLimiter', () => {
  const actor = (subject: string) => ({ subject, agencyId: 'platform', role: 'platform_admin' });

  it('admits a few denials per actor and window, counts the rest, and reports the count when the window closes', () => {
    const reported: Array<[string, number]> = [];
    const limiter = new UnknownPersonDenialLimiter(3, 60_000, 100, (who, suppressed) => reported.push([who.subject, suppressed]));
    const admitted = Array.from({ length: 10 }, () => limiter.admit(actor('a')));
    expect(admitted).toEqual([true, true, true, false, false, false, false, false, false, false]);
    // Another actor has a window of its own.
    expect(limiter.admit(actor('b'))).toBe(true);
    limiter.flush();
    expect(reported).toEqual([['a', 7]]);
    // A new window admits again.
    expect(limiter.admit(actor('a'))).toBe(true);
  });

  it('keeps a bounded number of windows: the oldest is evicted, and its count reported', () => {
    const reported: Array<[string, number]> = [];
    const limiter = new UnknownPersonDenialLimiter(1, 60_000, 2, (who, suppressed) => reported.push([who.subject, suppressed]));
    limiter.admit(actor('a'));
    limiter.admit(actor('a'));
    limiter.admit(actor('b'));
    limiter.admit(actor('c'));
    expect(reported).toEqual([['a', 1]]);
  });
});
