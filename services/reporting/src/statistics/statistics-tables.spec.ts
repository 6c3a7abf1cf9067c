import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '@nrm/config';
import type { ServiceRuntime } from '@nrm/service-kit';
import { cubeFromRecords, type DimensionSpec, randomRecords } from '../../test/support/statistics-microdata';
import { reportingConfigSchema, type ReportingConfig } from '../config';
import type { StatisticsFactsRepository } from './statistics-facts.repository';
import { StatisticsTables } from './statistics-tables';
import { StatisticsMeasure } from './statistics.enums';

// The year's pattern through the service (the disclosure algorithm itself: disclosure/*.spec.ts): the exact check's
// limits come from the configuration, and a check that stops before it finishes is logged, with codes and counts only.

// A year the group rule alone leaves pinned (lp-attack.spec.ts, shape 0, seed 37): the exact check has work to do.
const SHAPE: Record<string, DimensionSpec> = { SEX: { values: ['F', 'M'] }, REGION: { values: ['N', 'S', 'E'], weights: [6, 3, 1] } };
const cube = cubeFromRecords(2026, SHAPE, randomRecords(37, 77, SHAPE, [5, 1, 1, 3, 1, 1, 4, 1, 1, 2, 1, 1]));
const monthRows = cube.cells.filter((cell) => /^\d{4}-\d{2}$/.test(cell.period)).map((cell) => ({ month: cell.period, dims: cell.dims, values: cell.values, count: cell.count }));

const facts: Pick<StatisticsFactsRepository, 'refreshMonths' | 'yearVersion' | 'monthCellsOfYear'> = {
  refreshMonths: async () => [],
  yearVersion: async () => 1,
  monthCellsOfYear: async () => monthRows,
};

function tables(env: Record<string, string>) {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  const config = loadConfig(reportingConfigSchema, { NODE_ENV: 'test', ...env });
  const runtime: ServiceRuntime<ReportingConfig> = { name: 'reporting', schema: 'reporting', mode: 'api', config, logger };
  return { tables: new StatisticsTables(facts as StatisticsFactsRepository, runtime, logger), lines };
}

describe('StatisticsTables#pattern', () => {
  it('runs the exact check to the end with the default limits, and logs nothing', async () => {
    const { tables: service, lines } = tables({});
    const pattern = await service.pattern(StatisticsMeasure.IDENTIFICATIONS, 2026, 'APP');
    expect(pattern.suppressed.size).toBeGreaterThan(0);
    expect(lines).toEqual([]);
  });

  it('logs a warning naming the measure and year, and nothing of the figures, when the check stops at its configured budget', async () => {
    const { tables: service, lines } = tables({ STATISTICS_EXACT_BUDGET: '10' });
    const limited = await service.pattern(StatisticsMeasure.IDENTIFICATIONS, 2026, 'APP');
    const full = await tables({}).tables.pattern(StatisticsMeasure.IDENTIFICATIONS, 2026, 'APP');
    // The check could add nothing: the group rule's pattern, smaller than the checked one.
    expect(limited.suppressed.size).toBeLessThan(full.suppressed.size);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, measure: 'IDENTIFICATIONS', year: 2026, audience: 'APP', exactRounds: 1, repaired: 0 });
    expect(Object.keys(lines[0] ?? {}).sort()).toEqual(['audience', 'cells', 'exactRounds', 'level', 'measure', 'msg', 'pid', 'hostname', 'repaired', 'suppressed', 'time', 'year'].sort());
  });

  it('stops at the configured rounds too', async () => {
    const { tables: service, lines } = tables({ STATISTICS_EXACT_ROUNDS: '1' });
    await service.pattern(StatisticsMeasure.IDENTIFICATIONS, 2026, 'APP');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ exactRounds: 1 });
  });
});
