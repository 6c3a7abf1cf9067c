import { closedPeriods, tiranaDate } from './snapshot-periods';

describe('snapshot periods', () => {
  it("reads the date on Tirana's calendar: just after midnight there is still the evening before in UTC", () => {
    expect(tiranaDate(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(tiranaDate(new Date('2026-01-31T22:30:00Z'))).toBe('2026-01-31');
  });

  it('gives the month just closed, and the quarter and year when they close with it', () => {
    expect(closedPeriods('2026-04-01', 1)).toEqual([
      { kind: 'MONTH', key: '2026-03', from: '2026-03-01', to: '2026-03-31' },
      { kind: 'QUARTER', key: '2026-Q1', from: '2026-01-01', to: '2026-03-31' },
    ]);
    expect(closedPeriods('2027-01-15', 1)).toEqual([
      { kind: 'MONTH', key: '2026-12', from: '2026-12-01', to: '2026-12-31' },
      { kind: 'QUARTER', key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' },
      { kind: 'YEAR', key: '2026', from: '2026-01-01', to: '2026-12-31' },
    ]);
  });

  it('goes back as many months as asked, never into a period still open', () => {
    const periods = closedPeriods('2026-03-01', 3);
    expect(periods.map((period) => period.key)).toEqual(['2025-12', '2025-Q4', '2025', '2026-01', '2026-02']);
    expect(periods.find((period) => period.key === '2026-02')?.to).toBe('2026-02-28');
    expect(periods.every((period) => period.to < '2026-03-01')).toBe(true);
  });
});
