// The input to disclosure control: every published figure of one measure for one calendar year
// (docs/statistics.md, "Disclosure control").

/** '2026' (the year), '2026-Q1' … '2026-Q4' (quarters) or '2026-01' … '2026-12' (months). */
export type PeriodKey = string;

/**
 * One published figure. `dims` are sorted and 0 (the grand total), 1 or 2 long; `values` are aligned with them.
 * A one-dimension cell A=a is at the same time the margin of every two-dimension table that has A: there is one
 * cell, one key and one suppression decision for both.
 */
export interface CubeCell {
  period: PeriodKey;
  dims: string[];
  values: string[];
  count: number;
}

/** A year of one measure: every month, quarter and the year; every table published. Zero cells may be absent. */
export interface YearCube {
  year: number;
  /** Dimensions whose cells do not add up to their margin (a person may count under several values). */
  multiValued: ReadonlySet<string>;
  cells: CubeCell[];
  /** Every value each dimension can take; informative only, the method needs only the cells. */
  dimensionValues?: Record<string, string[]>;
}

/** The primary rule: a figure above zero and below the threshold is withheld (docs/statistics.md, "Disclosure control"). */
export function belowThreshold(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

/** The identity of a cell; the same in every query, snapshot and export of the year. */
export function cellKey(cell: Pick<CubeCell, 'period' | 'dims' | 'values'>): string {
  return JSON.stringify([cell.period, cell.dims, cell.values]);
}

/** The cell a key names, or null when the string is not a cell key. */
export function parseCellKey(key: string): Pick<CubeCell, 'period' | 'dims' | 'values'> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [period, dims, values] = parsed as unknown[];
  const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
  if (typeof period !== 'string' || !strings(dims) || !strings(values)) return null;
  return { period, dims, values };
}

/** The year, its four quarters and its twelve months, in that order. */
export function periodsOfYear(year: number): PeriodKey[] {
  const y = String(year);
  const quarters = [1, 2, 3, 4].map((q) => `${y}-Q${q}`);
  const months = Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`);
  return [y, ...quarters, ...months];
}

/** Position of a period in periodsOfYear: 0 the year, 1–4 the quarters, 5–16 the months. */
export const YEAR = 0;
export const FIRST_MONTH = 5;
export const PERIODS_PER_YEAR = 17;

export function quarterOfMonth(position: number): number {
  return 1 + Math.floor((position - FIRST_MONTH) / 3);
}
