import { FIRST_MONTH, YEAR } from './cube';
import type { LinkedGroups } from './linked-groups';

// Which suppressed cells the published figures still pin to a single value (docs/statistics.md, "Disclosure
// control"). The unknowns are the suppressed cells, the equations every group (Σ members = total). When every
// suppressed cell's true count is above zero, the true table lies inside the region counts ≥ 0 allows, so a cell's
// range (what a linear program finds) is a single value exactly when the equations alone determine it: when every
// solution of the homogeneous system is zero on it. That is checked on random solutions of the system, computed by
// sparse Gaussian elimination modulo a prime (exact arithmetic; a wrong answer has a chance of about 1 in 67 million
// per cell and solution, and two solutions are drawn).
//
// Order of elimination: the two-dimension cells come first, table by table, the one-dimension cells and the grand
// totals last. A two-dimension cell is in its own table's groups only, so eliminating those first keeps each table's
// fill-in inside the table and its margins; what is left is a small system over the margins (a Schur complement).
// Each row is reduced once, in ascending column order (a dense accumulator and a heap of its columns).

const P = 67_108_859; // prime, and P² < 2⁵³: products stay exact in a double
const mul = (a: number, b: number) => (a * b) % P;

function inverse(a: number): number {
  let [r0, r1, t0, t1] = [P, a, 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return ((t0 % P) + P) % P;
}

/** A min-heap of column numbers. */
class ColumnHeap {
  private items = new Int32Array(64);
  size = 0;
  push(value: number): void {
    if (this.size === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    const items = this.items;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent] <= value) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = value;
  }
  pop(): number {
    const items = this.items;
    const top = items[0];
    const last = items[--this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && items[child + 1] < items[child]) child++;
      if (items[child] >= last) break;
      items[i] = items[child];
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/**
 * The unknowns in elimination order: the two-dimension cells table by table, each table's by period (the year, the
 * quarters, the months) and then in canonical order; then the one-dimension cells; the grand totals last.
 */
function eliminationColumns(index: LinkedGroups, suppressed: Uint8Array): number[] {
  const interior: number[] = [];
  const margins: number[] = [];
  const totals: number[] = [];
  for (let c = 0; c < index.cellCount(); c++) {
    if (!suppressed[c]) continue;
    (index.arity[c] === 2 ? interior : index.arity[c] === 1 ? margins : totals).push(c);
  }
  interior.sort((a, b) => index.table[a] - index.table[b] || index.period[a] - index.period[b] || a - b);
  return [...interior, ...margins, ...totals];
}

/**
 * The equations in elimination order. The groups over time first: each is a total of periods within one series,
 * pivoted on that total, so the year's and quarters' cells are written in months. Then the groups over a dimension's
 * values, the months' before the quarters' and the year's (whose rows then reduce to what the months already say),
 * the shorter groups first in each, so a table's long groups are reduced by its short ones rather than the reverse.
 */
function eliminationRows(index: LinkedGroups): Int32Array {
  const rank = (g: number) => (index.overTime[g] ? 0 : index.groupPeriod[g] >= FIRST_MONTH ? 1 : index.groupPeriod[g] > YEAR ? 2 : 3);
  const size = (g: number) => index.memberStart[g + 1] - index.memberStart[g];
  const order = Array.from({ length: index.groupCount }, (_, g) => g);
  order.sort((a, b) => rank(a) - rank(b) || size(a) - size(b) || a - b);
  return Int32Array.from(order);
}

/**
 * The suppressed cells (count > 0) that the equations determine, in canonical order; null when the elimination grew
 * past `budget` stored coefficients (the check gave up and says nothing).
 */
export function pinnedCells(index: LinkedGroups, suppressed: Uint8Array, budget: number, seed = 1): number[] | null {
  const n = index.cellCount();
  const column = new Int32Array(n).fill(-1);
  const cells = eliminationColumns(index, suppressed);
  cells.forEach((cell, col) => (column[cell] = col));
  const m = cells.length;
  // Echelon rows by lead column: columns (ascending, the lead first, its coefficient 1) and coefficients.
  const pivotCols: (Int32Array | undefined)[] = new Array(m);
  const pivotVals: (Float64Array | undefined)[] = new Array(m);
  const pivotOrder: number[] = [];
  const acc = new Float64Array(m);
  const queued = new Uint8Array(m);
  const heap = new ColumnHeap();
  const keptCols: number[] = [];
  const keptVals: number[] = [];
  let stored = 0;
  const enter = (col: number, coefficient: number) => {
    acc[col] = (acc[col] + coefficient + P) % P;
    if (!queued[col]) {
      queued[col] = 1;
      heap.push(col);
    }
  };
  for (const g of eliminationRows(index)) {
    for (let i = index.memberStart[g]; i < index.memberStart[g + 1]; i++) {
      const col = column[index.memberCells[i]];
      if (col >= 0) enter(col, 1);
    }
    const total = index.total[g];
    if (total >= 0 && column[total] >= 0) enter(column[total], -1);
    keptCols.length = 0;
    keptVals.length = 0;
    while (heap.size > 0) {
      const col = heap.pop();
      queued[col] = 0;
      const factor = acc[col];
      acc[col] = 0;
      if (factor === 0) continue;
      const cols = pivotCols[col];
      if (cols === undefined) {
        keptCols.push(col);
        keptVals.push(factor);
        continue;
      }
      const vals = pivotVals[col]!;
      for (let k = 1; k < cols.length; k++) enter(cols[k], P - mul(factor, vals[k]));
    }
    if (keptCols.length === 0) continue;
    const lead = keptCols[0];
    const scale = inverse(keptVals[0]);
    const cols = Int32Array.from(keptCols);
    const vals = new Float64Array(keptVals.length);
    for (let k = 0; k < vals.length; k++) vals[k] = mul(keptVals[k], scale);
    pivotCols[lead] = cols;
    pivotVals[lead] = vals;
    pivotOrder.push(lead);
    stored += cols.length;
    if (stored > budget) return null;
  }

  // Random solutions: free columns drawn at random, pivots solved from the last row added to the first (a row holds
  // no pivot added before it, only free columns and later pivots).
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % P;
  };
  const zeroEverywhere = new Uint8Array(m).fill(1);
  for (let draw = 0; draw < 2; draw++) {
    const x = new Float64Array(m);
    for (let col = 0; col < m; col++) if (pivotCols[col] === undefined) x[col] = random();
    for (let k = pivotOrder.length - 1; k >= 0; k--) {
      const lead = pivotOrder[k];
      const cols = pivotCols[lead]!;
      const vals = pivotVals[lead]!;
      let sum = 0;
      for (let j = 1; j < cols.length; j++) sum = (sum + mul(vals[j], x[cols[j]])) % P;
      x[lead] = (P - sum) % P;
    }
    for (let col = 0; col < m; col++) if (x[col] !== 0) zeroEverywhere[col] = 0;
  }
  const pinned: number[] = [];
  for (let col = 0; col < m; col++) if (zeroEverywhere[col] && index.count[cells[col]] > 0) pinned.push(cells[col]);
  return pinned.sort((a, b) => a - b);
}
