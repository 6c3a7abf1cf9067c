// A year of every table of one measure: 11 dimensions, 1 + 11 + 55 tables, 17 periods, about 150,000 cells.
import { codes, cubeFromRecords, type DimensionSpec, randomRecords, zipf } from '../../test/support/statistics-microdata';
import { auditPattern, suppressYear } from '.';

const SHAPE: Record<string, DimensionSpec> = {
  SEX: { values: ['F', 'M', 'X'], weights: [10, 8, 1] },
  AGE_GROUP: { values: ['CHILD', 'ADULT', 'UNKNOWN'], weights: [3, 8, 1] },
  CITIZENSHIP: { values: ['NATIONAL', 'FOREIGN', 'UNKNOWN'], weights: [8, 3, 1] },
  CITIZENSHIP_COUNTRY: { values: codes('C', 200), weights: zipf(200) },
  EXPLOITATION_TYPE: { values: codes('T', 8), weights: zipf(8), multiValued: true },
  AGENCY_TYPE: { values: codes('A', 10) },
  REGION: { values: codes('R', 12), weights: zipf(12, 0.2) },
  PLACE_OF_EXPLOITATION: { values: codes('P', 5) },
  IDENTIFICATION_STATUS: { values: codes('S', 4) },
  CASE_PHASE: { values: codes('H', 6) },
  CLOSURE_TYPE: { values: codes('L', 5) },
};

describe('suppressYear on a full year', () => {
  const cube = cubeFromRecords(2026, SHAPE, randomRecords(1, 30_000, SHAPE));

  it('settles the group rule over about 150,000 cells in well under the time a query may take', () => {
    expect(cube.cells.length).toBeGreaterThan(140_000);
    const started = performance.now();
    const result = suppressYear(cube, 5, new Set(), { exact: false });
    const ms = performance.now() - started;
    console.info(
      `suppressYear: ${cube.cells.length} cells, ${result.primary} primary + ${result.secondary} secondary suppressions, ${result.passes} passes, ${ms.toFixed(0)} ms`,
    );
    expect(ms).toBeLessThan(5_000);
    expect(result.unresolved).toBe(0);
    expect(auditPattern(cube, result.suppressed, 5)).toEqual([]);
  }, 120_000);

  it('runs the exact check on the same year to the end, within its default budget and rounds', () => {
    const started = performance.now();
    const result = suppressYear(cube, 5);
    const ms = performance.now() - started;
    console.info(
      `suppressYear, exact: ${result.primary} primary + ${result.secondary} secondary suppressions (${result.repaired} added by the exact check: ${result.repairs.nearest} nearest complements, ${result.repairs.doubled} doubled, ${result.repairs.closed} in closed structures), ${result.exactRounds} rounds, ${ms.toFixed(0)} ms`,
    );
    expect(result).toMatchObject({ exact: true, unresolved: 0 });
    expect(auditPattern(cube, result.suppressed, 5)).toEqual([]);
  }, 300_000);
});
