import type { YearCube } from './cube';
import { buildLinkedGroups, compare, type LinkedGroups } from './linked-groups';

export interface SuppressionResult {
  /** Keys (cellKey) of every suppressed cell. */
  suppressed: ReadonlySet<string>;
  /** Cells below the threshold and above zero. */
  primary: number;
  /** Everything else suppressed: complementary suppressions and cells carried over from `base`. */
  secondary: number;
  /** Rounds of the complementary pass (0 when nothing is suppressed). */
  passes: number;
  /** Groups left with a single suppressed cell because nothing else in them could be suppressed (every other cell zero). */
  unresolved?: number;
}

/**
 * Iterative complementary suppression over a year's linked tables (docs/statistics.md, "Disclosure control").
 *
 * Primary: every cell with 0 < count < threshold. Then, pass after pass until nothing changes, every group (see
 * linked-groups.ts) holding exactly one suppressed cell gets a second: the smallest non-zero published member,
 * ties broken by cellKey; when every other member is zero, the group's total. `base` (the app's pattern, when an
 * export with a higher threshold is computed) is suppressed from the start, so the result contains it.
 */
export function suppressYear(cube: YearCube, threshold: number, base: ReadonlySet<string> = new Set()): SuppressionResult {
  const index = buildLinkedGroups(cube, base);
  const n = index.cellCount();
  const suppressed = new Uint8Array(n);
  const suppressedIn = new Int32Array(index.groupCount);
  // Groups that reached one suppressed cell since the last pass (flag + list: no set of numbers to hash).
  const isDirty = new Uint8Array(index.groupCount);
  let dirty: number[] = [];
  const suppress = (cell: number) => {
    if (suppressed[cell]) return;
    suppressed[cell] = 1;
    for (let i = index.groupStart[cell]; i < index.groupStart[cell + 1]; i++) {
      const g = index.cellGroups[i];
      if (++suppressedIn[g] === 1 && !isDirty[g]) {
        isDirty[g] = 1;
        dirty.push(g);
      }
    }
  };

  for (const key of base) {
    const cell = index.find(key);
    if (cell >= 0) suppress(cell);
  }
  let primary = 0;
  for (let cell = 0; cell < n; cell++) {
    const count = index.count[cell];
    if (count > 0 && count < threshold) {
      primary++;
      suppress(cell);
    }
  }

  let passes = 0;
  while (dirty.length > 0) {
    passes++;
    // Groups are numbered in the canonical order of their first cell: the same order for the same figures.
    const pass = Int32Array.from(dirty).sort();
    dirty = [];
    for (const g of pass) isDirty[g] = 0;
    for (const g of pass) {
      if (suppressedIn[g] !== 1) continue;
      const complement = complementOf(index, g, suppressed);
      if (complement >= 0) suppress(complement);
    }
  }
  let unresolved = 0;
  for (const count of suppressedIn) if (count === 1) unresolved++;

  const keys = new Set<string>(index.foreignKeys);
  for (let cell = 0; cell < n; cell++) if (suppressed[cell]) keys.add(index.key(cell));
  return { suppressed: keys, primary, secondary: keys.size - primary, passes, unresolved };
}

/** The smallest non-zero published member of the group (ties: the lower cellKey), else its total, else -1. */
function complementOf(index: LinkedGroups, group: number, suppressed: Uint8Array): number {
  let best = -1;
  for (let i = index.memberStart[group]; i < index.memberStart[group + 1]; i++) {
    const cell = index.memberCells[i];
    if (suppressed[cell] || index.count[cell] === 0) continue;
    if (
      best < 0 ||
      index.count[cell] < index.count[best] ||
      (index.count[cell] === index.count[best] && compare(index.key(cell), index.key(best)) < 0)
    ) {
      best = cell;
    }
  }
  if (best >= 0) return best;
  const total = index.total[group];
  return total >= 0 && !suppressed[total] && index.count[total] > 0 ? total : -1;
}
