import { MAX_PAGE_SIZE } from '@nrm/graphql';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { reportingDefinition } from '../src/service-definition';

jest.setTimeout(60_000);

const SNAPSHOTS = `query Snapshots($first: Int) { statisticsSnapshots(first: $first) { id periodStart periodEnd computedAt } }`;

describe('reporting subgraph', () => {
  let subgraph: SubgraphUnderTest;

  beforeAll(async () => {
    subgraph = await startSubgraph(reportingDefinition);
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it('lists statistics snapshots to the national coordinator, most recent first', async () => {
    // Rows of the first shape (no period kind, revision or tables) stay valid and listed (docs/statistics.md, Snapshots).
    const rows: Array<{ id: string }> = await subgraph.dataSource.query(
      `INSERT INTO reporting.statistics_snapshot (period_start, period_end, computed_at, payload) VALUES
         ('2026-01-01', '2026-01-31', '2026-02-01T06:00:00Z', '{}'),
         ('2026-02-01', '2026-02-28', '2026-03-01T06:00:00Z', '{}')
       RETURNING id`,
    );
    const result = await subgraph.graphql<{ statisticsSnapshots: Array<{ id: string; periodStart: string; periodEnd: string; computedAt: string }> }>(
      SNAPSHOTS,
      { first: MAX_PAGE_SIZE },
      await subgraph.tokenFor('coordinator'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.statisticsSnapshots.filter((snapshot) => rows.some((row) => row.id === snapshot.id))).toEqual([
      { id: rows[1]?.id, periodStart: '2026-02-01', periodEnd: '2026-02-28', computedAt: '2026-03-01T06:00:00.000Z' },
      { id: rows[0]?.id, periodStart: '2026-01-01', periodEnd: '2026-01-31', computedAt: '2026-02-01T06:00:00.000Z' },
    ]);
  });

  it('refuses everyone but the national coordinator and the Responsible Authority', async () => {
    for (const username of ['auditor', 'admin', 'police.tirana']) {
      const result = await subgraph.graphql(SNAPSHOTS, {}, await subgraph.tokenFor(username));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('rejects a page larger than the maximum, naming the argument', async () => {
    const result = await subgraph.graphql(SNAPSHOTS, { first: MAX_PAGE_SIZE + 1 }, await subgraph.tokenFor('coordinator'));
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['first'] });
  });
});
