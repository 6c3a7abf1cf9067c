import { FIRST_MONTH, parseCellKey, PERIODS_PER_YEAR, quarterOfMonth, YEAR } from './cube';
import type { LinkedGroups } from './linked-groups';

// A repair for a pinned cell that is sure to work (docs/statistics.md, "Disclosure control"): suppress a closed
// structure through it. For a two-dimension cell (a, b), a rectangle (a, b), (a, b'), (a', b), (a', b') of its table,
// moved by +1, −1, −1, +1, which changes no row or column total, taken over a time vector (periods with signs that
// change no total over time: two months of a quarter, +1 and −1; a quarter and one of its months against another
// quarter and one of its months; the year with a quarter and one of its months). Once all of its cells are suppressed
// (each above zero) the cell can move both ways: it is no longer pinned, and stays so whatever is suppressed later.
// A one-dimension cell A=a gets the pair A=a, A=a' over a time vector, carried into every table of A by a pair (a, x),
// (a', x) (repairMargin). Of every such structure the cheapest is taken: the one whose published cells add up to the
// least. The signs are what makes a structure closed; which cells it holds is all the repair needs.

/** Periods with signs that leave every time group of a series unchanged, for a cell of the given period. */
function timeVectors(period: number): [number, number][][] {
  const monthsOf = (quarter: number) => [0, 1, 2].map((i) => FIRST_MONTH + (quarter - 1) * 3 + i);
  if (period >= FIRST_MONTH) {
    return monthsOf(quarterOfMonth(period))
      .filter((m) => m !== period)
      .map((m) => [
        [period, 1],
        [m, -1],
      ]);
  }
  if (period === YEAR) {
    return [1, 2, 3, 4].flatMap((q) =>
      monthsOf(q).map((m): [number, number][] => [
        [YEAR, 1],
        [q, 1],
        [m, 1],
      ]),
    );
  }
  const vectors: [number, number][][] = [];
  for (const m of monthsOf(period)) {
    for (const other of [1, 2, 3, 4]) {
      if (other === period) continue;
      for (const m2 of monthsOf(other)) {
        vectors.push([
          [period, 1],
          [m, 1],
          [other, -1],
          [m2, -1],
        ]);
      }
    }
  }
  return vectors;
}

export class ClosedRepair {
  /** Two-dimension cells by table and values: `${dims}\u001e${a}\u001f${b}` → the cell of each of the 17 periods (−1: none). */
  private readonly series = new Map<string, Int32Array>();
  /** One-dimension cells by dimension and value: `${dim}\u001e${value}` → the cell of each period (−1: none). */
  private readonly margins = new Map<string, Int32Array>();
  /** Values of each dimension, sorted. */
  private readonly values = new Map<string, string[]>();

  constructor(
    private readonly index: LinkedGroups,
    private readonly multiValued: ReadonlySet<string>,
  ) {
    const valueSets = new Map<string, Set<string>>();
    const place = (series: Map<string, Int32Array>, key: string, cell: number) => {
      let periods = series.get(key);
      if (!periods) series.set(key, (periods = new Int32Array(PERIODS_PER_YEAR).fill(-1)));
      periods[index.period[cell]] = cell;
    };
    for (let c = 0; c < index.cellCount(); c++) {
      if (index.arity[c] === 0) continue;
      const { dims, values } = parseCellKey(index.key(c))!;
      if (index.arity[c] === 1) {
        place(this.margins, marginKey(dims[0], values[0]), c);
        continue;
      }
      place(this.series, seriesKey(dims, values[0], values[1]), c);
      dims.forEach((dim, i) => {
        let set = valueSets.get(dim);
        if (!set) valueSets.set(dim, (set = new Set()));
        set.add(values[i]);
      });
    }
    for (const [dim, set] of valueSets) this.values.set(dim, [...set].sort());
  }

  /**
   * The cells to suppress so that `cell` can move (those not yet suppressed), or null: the grand total, or no
   * structure whose cells are all above zero.
   */
  repair(cell: number, suppressed: Uint8Array): number[] | null {
    const arity = this.index.arity[cell];
    return arity === 1 ? this.repairMargin(cell, suppressed) : arity === 2 ? this.repairInterior(cell, suppressed) : null;
  }

  /** A two-dimension cell (a, b): the rectangle (a, b), (a, b'), (a', b), (a', b') of its table over a time vector. */
  private repairInterior(cell: number, suppressed: Uint8Array): number[] | null {
    const index = this.index;
    const { dims, values } = parseCellKey(index.key(cell))!;
    const [a, b] = values;
    const seriesOf = (va: string, vb: string) => this.series.get(seriesKey(dims, va, vb));
    let best: number[] | null = null;
    let bestCost = Infinity;
    for (const vector of timeVectors(index.period[cell])) {
      const periods = vector.map(([p]) => p);
      for (const a2 of this.values.get(dims[0]) ?? []) {
        if (a2 === a) continue;
        for (const b2 of this.values.get(dims[1]) ?? []) {
          if (b2 === b) continue;
          const cells = this.cellsAboveZero([seriesOf(a, b), seriesOf(a, b2), seriesOf(a2, b), seriesOf(a2, b2)], periods);
          if (cells === null) continue;
          const cost = this.cost(cells, suppressed);
          if (cost < bestCost) {
            best = cells.filter((c) => !suppressed[c]);
            bestCost = cost;
          }
        }
      }
    }
    return best;
  }

  /**
   * A one-dimension cell A=a: A=a and A=a' over a time vector with opposite signs (the grand total and every total
   * over time stay the same), and, in every table of A with a dimension X that adds up, the cells (a, x) and (a', x)
   * of one value x with the same signs (the rows (a, ·) and (a', ·) follow their margins, the column x stays the
   * same). Tables with a multi-valued X have no row groups and need nothing.
   */
  private repairMargin(cell: number, suppressed: Uint8Array): number[] | null {
    const index = this.index;
    const { dims, values } = parseCellKey(index.key(cell))!;
    const [dim, a] = [dims[0], values[0]];
    const others = [...this.values.keys()].filter((x) => x !== dim && !this.multiValued.has(x)).sort();
    const seriesOf = (x: string, vx: string, va: string) => this.series.get(dim < x ? seriesKey([dim, x], va, vx) : seriesKey([x, dim], vx, va));
    let best: number[] | null = null;
    let bestCost = Infinity;
    for (const vector of timeVectors(index.period[cell])) {
      const periods = vector.map(([p]) => p);
      for (const a2 of this.values.get(dim) ?? []) {
        if (a2 === a) continue;
        const first = this.cellsAboveZero([this.margins.get(marginKey(dim, a)), this.margins.get(marginKey(dim, a2))], periods);
        if (first === null) continue;
        const chosen = [...first];
        let cost = this.cost(first, suppressed);
        for (const x of others) {
          let bestX: number[] | null = null;
          let bestXCost = Infinity;
          for (const vx of this.values.get(x) ?? []) {
            const cells = this.cellsAboveZero([seriesOf(x, vx, a), seriesOf(x, vx, a2)], periods);
            if (cells === null) continue;
            const c = this.cost(cells, suppressed);
            if (c < bestXCost) {
              bestX = cells;
              bestXCost = c;
            }
          }
          if (bestX === null) {
            cost = Infinity;
            break;
          }
          chosen.push(...bestX);
          cost += bestXCost;
          if (cost >= bestCost) break;
        }
        if (cost < bestCost) {
          best = chosen.filter((c) => !suppressed[c]);
          bestCost = cost;
        }
      }
    }
    return best;
  }

  /** The cells of the series over the periods, or null when one is missing or zero. */
  private cellsAboveZero(series: ReadonlyArray<Int32Array | undefined>, periods: readonly number[]): number[] | null {
    const out: number[] = [];
    for (const s of series) {
      if (!s) return null;
      for (const p of periods) {
        const c = s[p];
        if (c < 0 || this.index.count[c] === 0) return null;
        out.push(c);
      }
    }
    return out;
  }

  /** What suppressing the cells costs: the sum of those still published. */
  private cost(cells: readonly number[], suppressed: Uint8Array): number {
    let sum = 0;
    for (const c of cells) if (!suppressed[c]) sum += this.index.count[c];
    return sum;
  }
}

function marginKey(dim: string, value: string): string {
  return `${dim}\u001e${value}`;
}

function seriesKey(dims: string[], a: string, b: string): string {
  return `${dims.join('\u001f')}\u001e${a}\u001f${b}`;
}
