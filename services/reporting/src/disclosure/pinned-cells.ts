import type { LinkedGroups } from './linked-groups';

// Which suppressed cells the published figures still pin to a single value (docs/statistics.md, "Disclosure
// control"). The unknowns are the suppressed cells, the equations every group (Σ members = total). When every
// suppressed cell's true count is above zero, the true table lies inside the region counts ≥ 0 allows, so a cell's
// range (what a linear program finds) is a single value exactly when the equations alone determine it: when every
// solution of the homogeneous system is zero on it. That is checked on random solutions of the system, computed by
// sparse Gaussian elimination modulo a prime (exact arithmetic; a wrong answer has a chance of about 1 in 67 million
// per cell and solution, and two solutions are drawn).

const P = 67_108_859; // prime, and P² < 2⁵³: products stay exact in a double
const mul = (a: number, b: number) => (a * b) % P;
const add = (a: number, b: number) => (a + b) % P;

function inverse(a: number): number {
  let [r0, r1, t0, t1] = [P, a, 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return ((t0 % P) + P) % P;
}

/**
 * The suppressed cells (count > 0) that the equations determine, in canonical order; null when the elimination grew
 * past `budget` stored coefficients (the check gave up and says nothing).
 */
export function pinnedCells(index: LinkedGroups, suppressed: Uint8Array, budget: number, seed = 1): number[] | null {
  const n = index.cellCount();
  const column = new Int32Array(n).fill(-1);
  const cells: number[] = [];
  for (let c = 0; c < n; c++) {
    if (suppressed[c]) {
      column[c] = cells.length;
      cells.push(c);
    }
  }
  // Echelon rows, each reduced against the pivots before it when it was added.
  const pivotRow = new Map<number, Map<number, number>>();
  const pivotOrder: number[] = [];
  let stored = 0;
  for (let g = 0; g < index.groupCount; g++) {
    const row = new Map<number, number>();
    const put = (cell: number, coefficient: number) => {
      const col = column[cell];
      if (col >= 0) row.set(col, add(row.get(col) ?? 0, coefficient + P));
    };
    for (let i = index.memberStart[g]; i < index.memberStart[g + 1]; i++) put(index.memberCells[i], 1);
    if (index.total[g] >= 0) put(index.total[g], -1);
    if (row.size === 0) continue;
    // Reduce against existing pivots until the row has none of their columns.
    for (;;) {
      let target = -1;
      for (const [col, v] of row) {
        if (v === 0) row.delete(col);
        else if (pivotRow.has(col)) {
          target = col;
          break;
        }
      }
      if (target < 0) break;
      const pivot = pivotRow.get(target)!; // its lead coefficient is 1
      const factor = row.get(target)!;
      for (const [col, v] of pivot) {
        const next = add(row.get(col) ?? 0, P - mul(factor, v));
        if (next === 0) row.delete(col);
        else row.set(col, next);
      }
      if (row.size + stored > budget) return null;
    }
    if (row.size === 0) continue;
    let lead = -1;
    for (const col of row.keys()) if (lead < 0 || col < lead) lead = col;
    const scale = inverse(row.get(lead)!);
    for (const [col, v] of row) row.set(col, mul(v, scale));
    pivotRow.set(lead, row);
    pivotOrder.push(lead);
    stored += row.size;
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
  const zeroEverywhere = new Uint8Array(cells.length).fill(1);
  for (let draw = 0; draw < 2; draw++) {
    const x = new Float64Array(cells.length);
    for (let col = 0; col < cells.length; col++) if (!pivotRow.has(col)) x[col] = random();
    for (let k = pivotOrder.length - 1; k >= 0; k--) {
      const lead = pivotOrder[k];
      const row = pivotRow.get(lead)!;
      let sum = 0;
      for (const [col, v] of row) if (col !== lead) sum = add(sum, mul(v, x[col]));
      x[lead] = (P - sum) % P;
    }
    for (let col = 0; col < cells.length; col++) if (x[col] !== 0) zeroEverywhere[col] = 0;
  }
  const pinned: number[] = [];
  for (let col = 0; col < cells.length; col++) if (zeroEverywhere[col] && index.count[cells[col]] > 0) pinned.push(cells[col]);
  return pinned;
}
