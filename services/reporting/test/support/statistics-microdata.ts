// Year cubes for the disclosure-control tests, counted from made-up person records so that every published figure
// adds up exactly as the real read model's would (docs/statistics.md, "Disclosure control").
import { type CubeCell, periodsOfYear, suppressYear, type YearCube } from '../../src/disclosure';
import { buildLinkedGroups, type LinkedGroups } from '../../src/disclosure/linked-groups';

/** One counted unit: the month (1–12) it falls in and its value on each dimension (several for a multi-valued one). */
export interface MicroRecord {
  month: number;
  values: Record<string, string | string[]>;
}

export interface DimensionSpec {
  values: string[];
  /** Relative frequency of each value (defaults to equal); skewed weights make small cells. */
  weights?: number[];
  /** A record gets 1–3 values of it and counts under each. */
  multiValued?: boolean;
}

/** Every cell of the grand total, each one-dimension table and each two-dimension table, for all 17 periods. */
export function cubeFromRecords(year: number, dimensions: Record<string, DimensionSpec>, records: MicroRecord[], options: { dense?: boolean } = {}): YearCube {
  const dims = Object.keys(dimensions).sort();
  const periods = periodsOfYear(year);
  const counts = new Map<string, CubeCell>();
  const bump = (period: string, cellDims: string[], values: string[], by = 1) => {
    const key = `${period}\u001e${cellDims.join('\u001f')}\u001e${values.join('\u001f')}`;
    const cell = counts.get(key);
    if (cell) cell.count += by;
    else counts.set(key, { period, dims: cellDims, values, count: by });
  };
  const valuesOf = (record: MicroRecord, dim: string): string[] => {
    const v = record.values[dim];
    return Array.isArray(v) ? v : [v];
  };
  // Months from the records; quarters and the year as sums of months (the same figures, fewer steps).
  for (const record of records) {
    const month = periods[4 + record.month];
    bump(month, [], []);
    for (let i = 0; i < dims.length; i++) {
      for (const a of valuesOf(record, dims[i])) {
        bump(month, [dims[i]], [a]);
        for (let j = i + 1; j < dims.length; j++) {
          for (const b of valuesOf(record, dims[j])) bump(month, [dims[i], dims[j]], [a, b]);
        }
      }
    }
  }
  for (const cell of [...counts.values()]) {
    const m = Number(cell.period.slice(5));
    bump(periods[1 + Math.floor((m - 1) / 3)], cell.dims, cell.values, cell.count);
    bump(periods[0], cell.dims, cell.values, cell.count);
  }
  if (options.dense) {
    for (const cell of allCells(year, dimensions)) {
      const key = `${cell.period}\u001e${cell.dims.join('\u001f')}\u001e${cell.values.join('\u001f')}`;
      if (!counts.has(key)) counts.set(key, { ...cell, count: 0 });
    }
  }
  return {
    year,
    multiValued: new Set(dims.filter((d) => dimensions[d].multiValued)),
    cells: [...counts.values()],
    dimensionValues: Object.fromEntries(dims.map((d) => [d, dimensions[d].values])),
  };
}

/** Every cell the cube's tables can have, with count 0. */
export function allCells(year: number, dimensions: Record<string, DimensionSpec>): CubeCell[] {
  const dims = Object.keys(dimensions).sort();
  const cells: CubeCell[] = [];
  for (const period of periodsOfYear(year)) {
    cells.push({ period, dims: [], values: [], count: 0 });
    for (let i = 0; i < dims.length; i++) {
      for (const a of dimensions[dims[i]].values) {
        cells.push({ period, dims: [dims[i]], values: [a], count: 0 });
        for (let j = i + 1; j < dims.length; j++) {
          for (const b of dimensions[dims[j]].values) cells.push({ period, dims: [dims[i], dims[j]], values: [a, b], count: 0 });
        }
      }
    }
  }
  return cells;
}

/** Seeded records: the same seed gives the same records. */
export function randomRecords(seed: number, count: number, dimensions: Record<string, DimensionSpec>, monthWeights?: number[]): MicroRecord[] {
  const random = mulberry32(seed);
  const pick = (values: string[], weights: number[] | undefined) => {
    const w = weights ?? values.map(() => 1);
    let r = random() * w.reduce((a, b) => a + b, 0);
    for (let i = 0; i < values.length; i++) {
      r -= w[i];
      if (r < 0) return values[i];
    }
    return values[values.length - 1];
  };
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1));
  return Array.from({ length: count }, () => {
    const values: Record<string, string | string[]> = {};
    for (const [dim, spec] of Object.entries(dimensions)) {
      if (spec.multiValued) {
        const n = 1 + Math.floor(random() * Math.min(3, spec.values.length));
        const chosen = new Set<string>();
        while (chosen.size < n) chosen.add(pick(spec.values, spec.weights));
        values[dim] = [...chosen].sort();
      } else {
        values[dim] = pick(spec.values, spec.weights);
      }
    }
    return { month: Number(pick(months, monthWeights)), values };
  });
}

/** A small, well-known seeded generator (tests only). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same cells in another order. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const random = mulberry32(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Codes `${prefix}0` … `${prefix}${n - 1}`. */
export const codes = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Weights 1, 1/2, 1/3 … (each plus `floor`): a few large values and a long tail of small ones. */
export const zipf = (n: number, floor = 0): number[] => Array.from({ length: n }, (_, i) => 1 / (i + 1) + floor);

/** Four dimensions, two of them long and skewed (40 countries, 12 regions): a year of a few thousand has pinned cells. */
export const SKEWED_FOUR: Record<string, DimensionSpec> = {
  SEX: { values: ['F', 'M', 'X'], weights: [10, 8, 1] },
  AGE_GROUP: { values: ['CHILD', 'ADULT', 'UNKNOWN'], weights: [3, 8, 1] },
  COUNTRY: { values: codes('C', 40), weights: zipf(40) },
  REGION: { values: codes('R', 12), weights: zipf(12, 0.2) },
};

/** The group rule's pattern (no exact check) with the year's index and the pattern as a flag per cell. */
export function groupRulePattern(cube: YearCube, threshold = 5): { pattern: ReadonlySet<string>; index: LinkedGroups; suppressed: Uint8Array } {
  const pattern = suppressYear(cube, threshold, new Set(), { exact: false }).suppressed;
  const index = buildLinkedGroups(cube, pattern);
  const suppressed = new Uint8Array(index.cellCount());
  for (let c = 0; c < index.cellCount(); c++) suppressed[c] = pattern.has(index.key(c)) ? 1 : 0;
  return { pattern, index, suppressed };
}
