import { belowThreshold, type YearCube } from './cube';
import { buildLinkedGroups, compare, type LinkedGroups } from './linked-groups';
import { ClosedRepair } from './closed-repair';
import { pinnedCells } from './pinned-cells';

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
  /**
   * Unless `exact: false` was asked for. True when the exact check ran to the end: no suppressed cell (count > 0) is
   * determined by the published cells and the equations. False when it gave up (past its budget or its rounds) or
   * could not suppress more; the pattern is then the group rule's and what the check added before it stopped.
   */
  exact?: boolean;
  /** Suppressions the exact check added (before their own complements). */
  repaired?: number;
  /**
   * How `repaired` came about: cells added as the complement of a pinned cell's nearest group (a first repair, and the
   * doubled ones where no closed structure exists), and cells of closed structures (closed-repair.ts).
   */
  repairs: { nearest: number; doubled: number; closed: number };
  /** Rounds of the exact check (an elimination each). */
  exactRounds?: number;
}

export interface SuppressionOptions {
  /** Run the exact check (default true). `false` leaves the group rule alone, for the tests that show why it is needed. */
  exact?: boolean;
  /** Coefficients one elimination of the exact check may hold before it gives up (default 5,000,000: about 60 MB). */
  exactBudget?: number;
  /** Rounds (eliminations) the exact check may run before it gives up (default 60). */
  exactRounds?: number;
}

export const DEFAULT_EXACT_BUDGET = 5_000_000;
export const DEFAULT_EXACT_ROUNDS = 60;

/**
 * Iterative complementary suppression over a year's linked tables (docs/statistics.md, "Disclosure control").
 *
 * Primary: every cell with 0 < count < threshold. Then, pass after pass until nothing changes, every group (see
 * linked-groups.ts) holding exactly one suppressed cell gets a second: the smallest non-zero published member,
 * ties broken by cellKey; when every other member is zero, the group's total. `base` (the app's pattern, when an
 * export with a higher threshold is computed) is suppressed from the start, so the result contains it. Then, unless
 * `exact: false`, the exact check (pinned-cells.ts) suppresses more until no suppressed cell is determined by the
 * published cells and the equations.
 */
export function suppressYear(
  cube: YearCube,
  threshold: number,
  base: ReadonlySet<string> = new Set(),
  options: SuppressionOptions = {},
): SuppressionResult {
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
    if (belowThreshold(count, threshold)) {
      primary++;
      suppress(cell);
    }
  }

  let passes = 0;
  const settle = () => {
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
  };
  settle();

  // The group rule does not stop a chain of groups from pinning a cell (tables linked in three directions): find
  // such cells and suppress more in their groups until none is left. A pinned cell first gets the cheap repair (the
  // complement of its nearest group). If it is still pinned the next round (the cell added closed no loop around it),
  // it gets the cheapest closed structure through it (closed-repair.ts), which frees it for good; where there is none
  // (a structure needs cells above zero), twice as many complements each round, so a stubborn cell costs rounds in
  // the logarithm of what it needs.
  let exact: boolean | undefined;
  let repaired = 0;
  let exactRounds = 0;
  const repairs = { nearest: 0, doubled: 0, closed: 0 };
  if (options.exact !== false) {
    const budget = options.exactBudget ?? DEFAULT_EXACT_BUDGET;
    const maxRounds = options.exactRounds ?? DEFAULT_EXACT_ROUNDS;
    const stuck = new Uint8Array(n);
    let closed: ClosedRepair | undefined;
    for (;;) {
      if (exactRounds === maxRounds) {
        exact = false;
        break;
      }
      exactRounds++;
      const pinned = pinnedCells(index, suppressed, budget);
      if (pinned === null || pinned.length === 0) {
        exact = pinned !== null;
        break;
      }
      const touched = new Set<number>();
      const spent = new Uint8Array(n);
      let added = 0;
      for (const cell of pinned) {
        const again = stuck[cell] > 0;
        if (again) {
          closed ??= new ClosedRepair(index, cube.multiValued);
          const structure = closed.repair(cell, suppressed);
          if (structure !== null) {
            for (const more of structure) suppress(more);
            added += structure.length;
            repairs.closed += structure.length;
            continue;
          }
        }
        const tries = again ? 2 ** Math.min(stuck[cell], 6) : 1;
        stuck[cell] = Math.min(stuck[cell] + 1, 255);
        // A first repair stays away from groups another repair of this round touched, and from regions another search
        // found spent; a repeated one does not.
        const avoid = again ? new Set<number>() : touched;
        const searched = again ? new Uint8Array(n) : spent;
        for (let t = 0; t < tries; t++) {
          const more = nearestComplement(index, cell, suppressed, avoid, searched);
          if (more < 0) break;
          suppress(more);
          for (let i = index.groupStart[more]; i < index.groupStart[more + 1]; i++) touched.add(index.cellGroups[i]);
          added++;
          if (again) repairs.doubled++;
          else repairs.nearest++;
        }
      }
      if (added === 0) {
        exact = false;
        break;
      }
      repaired += added;
      settle();
    }
  }
  let unresolved = 0;
  for (const count of suppressedIn) if (count === 1) unresolved++;

  const keys = new Set<string>(index.foreignKeys);
  for (let cell = 0; cell < n; cell++) if (suppressed[cell]) keys.add(index.key(cell));
  return {
    suppressed: keys,
    primary,
    secondary: keys.size - primary,
    passes,
    unresolved,
    exact,
    repaired,
    exactRounds,
    repairs,
  };
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

/**
 * A further suppression for a pinned cell: the complement (see complementOf) of the first of its groups that has one,
 * searching outwards through groups linked by suppressed cells when its own groups are all spent. null when one of
 * the cell's own groups already got a new suppression in this round (look again after it settles); -1 when none.
 * A search that finds nothing marks every cell it went through as `spent`, so the next pinned cell of the same
 * region does not search it again.
 */
function nearestComplement(
  index: LinkedGroups,
  start: number,
  suppressed: Uint8Array,
  touched: ReadonlySet<number>,
  spent: Uint8Array,
): number {
  // cellGroups lists a cell's groups in canonical order already (groups are numbered canonically).
  const groupsOf = (cell: number) => index.cellGroups.subarray(index.groupStart[cell], index.groupStart[cell + 1]);
  if (spent[start] || groupsOf(start).some((g) => touched.has(g))) return -1;
  const seenCells = [start];
  spent[start] = 1;
  const seenGroups = new Set<number>();
  let frontier = [start];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const cell of frontier) {
      for (const g of groupsOf(cell)) {
        if (seenGroups.has(g)) continue;
        seenGroups.add(g);
        const more = complementOf(index, g, suppressed);
        if (more >= 0) {
          for (const c of seenCells) spent[c] = 0;
          return more;
        }
        const cells = [...index.memberCells.subarray(index.memberStart[g], index.memberStart[g + 1]), index.total[g]];
        for (const c of cells) {
          if (c >= 0 && suppressed[c] && !spent[c]) {
            spent[c] = 1;
            seenCells.push(c);
            next.push(c);
          }
        }
      }
    }
    frontier = next;
  }
  return -1;
}
