import type { DataSource } from 'typeorm';
import { badUserInput } from '@nrm/graphql';
import { StatisticsTablesPort, type StatisticsTableRequest, type StatisticsTableResult } from '../../src/tables/statistics-tables.port';

/**
 * A stand-in for the statistics tables while the exports are tested on their own: persons identified in the period by
 * SEX, counted in the real read model, with primary suppression below `threshold` for every audience but EXACT (the
 * full pattern is the tables' own subject). Any other measure or grouping is BAD_USER_INPUT, as an impossible one is.
 */
export class SexTable extends StatisticsTablesPort {
  readonly asked: StatisticsTableRequest[] = [];

  constructor(
    /** Read when a table is asked for: the application, and so its data source, is made after this. */
    private readonly dataSource: () => DataSource,
    private readonly threshold = 10,
  ) {
    super();
  }

  async table(input: StatisticsTableRequest): Promise<StatisticsTableResult> {
    this.asked.push(input);
    if (input.measure !== 'IDENTIFICATIONS' || input.groupBy.join() !== 'SEX') throw badUserInput(['input.groupBy']);
    const rows: Array<{ sex: string; count: number }> = await this.dataSource().query(
      `SELECT sex, count(*)::int AS count FROM reporting.person_fact
        WHERE merged_into IS NULL AND identified_on BETWEEN $1 AND $2 GROUP BY sex ORDER BY sex`,
      [input.from, input.to],
    );
    const exact = input.audience === 'EXACT';
    const cells = rows.map((row) => {
      const suppressed = !exact && row.count > 0 && row.count < this.threshold;
      return { values: [row.sex], count: suppressed ? null : row.count, suppressed };
    });
    // Alone, one suppressed cell could be worked out from the total: a second one goes too (the group rule).
    if (!exact && cells.filter((cell) => cell.suppressed).length === 1) {
      const smallest = cells.filter((cell) => !cell.suppressed).sort((a, b) => (a.count ?? 0) - (b.count ?? 0))[0];
      if (smallest) Object.assign(smallest, { count: null, suppressed: true });
    }
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    return {
      groupBy: input.groupBy,
      measure: input.measure,
      from: input.from,
      to: input.to,
      granularity: exact ? 'EXACT' : 'MONTH',
      threshold: exact ? 0 : this.threshold,
      cells,
      total,
      totalSuppressed: false,
    };
  }
}
