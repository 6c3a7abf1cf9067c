// The attack the method must withstand: someone who has every published cell of a year and knows how the tables add
// up computes, for each suppressed cell, the smallest and largest value consistent with all of it (counts ≥ 0, relaxed
// to real numbers). If the two are equal the cell is disclosed. The equations here are written out from
// docs/statistics.md independently of linked-groups.ts, so a group the library forgot would show up as a disclosure.
import loadHighs, { type Highs } from 'highs';
import { cubeFromRecords, type DimensionSpec, groupRulePattern, randomRecords, SKEWED_FOUR } from '../../test/support/statistics-microdata';
import { cellKey, type CubeCell, periodsOfYear, type SuppressionOptions, suppressYear, type YearCube } from '.';
import { ClosedRepair } from './closed-repair';
import { pinnedCells } from './pinned-cells';

type Cell = Pick<CubeCell, 'period' | 'dims' | 'values'>;

/** Every published equation of the year: `total` = Σ `parts`. */
function equations(cube: YearCube): { total: Cell; parts: Cell[] }[] {
  const dims = Object.keys(cube.dimensionValues!).sort();
  const valuesOf = (d: string) => cube.dimensionValues![d];
  const single = (d: string) => !cube.multiValued.has(d);
  const periods = periodsOfYear(cube.year);
  const out: { total: Cell; parts: Cell[] }[] = [];
  const series: { dims: string[]; values: string[] }[] = [{ dims: [], values: [] }];
  for (const period of periods) {
    for (const a of dims) {
      if (single(a)) out.push({ total: { period, dims: [], values: [] }, parts: valuesOf(a).map((v) => ({ period, dims: [a], values: [v] })) });
      for (const b of dims.filter((d) => d > a)) {
        for (const va of valuesOf(a)) {
          if (single(b)) out.push({ total: { period, dims: [a], values: [va] }, parts: valuesOf(b).map((vb) => ({ period, dims: [a, b], values: [va, vb] })) });
        }
        for (const vb of valuesOf(b)) {
          if (single(a)) out.push({ total: { period, dims: [b], values: [vb] }, parts: valuesOf(a).map((va) => ({ period, dims: [a, b], values: [va, vb] })) });
        }
      }
    }
  }
  for (const a of dims) {
    for (const va of valuesOf(a)) {
      series.push({ dims: [a], values: [va] });
      for (const b of dims.filter((d) => d > a)) for (const vb of valuesOf(b)) series.push({ dims: [a, b], values: [va, vb] });
    }
  }
  const [year, q1, q2, q3, q4, ...months] = periods;
  for (const s of series) {
    const at = (period: string) => ({ period, ...s });
    [q1, q2, q3, q4].forEach((q, i) => out.push({ total: at(q), parts: months.slice(3 * i, 3 * i + 3).map(at) }));
    out.push({ total: at(year), parts: [q1, q2, q3, q4].map(at) });
    out.push({ total: at(year), parts: months.map(at) });
  }
  return out;
}

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** For each suppressed cell, [min, max] over every table consistent with the published cells (HiGHS, simplex). */
function feasibleRanges(cube: YearCube, suppressed: ReadonlySet<string>, only?: ReadonlySet<string>): Map<string, [number, number]> {
  const published = new Map(cube.cells.map((c) => [cellKey(c), c.count]));
  const keys = [...suppressed];
  const column = new Map(keys.map((k, i) => [k, `x${i}`]));
  const rows: string[] = [];
  equations(cube).forEach(({ total, parts }, i) => {
    // Σ parts − total = 0, the published cells moved to the right-hand side.
    let rhs = 0;
    const terms: string[] = [];
    const term = (cell: Cell, sign: number) => {
      const key = cellKey(cell);
      if (column.has(key)) terms.push(`${sign > 0 ? '+' : '-'} ${column.get(key)}`);
      else rhs -= sign * (published.get(key) ?? 0);
    };
    parts.forEach((p) => term(p, 1));
    term(total, -1);
    if (terms.length > 0) rows.push(` e${i}: ${terms.join(' ')} = ${rhs}`);
  });
  // Variables are ≥ 0 by default in LP format; every suppressed cell is named in Bounds so it exists even unlinked.
  const lp = `Minimize\n obj: x0\nSubject To\n${rows.join('\n')}\nBounds\n${keys.map((_, i) => ` x${i} >= 0`).join('\n')}\nEnd\n`;
  const model = highs.createModel({ format: 'lp', data: lp });
  const ranges = new Map<string, [number, number]>();
  try {
    model.options.set({ output_flag: false, presolve: 'off' });
    const cols = keys.map((_, i) => model.getColByName(`x${i}`));
    const optimum = (sign: 1 | -1): number => {
      model.run();
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.unbounded) return sign * -Infinity;
      expect(status).toBe(highs.constants.modelStatus.optimal);
      return sign * model.getObjectiveValue();
    };
    keys.forEach((key, i) => {
      if (i > 0) model.changeColCost(cols[i - 1], 0);
      if (only && !only.has(key)) return;
      model.changeColCost(cols[i], 1);
      const min = optimum(1);
      model.changeColCost(cols[i], -1);
      const max = optimum(-1);
      ranges.set(key, [min, max]);
    });
  } finally {
    model.dispose();
  }
  return ranges;
}

const SHAPES: Record<string, DimensionSpec>[] = [
  { SEX: { values: ['F', 'M'] }, REGION: { values: ['N', 'S', 'E'], weights: [6, 3, 1] } },
  { SEX: { values: ['F', 'M', 'X'], weights: [10, 8, 1] }, AGE_GROUP: { values: ['CHILD', 'ADULT', 'UNKNOWN'], weights: [4, 8, 1] } },
  {
    SEX: { values: ['F', 'M'], weights: [3, 1] },
    REGION: { values: ['N', 'S', 'E'], weights: [5, 2, 1] },
    EXPLOITATION_TYPE: { values: ['SEXUAL', 'LABOUR', 'BEGGING'], weights: [5, 3, 1], multiValued: true },
  },
  { SEX: { values: ['F', 'M'] }, AGE_GROUP: { values: ['CHILD', 'ADULT'], weights: [1, 3] }, CITIZENSHIP: { values: ['NATIONAL', 'FOREIGN'], weights: [5, 1] } },
];

/** The suppressed cells whose feasible range is a single value, after checking every true value lies in its range. */
function disclosedCells(shape: Record<string, DimensionSpec>, seed: number, options: SuppressionOptions = {}): [string, [number, number]][] {
  const records = randomRecords(seed, 40 + (seed % 50), shape, [5, 1, 1, 3, 1, 1, 4, 1, 1, 2, 1, 1]);
  const cube = cubeFromRecords(2026, shape, records);
  const result = suppressYear(cube, 5, new Set(), options);
  if (options.exact !== false) expect(result.exact).toBe(true);
  expect(result.suppressed.size).toBeGreaterThan(0);
  const ranges = feasibleRanges(cube, result.suppressed);
  // The true value is always inside its range: the equations are the real ones.
  for (const cell of cube.cells) {
    const range = ranges.get(cellKey(cell));
    if (range) {
      expect(cell.count).toBeGreaterThanOrEqual(range[0] - 1e-6);
      expect(cell.count).toBeLessThanOrEqual(range[1] + 1e-6);
    }
  }
  return [...ranges].filter(([, [min, max]]) => !(max - min > 1e-6));
}

describe('disclosure control against a linear-programming attack', () => {
  const cases = SHAPES.flatMap((shape, s) => [11, 23, 37, 41, 53, 67].map((seed) => ({ shape, s, seed })));
  it.each(cases)('leaves every suppressed cell of shape $s, seed $seed with a range wider than one value', ({ shape, seed }) => {
    expect(disclosedCells(shape, seed)).toEqual([]);
  }, 60_000);

  // Why the exact check is on: the group rule alone (no group with a single suppressed cell) does not make every cell
  // underivable once tables are linked in three directions (two dimensions and time): chains of groups pin a cell
  // exactly in these cubes. If the group rule alone ever protects one of them, Jest reports it as failing.
  const known = new Set(['0/11', '0/37', '1/11', '2/11', '2/23', '2/37']);
  it.failing.each(cases.filter(({ s, seed }) => known.has(`${s}/${seed}`)))(
    'the group rule alone (exact: false) leaves suppressed cells of shape $s, seed $seed that the attack pins to one value',
    ({ shape, seed }) => expect(disclosedCells(shape, seed, { exact: false })).toEqual([]),
    60_000,
  );

  // About 1,150 cells suppressed by the group rule, 6 of them pinned by the attack; the exact check adds about 30.
  it('leaves no suppressed cell pinned in a wider year (four dimensions, one of them multi-valued, eight regions)', () => {
    const shape: Record<string, DimensionSpec> = {
      SEX: { values: ['F', 'M', 'X'], weights: [10, 8, 1] },
      AGE_GROUP: { values: ['CHILD', 'ADULT', 'UNKNOWN'], weights: [3, 8, 1] },
      REGION: { values: Array.from({ length: 8 }, (_, i) => `R${i}`), weights: Array.from({ length: 8 }, (_, i) => 1 / (i + 1) + 0.2) },
      EXPLOITATION_TYPE: { values: ['SEXUAL', 'LABOUR', 'BEGGING', 'OTHER'], weights: [6, 4, 2, 1], multiValued: true },
    };
    const records = randomRecords(7, 200, shape, [5, 1, 1, 3, 1, 1, 4, 1, 1, 2, 1, 1]);
    const cube = cubeFromRecords(2026, shape, records);
    const result = suppressYear(cube, 5);
    expect(result.exact).toBe(true);
    const ranges = feasibleRanges(cube, result.suppressed);
    expect([...ranges].filter(([, [min, max]]) => !(max - min > 1e-6))).toEqual([]);
  }, 300_000);

  it('a closed structure frees each pinned cell it is found for: pinned before, a range wider than one value after', () => {
    const cube = cubeFromRecords(2026, SKEWED_FOUR, randomRecords(1, 3000, SKEWED_FOUR));
    const { pattern, index, suppressed } = groupRulePattern(cube);
    const repair = new ClosedRepair(index, cube.multiValued);
    const pinned = (pinnedCells(index, suppressed, 1_000_000) ?? []).map((cell) => ({ cell, structure: repair.repair(cell, suppressed) }));
    const repairable = pinned.filter(({ structure }) => structure !== null).slice(0, 2);
    expect(repairable.length).toBeGreaterThan(0);
    for (const { cell, structure } of repairable) {
      const key = index.key(cell);
      expect(feasibleRanges(cube, pattern, new Set([key])).get(key)).toEqual([index.count[cell], index.count[cell]]);
      const after = new Set([...pattern, ...structure!.map((c) => index.key(c))]);
      const [min, max] = feasibleRanges(cube, after, new Set([key])).get(key)!;
      expect(max - min).toBeGreaterThan(0.5);
      expect(index.count[cell]).toBeGreaterThanOrEqual(min - 1e-6);
      expect(index.count[cell]).toBeLessThanOrEqual(max + 1e-6);
    }
  }, 300_000);

  it('finds a lone suppression: the attack itself works', () => {
    const shape = SHAPES[0];
    const cube = cubeFromRecords(2026, shape, randomRecords(5, 60, shape));
    const small = cube.cells.find((c) => c.dims.length === 2 && c.count > 0)!;
    const ranges = feasibleRanges(cube, new Set([cellKey(small)]));
    expect(ranges.get(cellKey(small))).toEqual([small.count, small.count]);
  });
});
