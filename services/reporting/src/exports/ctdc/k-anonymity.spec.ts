import { regionOf } from './country-regions';
import { MISSING } from './ctdc-layout';
import { Generalisation, groupKey, kAnonymise, kAnonymityPlan, type QuasiIdentifiers } from './k-anonymity';

interface Row extends QuasiIdentifiers {
  id: number;
  meansOfControlThreats: string;
}

const OPTIONS = { k: 11, maxSuppressedShare: 0.05, yearSpan: 3 };

function row(id: number, overrides: Partial<QuasiIdentifiers> = {}): Row {
  return {
    id,
    meansOfControlThreats: id % 2 ? '1' : '0',
    yearOfRegistration: '2026',
    gender: 'Female',
    ageBroad: '18--20',
    majorityStatus: 'Adult',
    citizenship: 'AL',
    CountryOfExploitation: 'AL',
    ...overrides,
  };
}

function groupSizes(records: QuasiIdentifiers[]): number[] {
  const sizes = new Map<string, number>();
  for (const record of records) sizes.set(groupKey(record), (sizes.get(groupKey(record)) ?? 0) + 1);
  return [...sizes.values()];
}

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from values with weights skewed toward the first, as real registers are (most persons national, adult…). */
function skewed<T>(next: () => number, values: readonly T[]): T {
  const index = Math.floor(values.length * next() ** 2.5);
  return values[Math.min(index, values.length - 1)] as T;
}

const AGES: ReadonlyArray<[string, string]> = [
  ['18--20', 'Adult'],
  ['9--17', 'Minor'],
  ['21--23', 'Adult'],
  ['24--26', 'Adult'],
  ['0--8', 'Minor'],
  ['30--38', 'Adult'],
  ['48+', 'Adult'],
  [MISSING, MISSING],
];
const COUNTRIES = ['AL', 'XK', 'GR', 'IT', MISSING, 'MULTIPLE', 'MK', 'DE', 'GB', 'CN', 'NG', 'BR', 'FJ', 'US', 'TR', 'SY', 'MA'];

function randomRows(seed: number): Row[] {
  const next = random(seed);
  const count = Math.floor(next() * 400);
  return Array.from({ length: count }, (_, id) => {
    const [ageBroad, majorityStatus] = skewed(next, AGES);
    return row(id, {
      yearOfRegistration: String(skewed(next, [2026, 2025, 2024, 2023, 2019, 2012])),
      gender: skewed(next, ['Female', 'Male', 'Transgender/NonConforming', MISSING]),
      ageBroad,
      majorityStatus,
      citizenship: skewed(next, COUNTRIES),
      CountryOfExploitation: skewed(next, COUNTRIES),
    });
  });
}

describe('kAnonymise', () => {
  it('leaves a dataset that is already k-anonymous as it is', () => {
    const rows = [...Array.from({ length: 11 }, (_, id) => row(id)), ...Array.from({ length: 12 }, (_, id) => row(100 + id, { gender: 'Male' }))];
    const result = kAnonymise(rows, OPTIONS);
    expect(result).toEqual({ records: rows, suppressed: 0, generalisations: [] });
  });

  it('withholds a record alone in its group when withholding it stays within the budget, without generalising anyone', () => {
    const rows = [...Array.from({ length: 40 }, (_, id) => row(id)), row(99, { citizenship: 'NG', gender: 'Male' })];
    const result = kAnonymise(rows, OPTIONS);
    expect(result.generalisations).toEqual([]);
    expect(result.suppressed).toBe(1);
    expect(result.records.map((record) => record.id)).not.toContain(99);
  });

  it('generalises age bands to the majority status first, and nothing more when that is enough', () => {
    const bands = ['18--20', '21--23', '24--26', '27--29'];
    const rows = Array.from({ length: 40 }, (_, id) => row(id, { ageBroad: bands[id % 4] }));
    const result = kAnonymise(rows, OPTIONS);
    expect(result.generalisations).toEqual([Generalisation.AGE_TO_MAJORITY_STATUS]);
    expect(result.suppressed).toBe(0);
    expect(new Set(result.records.map((record) => `${record.ageBroad}|${record.majorityStatus}`))).toEqual(new Set([`${MISSING}|Adult`]));
  });

  it('turns rare citizenships into their region before touching the years', () => {
    const rows = [
      ...Array.from({ length: 30 }, (_, id) => row(id, { ageBroad: MISSING })),
      ...['DE', 'FR', 'IT', 'GR', 'ES', 'PL', 'NL', 'BE', 'AT', 'SE', 'FI', 'PT'].map((citizenship, index) =>
        row(100 + index, { ageBroad: MISSING, citizenship }),
      ),
    ];
    const result = kAnonymise(rows, OPTIONS);
    expect(result.generalisations).toEqual([Generalisation.AGE_TO_MAJORITY_STATUS, Generalisation.RARE_CITIZENSHIP_TO_REGION]);
    expect(result.suppressed).toBe(0);
    expect(result.records.filter((record) => record.id >= 100).every((record) => record.citizenship === 'EUROPE')).toBe(true);
    expect(result.records.filter((record) => record.id < 100).every((record) => record.citizenship === 'AL')).toBe(true);
  });

  it('withholds everything when there are fewer than k records, however far it generalises', () => {
    const rows = Array.from({ length: 10 }, (_, id) => row(id));
    const result = kAnonymise(rows, OPTIONS);
    expect(result.records).toEqual([]);
    expect(result.suppressed).toBe(10);
    expect(result.generalisations).toEqual(Object.values(Generalisation));
  });

  it('spans years on multiples of the span, and names the whole period at the last step', () => {
    const rows = Array.from({ length: 24 }, (_, id) => row(id, { yearOfRegistration: String(2022 + (id % 6)), citizenship: 'AL', ageBroad: MISSING }));
    const result = kAnonymise(rows, { ...OPTIONS, k: 12, maxSuppressedShare: 0 });
    expect(result.generalisations).toContain(Generalisation.YEAR_TO_SPAN);
    expect(new Set(result.records.map((record) => record.yearOfRegistration))).toEqual(new Set(['2022–2024', '2025–2027']));
    const whole = kAnonymise(rows.slice(0, 13), { ...OPTIONS, k: 13, maxSuppressedShare: 0 });
    expect(whole.records.map((record) => record.yearOfRegistration)).toEqual(Array(13).fill('2022–2027'));
  });

  it('refuses a k below 2 and options out of range', () => {
    expect(() => kAnonymise([row(1)], { ...OPTIONS, k: 1 })).toThrow(RangeError);
    expect(() => kAnonymise([row(1)], { ...OPTIONS, maxSuppressedShare: 2 })).toThrow(RangeError);
    expect(() => kAnonymise([row(1)], { ...OPTIONS, yearSpan: 0 })).toThrow(RangeError);
    expect(() => kAnonymise([row(1, { yearOfRegistration: 'soon' })], OPTIONS)).toThrow(RangeError);
  });

  describe('on random registers (property)', () => {
    const seeds = Array.from({ length: 300 }, (_, index) => index + 1);

    it.each([11, 15, 3])('every combination of quasi-identifiers in the output occurs at least k = %i times', (k) => {
      for (const seed of seeds) {
        const rows = randomRows(seed);
        const result = kAnonymise(rows, { ...OPTIONS, k });
        const sizes = groupSizes(result.records);
        expect([seed, sizes.filter((size) => size < k)]).toEqual([seed, []]);
        expect([seed, result.records.length + result.suppressed]).toEqual([seed, rows.length]);
      }
    });

    it('only generalises: each output record is an input record with its quasi-identifiers made coarser, nothing else changed', () => {
      for (const seed of seeds) {
        const rows = randomRows(seed);
        const byId = new Map(rows.map((input) => [input.id, input]));
        const result = kAnonymise(rows, OPTIONS);
        expect(new Set(result.records.map((record) => record.id)).size).toBe(result.records.length);
        const steps = Object.values(Generalisation);
        expect([seed, result.generalisations]).toEqual([seed, steps.slice(0, result.generalisations.length)]);
        for (const output of result.records) {
          const input = byId.get(output.id) as Row;
          expect(output.meansOfControlThreats).toBe(input.meansOfControlThreats);
          expect(output.gender).toBe(input.gender);
          expect(output.majorityStatus).toBe(input.majorityStatus);
          expect([input.ageBroad, MISSING]).toContain(output.ageBroad);
          for (const field of ['citizenship', 'CountryOfExploitation'] as const) {
            expect([input[field], regionOf(input[field]), input[field] === MISSING ? MISSING : 'OTHER']).toContain(output[field]);
          }
          const [first, last = first] = output.yearOfRegistration.split('–').map(Number);
          expect(Number(input.yearOfRegistration)).toBeGreaterThanOrEqual(first as number);
          expect(Number(input.yearOfRegistration)).toBeLessThanOrEqual(last as number);
        }
      }
    });

    it('withholds no more than the budget unless it had to take every step', () => {
      for (const seed of seeds) {
        const rows = randomRows(seed);
        const result = kAnonymise(rows, OPTIONS);
        if (result.generalisations.length < Object.values(Generalisation).length) {
          expect([seed, result.suppressed <= Math.floor(0.05 * rows.length)]).toEqual([seed, true]);
        }
      }
    });

    it('decides the same from the counts of the combinations alone (as the export does) as from the records', () => {
      for (const seed of seeds.slice(0, 100)) {
        const rows = randomRows(seed);
        const counts = new Map<string, { quasi: QuasiIdentifiers; count: number }>();
        for (const input of rows) {
          const seen = counts.get(groupKey(input));
          if (seen) seen.count += 1;
          else counts.set(groupKey(input), { quasi: input, count: 1 });
        }
        // Given in another order, and one combination split in two: the plan does not depend on either.
        const groups = [...counts.values()].reverse().flatMap((group) => (group.count > 1 ? [{ ...group, count: 1 }, { ...group, count: group.count - 1 }] : [group]));
        const plan = kAnonymityPlan(groups, OPTIONS);
        const result = kAnonymise(rows, OPTIONS);
        expect([seed, plan.generalisations, plan.suppressed, plan.published]).toEqual([seed, result.generalisations, result.suppressed, result.records.length]);
        const planned = rows.flatMap((input) => {
          const quasi = plan.apply(input);
          return quasi ? [{ ...input, ...quasi }] : [];
        });
        expect(planned).toEqual(result.records);
      }
    });

    it('gives the same output for the same input (a re-run of an export publishes the same file)', () => {
      for (const seed of seeds.slice(0, 30)) expect(kAnonymise(randomRows(seed), OPTIONS)).toEqual(kAnonymise(randomRows(seed), OPTIONS));
    });
  });
});
