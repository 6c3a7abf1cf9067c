// Stand-in for the disclosure library (docs/statistics.md, "Disclosure control") until it lands: the same interface,
// primary suppression only. Replaced whole by the library's own files.
export type PeriodKey = string;
export interface CubeCell {
  period: PeriodKey;
  dims: string[];
  values: string[];
  count: number;
}
export interface YearCube {
  year: number;
  multiValued: ReadonlySet<string>;
  cells: CubeCell[];
  dimensionValues?: Record<string, string[]>;
}

export function cellKey(cell: Pick<CubeCell, 'period' | 'dims' | 'values'>): string {
  return JSON.stringify([cell.period, cell.dims, cell.values]);
}

export function periodsOfYear(year: number): PeriodKey[] {
  const months = Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
  return [String(year), ...[1, 2, 3, 4].map((quarter) => `${year}-Q${quarter}`), ...months];
}

export function suppressYear(
  cube: YearCube,
  threshold: number,
  base: ReadonlySet<string> = new Set(),
): { suppressed: ReadonlySet<string>; primary: number; secondary: number; passes: number } {
  const suppressed = new Set(base);
  let primary = 0;
  for (const cell of cube.cells) {
    if (cell.count > 0 && cell.count < threshold && !suppressed.has(cellKey(cell))) {
      suppressed.add(cellKey(cell));
      primary += 1;
    }
  }
  return { suppressed, primary, secondary: 0, passes: 1 };
}
