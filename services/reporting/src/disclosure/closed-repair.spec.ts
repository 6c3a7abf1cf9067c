import { cubeFromRecords, groupRulePattern, randomRecords, SKEWED_FOUR as shape } from '../../test/support/statistics-microdata';
import { ClosedRepair } from './closed-repair';
import { belowThreshold } from './cube';
import { buildLinkedGroups } from './linked-groups';
import { pinnedCells } from './pinned-cells';

describe('ClosedRepair', () => {
  it('frees every pinned two-dimension cell it finds a structure for, whatever its period, and only adds cells above zero', () => {
    let freed = 0;
    for (const seed of [1, 2, 3]) {
      const cube = cubeFromRecords(2026, shape, randomRecords(seed, 3000, shape));
      const { index, suppressed } = groupRulePattern(cube);
      const repair = new ClosedRepair(index, cube.multiValued);
      for (const cell of pinnedCells(index, suppressed, 1_000_000) ?? []) {
        const structure = repair.repair(cell, suppressed);
        if (structure === null) continue;
        for (const c of structure) {
          expect(suppressed[c]).toBe(0);
          expect(index.count[c]).toBeGreaterThan(0);
        }
        const after = suppressed.slice();
        for (const c of structure) after[c] = 1;
        expect(pinnedCells(index, after, 1_000_000)).not.toContain(cell);
        freed++;
      }
      // Below the threshold is never the reason a repair is refused: those are suppressed already.
      for (let c = 0; c < index.cellCount(); c++) if (belowThreshold(index.count[c], 5)) expect(suppressed[c]).toBe(1);
    }
    expect(freed).toBeGreaterThan(0);
  });

  it('gives every one- and two-dimension cell of any period a structure that alone lets it move, and refuses the grand total', () => {
    const withType = { ...shape, EXPLOITATION_TYPE: { values: ['SEXUAL', 'LABOUR', 'OTHER'], multiValued: true } };
    const cube = cubeFromRecords(2026, withType, randomRecords(4, 3000, withType));
    const index = buildLinkedGroups(cube);
    const repair = new ClosedRepair(index, cube.multiValued);
    const none = new Uint8Array(index.cellCount());
    const checked = [0, 0, 0];
    for (let c = 0; c < index.cellCount(); c += 37) {
      const structure = repair.repair(c, none);
      if (index.arity[c] === 0) {
        expect(structure).toBeNull();
        continue;
      }
      if (structure === null) continue;
      // Only the cell and its structure suppressed: every other figure published. The cell must still be free.
      const suppressed = new Uint8Array(index.cellCount());
      suppressed[c] = 1;
      for (const k of structure) suppressed[k] = 1;
      expect(pinnedCells(index, suppressed, 1_000_000)).not.toContain(c);
      checked[index.arity[c]]++;
    }
    expect(checked[1]).toBeGreaterThan(5);
    expect(checked[2]).toBeGreaterThan(50);
  });
});
