import {
  cellKey,
  type CubeCell,
  FIRST_MONTH,
  parseCellKey,
  PERIODS_PER_YEAR,
  periodsOfYear,
  quarterOfMonth,
  YEAR,
  type YearCube,
} from './cube';

// Every group of cells that adds up to a published figure (docs/statistics.md, "Disclosure control"). Each group is
// one total cell split by one thing: a dimension that is not multi-valued (the cells of a two-dimension table's row
// against the one-dimension cell, a one-dimension table against the grand total) or time (the months of a quarter
// against it, the quarters of the year, the months of the year). The total is part of its group.
//
// Cells are numbered in a canonical order (by dimensions and values, then period) that does not depend on the order
// of the input, so everything computed over the index is the same for the same figures.

/** A combination of dimensions and values: one row of a table, followed over the 17 periods of the year. */
interface Series {
  key: string;
  dims: string[];
  values: string[];
}

export interface LinkedGroups {
  readonly periods: readonly string[];
  /** Per cell, in canonical order. Cells named only by `extraKeys` (zero, absent from the cube) have count 0. */
  readonly count: Float64Array;
  /** Per cell, how many dimensions it is split by: 0 (the grand total), 1 or 2. */
  readonly arity: Uint8Array;
  /** Per cell, its period's position in `periods` (0 the year, 1–4 the quarters, 5–16 the months). */
  readonly period: Int8Array;
  /** Per cell, its table (the combination of dimensions), numbered in the order of their names. */
  readonly table: Int32Array;
  readonly groupCount: number;
  /** Members of group g (without its total): memberCells[memberStart[g] .. memberStart[g + 1]). */
  readonly memberStart: Int32Array;
  readonly memberCells: Int32Array;
  /** The group's total cell, or -1 when it is absent (zero). */
  readonly total: Int32Array;
  /** Per group: 1 when it splits a total over time (months or quarters), 0 when over a dimension's values. */
  readonly overTime: Uint8Array;
  /** Per group, the position of its total's period. */
  readonly groupPeriod: Int8Array;
  /** Groups cell c is part of (as a member or as the total): cellGroups[groupStart[c] .. groupStart[c + 1]). */
  readonly groupStart: Int32Array;
  readonly cellGroups: Int32Array;
  /** Keys asked for that are no cell of this year (kept by the caller as they are). */
  readonly foreignKeys: string[];
  cellCount(): number;
  key(cell: number): string;
  /** The cell a key names, or -1. */
  find(key: string): number;
  /** What a group adds up, for audit messages: '2026-Q1 ["AGE_GROUP"]=["CHILD"] split by SEX'. */
  describe(group: number): string;
}

/**
 * Indexes a year's cells and groups. `extraKeys` (a pattern to start from) are cells of the year that may be absent
 * from the cube; they are added with count 0 so that they count in their groups.
 *
 * Built for a year of every table (about 150,000 cells): typed arrays and numeric group keys, no per-cell objects.
 */
export function buildLinkedGroups(cube: YearCube, extraKeys: Iterable<string> = []): LinkedGroups {
  const periods = periodsOfYear(cube.year);
  const periodIndex = new Map(periods.map((p, i) => [p, i]));

  // Series by an internal key (codes never hold control characters); sorted by it for the canonical order.
  const seriesByKey = new Map<string, number>();
  const series: Series[] = [];
  const seriesKeyOf = (dims: string[], values: string[]) => `${dims.join('\u001f')}\u001e${values.join('\u001f')}`;
  const internSeries = (dims: string[], values: string[]): number => {
    const key = seriesKeyOf(dims, values);
    let id = seriesByKey.get(key);
    if (id === undefined) {
      id = series.length;
      series.push({ key, dims, values });
      seriesByKey.set(key, id);
    }
    return id;
  };
  // Presence by series × period, grown as series are interned (a typed array: no per-cell objects).
  let present = new Uint8Array(1024);
  const isPresent = (at: number) => at < present.length && present[at] === 1;
  const inputCount: number[] = [];
  const inputSeries: number[] = [];
  const inputPeriod: number[] = [];
  const add = (period: string, dims: string[], values: string[], count: number): void => {
    const s = internSeries(dims, values);
    const p = periodIndex.get(period)!;
    const at = s * PERIODS_PER_YEAR + p;
    if (isPresent(at)) throw new Error(`Disclosure control: the cube holds the same cell twice: ${cellKey({ period, dims, values })}`);
    if (at >= present.length) {
      const grown = new Uint8Array(Math.max(present.length * 2, at + 1));
      grown.set(present);
      present = grown;
    }
    present[at] = 1;
    inputCount.push(count);
    inputSeries.push(s);
    inputPeriod.push(p);
  };
  for (const cell of cube.cells) {
    validate(cell, periodIndex);
    add(cell.period, cell.dims, cell.values, cell.count);
  }
  const foreignKeys: string[] = [];
  for (const key of extraKeys) {
    const cell = parseCellKey(key);
    if (!cell || !isValid(cell, periodIndex)) {
      foreignKeys.push(key);
      continue;
    }
    const s = seriesByKey.get(seriesKeyOf(cell.dims, cell.values));
    if (s === undefined || !isPresent(s * PERIODS_PER_YEAR + periodIndex.get(cell.period)!)) add(cell.period, cell.dims, cell.values, 0);
  }

  // Each series' margins: the series without one of its dimensions, for dimensions that add up.
  const dimNames = [...new Set(series.flatMap((x) => x.dims))].sort(compare);
  const dimIndex = new Map(dimNames.map((d, i) => [d, i]));
  const splits = dimNames.length + 2;
  const BY_MONTH = dimNames.length;
  const BY_QUARTER = dimNames.length + 1;
  const inputSeriesCount = series.length;
  const marginParent: number[][] = [];
  const marginDim: number[][] = [];
  for (let s = 0; s < inputSeriesCount; s++) {
    const { dims, values } = series[s];
    const parents: number[] = [];
    const by: number[] = [];
    for (let d = 0; d < dims.length; d++) {
      if (cube.multiValued.has(dims[d])) continue;
      parents.push(internSeries(dims.filter((_, i) => i !== d), values.filter((_, i) => i !== d)));
      by.push(dimIndex.get(dims[d])!);
    }
    marginParent.push(parents);
    marginDim.push(by);
  }

  const order = series.map((_, i) => i).sort((a, b) => compare(series[a].key, series[b].key));
  const rank = new Int32Array(series.length);
  order.forEach((s, r) => (rank[s] = r));
  const n = inputCount.length;
  // Canonical order: by series rank, then period (a bucket pass, no comparison sort over cells).
  const slot = new Int32Array(series.length * PERIODS_PER_YEAR).fill(-1);
  for (let from = 0; from < n; from++) slot[rank[inputSeries[from]] * PERIODS_PER_YEAR + inputPeriod[from]] = from;
  const count = new Float64Array(n);
  const seriesOf = new Int32Array(n);
  const periodOf = new Int8Array(n);
  const arity = new Uint8Array(n);
  const tableOf = new Int32Array(n);
  const tableNames = [...new Set(series.map((x) => x.dims.join('\u001f')))].sort(compare);
  const tableIndex = new Map(tableNames.map((t, i) => [t, i]));
  const seriesTable = series.map((x) => tableIndex.get(x.dims.join('\u001f'))!);
  const cellAt = new Int32Array(series.length * PERIODS_PER_YEAR).fill(-1);
  let next = 0;
  for (const from of slot) {
    if (from < 0) continue;
    const i = next++;
    count[i] = inputCount[from];
    seriesOf[i] = inputSeries[from];
    periodOf[i] = inputPeriod[from];
    arity[i] = series[seriesOf[i]].dims.length;
    tableOf[i] = seriesTable[seriesOf[i]];
    cellAt[seriesOf[i] * PERIODS_PER_YEAR + periodOf[i]] = i;
  }

  // Groups, numbered in the order their first member comes: canonical too.
  const MAX_MEMBERSHIPS = 4; // two margins and two time groups at most
  const memberOf = new Int32Array(n * MAX_MEMBERSHIPS);
  const memberships = new Uint8Array(n);
  const groupByKey = new Map<number, number>();
  const groupTotalAt: number[] = [];
  const groupSplit: number[] = [];
  const join = (cell: number, totalAt: number, by: number) => {
    const key = totalAt * splits + by;
    let g = groupByKey.get(key);
    if (g === undefined) {
      g = groupTotalAt.length;
      groupByKey.set(key, g);
      groupTotalAt.push(totalAt);
      groupSplit.push(by);
    }
    memberOf[cell * MAX_MEMBERSHIPS + memberships[cell]++] = g;
  };
  for (let i = 0; i < n; i++) {
    const s = seriesOf[i];
    const p = periodOf[i];
    const parents = marginParent[s];
    for (let m = 0; m < parents.length; m++) join(i, parents[m] * PERIODS_PER_YEAR + p, marginDim[s][m]);
    if (p >= FIRST_MONTH) {
      join(i, s * PERIODS_PER_YEAR + quarterOfMonth(p), BY_MONTH);
      join(i, s * PERIODS_PER_YEAR + YEAR, BY_MONTH);
    } else if (p !== YEAR) {
      join(i, s * PERIODS_PER_YEAR + YEAR, BY_QUARTER);
    }
  }
  const groupCount = groupTotalAt.length;
  const total = new Int32Array(groupCount);
  const overTime = new Uint8Array(groupCount);
  const groupPeriod = new Int8Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    overTime[g] = groupSplit[g] === BY_MONTH || groupSplit[g] === BY_QUARTER ? 1 : 0;
    groupPeriod[g] = groupTotalAt[g] % PERIODS_PER_YEAR;
  }
  const memberStart = new Int32Array(groupCount + 1);
  const groupStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    groupStart[i + 1] += memberships[i];
    for (let m = 0; m < memberships[i]; m++) memberStart[memberOf[i * MAX_MEMBERSHIPS + m] + 1]++;
  }
  for (let g = 0; g < groupCount; g++) {
    total[g] = cellAt[groupTotalAt[g]];
    if (total[g] >= 0) groupStart[total[g] + 1]++;
  }
  for (let g = 0; g < groupCount; g++) memberStart[g + 1] += memberStart[g];
  for (let i = 0; i < n; i++) groupStart[i + 1] += groupStart[i];
  const memberCells = new Int32Array(memberStart[groupCount]);
  const cellGroups = new Int32Array(groupStart[n]);
  const memberFill = memberStart.slice(0, groupCount);
  const groupFill = groupStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let m = 0; m < memberships[i]; m++) {
      const g = memberOf[i * MAX_MEMBERSHIPS + m];
      memberCells[memberFill[g]++] = i;
      cellGroups[groupFill[i]++] = g;
    }
  }
  for (let g = 0; g < groupCount; g++) if (total[g] >= 0) cellGroups[groupFill[total[g]]++] = g;

  // cellKey, built from cached pieces: JSON.stringify([period, dims, values]) without stringifying each cell anew.
  const keys: (string | undefined)[] = new Array(n);
  const periodJson = periods.map((p) => `[${JSON.stringify(p)},`);
  const seriesJson: (string | undefined)[] = new Array(series.length);
  const key = (cell: number) => {
    const s = seriesOf[cell];
    return (keys[cell] ??= periodJson[periodOf[cell]] + (seriesJson[s] ??= `${JSON.stringify(series[s].dims)},${JSON.stringify(series[s].values)}]`));
  };
  return {
    periods,
    count,
    arity,
    period: periodOf,
    table: tableOf,
    groupCount,
    memberStart,
    memberCells,
    total,
    overTime,
    groupPeriod,
    groupStart,
    cellGroups,
    foreignKeys,
    cellCount: () => n,
    key,
    find(k) {
      const cell = parseCellKey(k);
      const p = cell ? periodIndex.get(cell.period) : undefined;
      const s = cell ? seriesByKey.get(seriesKeyOf(cell.dims, cell.values)) : undefined;
      return p === undefined || s === undefined ? -1 : cellAt[s * PERIODS_PER_YEAR + p];
    },
    describe(g) {
      const { dims, values } = series[Math.floor(groupTotalAt[g] / PERIODS_PER_YEAR)];
      const split = groupSplit[g];
      const by = split === BY_MONTH ? 'month' : split === BY_QUARTER ? 'quarter' : dimNames[split];
      return `${periods[groupTotalAt[g] % PERIODS_PER_YEAR]} ${JSON.stringify(dims)}=${JSON.stringify(values)} split by ${by}`;
    },
  };
}

/** Plain code-unit order: the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isValid(cell: Pick<CubeCell, 'period' | 'dims' | 'values'>, periodIndex: Map<string, number>): boolean {
  const { dims, values } = cell;
  return (
    periodIndex.has(cell.period) &&
    dims.length <= 2 &&
    values.length === dims.length &&
    (dims.length < 2 || dims[0] < dims[1])
  );
}

function validate(cell: CubeCell, periodIndex: Map<string, number>): void {
  if (!isValid(cell, periodIndex)) {
    throw new Error(`Disclosure control: not a cell of the year: ${cellKey(cell)}`);
  }
  if (!Number.isInteger(cell.count) || cell.count < 0) {
    throw new Error(`Disclosure control: a count must be a whole number ≥ 0: ${cellKey(cell)}`);
  }
}
