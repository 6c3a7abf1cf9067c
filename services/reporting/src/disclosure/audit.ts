import type { YearCube } from './cube';
import { buildLinkedGroups } from './linked-groups';

export interface PatternViolation {
  /** LONE: the only suppressed cell of a group (derivable from it); SMALL: a cell under the threshold left published. */
  kind: 'LONE' | 'SMALL';
  /** cellKey of the cell. */
  cell: string;
  /** The group it stands alone in (for LONE). */
  group?: string;
}

/**
 * Checks a pattern against the rule of docs/statistics.md ("Disclosure control"): every group holds no suppressed
 * cell or at least two, and, when a threshold is given, every cell with 0 < count < threshold is suppressed.
 * An empty list means the pattern passes.
 */
export function auditPattern(cube: YearCube, suppressed: ReadonlySet<string>, threshold?: number): PatternViolation[] {
  const index = buildLinkedGroups(cube, suppressed);
  const hidden = new Uint8Array(index.cellCount());
  for (const key of suppressed) {
    const cell = index.find(key);
    if (cell >= 0) hidden[cell] = 1;
  }
  const violations: PatternViolation[] = [];
  if (threshold !== undefined) {
    for (let cell = 0; cell < hidden.length; cell++) {
      const count = index.count[cell];
      if (!hidden[cell] && count > 0 && count < threshold) violations.push({ kind: 'SMALL', cell: index.key(cell) });
    }
  }
  for (let g = 0; g < index.groupCount; g++) {
    const cells = [...index.memberCells.subarray(index.memberStart[g], index.memberStart[g + 1])];
    if (index.total[g] >= 0) cells.push(index.total[g]);
    const inGroup = cells.filter((cell) => hidden[cell]);
    if (inGroup.length === 1) violations.push({ kind: 'LONE', cell: index.key(inGroup[0]), group: index.describe(g) });
  }
  return violations;
}
