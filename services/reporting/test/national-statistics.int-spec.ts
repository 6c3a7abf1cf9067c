import { randomUUID } from 'node:crypto';
import { startSubgraph, type SubgraphUnderTest } from '@nrm/testing';
import { auditPattern } from '../src/disclosure';
import { reportingDefinition } from '../src/service-definition';
import { StatisticsMeasure } from '../src/statistics/statistics.enums';
import { StatisticsTables } from '../src/statistics/statistics-tables';

jest.setTimeout(120_000);

/*
 * National statistics against the read model (docs/statistics.md): known fact rows are written straight into the
 * tables (as the event handlers would), in 2019, a year no other test writes, and every figure is checked.
 */

const TABLE = `query Table($input: StatisticsInput!) {
  nationalStatistics(input: $input) { groupBy measure threshold from to granularity total totalSuppressed cells { values count suppressed } }
}`;
const FUNNEL = `query Funnel($input: StatisticsPeriodInput!) {
  statisticsFunnel(input: $input) { from to granularity threshold steps { stage count suppressed } durations { stage medianDays p90Days count suppressed } }
}`;
const OCCUPANCY = `query Occupancy($input: StatisticsPeriodInput!) { shelterOccupancy(input: $input) { date occupied suppressed } }`;
const OVERDUE = `query { overdueItems { kind count suppressed } }`;

interface Cell {
  values: string[];
  count: number | null;
  suppressed: boolean;
}
interface Table {
  groupBy: string[];
  measure: string;
  threshold: number;
  from: string;
  to: string;
  granularity: string;
  total: number | null;
  totalSuppressed: boolean;
  cells: Cell[];
}

const PREFIX = `qtest-${randomUUID().slice(0, 8)}`;

interface PersonRow {
  key: string;
  on: string;
  sex: string;
  age: 'CHILD' | 'ADULT' | 'UNKNOWN';
  citizenship: 'NATIONAL' | 'FOREIGN';
  country: string;
  region: string;
  agency: string;
  status: string;
  types: string[];
  refused?: boolean;
  mergedInto?: string;
  referredAt?: string;
  acceptedAt?: string;
  formalAt?: string;
  outcome?: string;
  outcomeAt?: string;
}

function persons(): PersonRow[] {
  const rows: PersonRow[] = [];
  const add = (count: number, row: Omit<PersonRow, 'key'>) => {
    for (let i = 0; i < count; i++) rows.push({ key: `${PREFIX}-${rows.length}`, ...row });
  };
  // January 2019: 8 adult women (2 of them also forced labour), 3 foreign boys, 1 girl who refused the interview.
  add(6, { on: '2019-01-15', sex: 'FEMALE', age: 'ADULT', citizenship: 'NATIONAL', country: 'AL', region: 'TIRANE', agency: 'STATE_POLICE', status: 'PRESUMED', types: ['SEXUAL'] });
  add(2, { on: '2019-01-15', sex: 'FEMALE', age: 'ADULT', citizenship: 'NATIONAL', country: 'AL', region: 'TIRANE', agency: 'STATE_POLICE', status: 'PRESUMED', types: ['SEXUAL', 'FORCED_LABOUR'] });
  add(3, { on: '2019-01-05', sex: 'MALE', age: 'CHILD', citizenship: 'FOREIGN', country: 'XK', region: 'DURRES', agency: 'NGO', status: 'AT_RISK', types: ['FORCED_BEGGING'] });
  add(1, { on: '2019-01-25', sex: 'FEMALE', age: 'CHILD', citizenship: 'NATIONAL', country: 'AL', region: 'TIRANE', agency: 'STATE_POLICE', status: 'PRESUMED', types: ['SEXUAL'], refused: true });
  // An alias merged into the first person: never counted.
  add(1, { on: '2019-01-15', sex: 'FEMALE', age: 'ADULT', citizenship: 'NATIONAL', country: 'AL', region: 'TIRANE', agency: 'STATE_POLICE', status: 'PRESUMED', types: ['SEXUAL'], mergedInto: `${PREFIX}-0` });
  // February 2019: 6 adult men in forced labour.
  add(6, { on: '2019-02-10', sex: 'MALE', age: 'ADULT', citizenship: 'NATIONAL', country: 'AL', region: 'TIRANE', agency: 'STATE_POLICE', status: 'PRESUMED', types: ['FORCED_LABOUR'] });
  // The funnel: three referred (after 5, 10 and 1 days), two accepted (after 2 and 4), one formally identified.
  Object.assign(rows[0]!, { referredAt: '2019-01-20T00:00:00Z', acceptedAt: '2019-01-22T00:00:00Z', formalAt: '2019-01-25T00:00:00Z', outcome: 'VICTIM', outcomeAt: '2019-02-04T00:00:00Z' });
  Object.assign(rows[1]!, { referredAt: '2019-01-25T00:00:00Z', acceptedAt: '2019-01-29T00:00:00Z' });
  Object.assign(rows[2]!, { referredAt: '2019-01-16T00:00:00Z' });
  return rows;
}

describe('national statistics (real PostgreSQL)', () => {
  let subgraph: SubgraphUnderTest;
  const tokens: Record<string, string> = {};
  const rows = persons();

  async function insertPerson(row: PersonRow): Promise<void> {
    await subgraph.dataSource.query(
      `INSERT INTO reporting.person_fact (person_key, identified_at, identified_on, sex, age_group, age_band, citizenship_group, citizenship_country,
         agency_type, region, place_of_exploitation, status, consent_refused, merged_into, referred_at, accepted_at, formal_requested_at, outcome, outcome_at)
       VALUES ($1, ($2::date)::timestamp AT TIME ZONE 'UTC', $2, $3, $4, '18-20', $5, $6, $7, $8, 'DOMESTIC', $9, $10, $11, $12, $13, $14, $15, $16)`,
      [row.key, row.on, row.sex, row.age, row.citizenship, row.country, row.agency, row.region, row.status, row.refused ?? false, row.mergedInto ?? null,
        row.referredAt ?? null, row.acceptedAt ?? null, row.formalAt ?? null, row.outcome ?? null, row.outcomeAt ?? null],
    );
    for (const type of row.types) {
      await subgraph.dataSource.query(`INSERT INTO reporting.person_exploitation (person_key, exploitation_type) VALUES ($1, $2)`, [row.key, type]);
    }
  }

  async function table(user: string, input: Record<string, unknown>): Promise<Table> {
    const result = await subgraph.graphql<{ nationalStatistics: Table }>(TABLE, { input }, tokens[user]);
    expect(result.errors).toBeUndefined();
    return result.data!.nationalStatistics;
  }

  async function refusal(user: string, input: Record<string, unknown>): Promise<unknown> {
    const result = await subgraph.graphql(TABLE, { input }, tokens[user]);
    expect(result.data).toBeNull();
    return result.errors?.[0]?.extensions;
  }

  const exact = (cells: Cell[]) => cells.map((cell) => [...cell.values, cell.count]);

  beforeAll(async () => {
    subgraph = await startSubgraph({ ...reportingDefinition, env: { NOTIFICATIONS_INTERNAL_URL: 'http://127.0.0.1:9', PEER_TIMEOUT_MS: '2000' } });
    for (const user of ['coordinator', 'ra.officer', 'ra.head', 'head.shelter-a', 'police.tirana']) tokens[user] = await subgraph.tokenFor(user);
    for (const row of rows) await insertPerson(row);
    const [p1, p2] = [rows[0]!.key, rows[1]!.key];
    await subgraph.dataSource.query(
      `INSERT INTO reporting.referral_fact (referral_key, person_key, created_at, created_on, urgent, decision, answered_at) VALUES
         ($1, $2, '2019-01-20T00:00:00Z', '2019-01-20', false, 'ACCEPTED', '2019-01-22T00:00:00Z'),
         ($3, $4, '2019-01-25T00:00:00Z', '2019-01-25', true, 'ACCEPTED', '2019-01-29T00:00:00Z')`,
      [`${PREFIX}-r1`, p1, `${PREFIX}-r2`, p2],
    );
    await subgraph.dataSource.query(
      `INSERT INTO reporting.case_fact (case_key, person_key, opened_at, opened_on, admitted_at, phase, closed_at, closed_on, closure_status, closure_type) VALUES
         ($1, $2, '2019-01-25T00:00:00Z', '2019-01-25', '2019-01-26T10:00:00Z', 'STABILISATION', '2019-03-10T10:00:00Z', '2019-03-10', 'CLOSED', 'PLANNED_MUTUAL'),
         ($3, $4, '2019-02-01T00:00:00Z', '2019-02-01', '2019-02-02T10:00:00Z', 'CRISIS_INTERVENTION', NULL, NULL, NULL, NULL)`,
      [`${PREFIX}-c1`, p1, `${PREFIX}-c2`, p2],
    );
    await subgraph.dataSource.query(
      `INSERT INTO reporting.permit_fact (permit_key, person_key, permit_type, recorded_at, recorded_on) VALUES ($1, $2, 'A', '2019-02-15T09:00:00Z', '2019-02-15')`,
      [`${PREFIX}-t1`, p1],
    );
  });

  afterAll(async () => {
    if (subgraph) {
      for (const name of ['permit_fact', 'case_fact', 'referral_fact']) {
        const key = name.replace('_fact', '_key');
        await subgraph.dataSource.query(`DELETE FROM reporting.${name} WHERE ${key} LIKE $1`, [`${PREFIX}-%`]);
      }
      await subgraph.dataSource.query(`DELETE FROM reporting.person_fact WHERE person_key LIKE $1`, [`${PREFIX}-%`]);
    }
    await subgraph?.close();
  });

  describe('exact figures for ra_head', () => {
    it('counts identifications by one dimension over a whole month, leaving the merged alias out', async () => {
      const result = await table('ra.head', { from: '2019-01-01', to: '2019-01-31', groupBy: ['SEX'] });
      expect(result).toMatchObject({ groupBy: ['SEX'], measure: 'IDENTIFICATIONS', threshold: 0, from: '2019-01-01', to: '2019-01-31', granularity: 'EXACT', total: 12, totalSuppressed: false });
      expect(exact(result.cells)).toEqual([
        ['FEMALE', 9],
        ['MALE', 3],
      ]);
      expect(result.cells.every((cell) => !cell.suppressed)).toBe(true);
    });

    it('counts by two dimensions, values in the order asked for', async () => {
      const result = await table('ra.head', { from: '2019-01-01', to: '2019-01-31', groupBy: ['SEX', 'AGE_GROUP'] });
      expect(exact(result.cells)).toEqual([
        ['FEMALE', 'ADULT', 8],
        ['FEMALE', 'CHILD', 1],
        ['MALE', 'CHILD', 3],
      ]);
      const reversed = await table('ra.head', { from: '2019-01-01', to: '2019-01-31', groupBy: ['AGE_GROUP', 'SEX'] });
      expect(exact(reversed.cells)).toEqual([
        ['ADULT', 'FEMALE', 8],
        ['CHILD', 'FEMALE', 1],
        ['CHILD', 'MALE', 3],
      ]);
    });

    it('counts a person once under each exploitation type, the total in persons', async () => {
      const result = await table('ra.head', { from: '2019-01-01', to: '2019-02-28', groupBy: ['EXPLOITATION_TYPE'] });
      expect(result.total).toBe(18);
      expect(exact(result.cells)).toEqual([
        ['FORCED_BEGGING', 3],
        ['FORCED_LABOUR', 8],
        ['SEXUAL', 9],
      ]);
      const bySex = await table('ra.head', { from: '2019-01-01', to: '2019-01-31', groupBy: ['EXPLOITATION_TYPE', 'SEX'] });
      expect(exact(bySex.cells)).toEqual([
        ['FORCED_BEGGING', 'MALE', 3],
        ['FORCED_LABOUR', 'FEMALE', 2],
        ['SEXUAL', 'FEMALE', 9],
      ]);
    });

    it('counts an exact range that is not whole months, and three dimensions, from the facts', async () => {
      const part = await table('ra.head', { from: '2019-01-10', to: '2019-01-20', groupBy: ['SEX'] });
      expect(part).toMatchObject({ from: '2019-01-10', to: '2019-01-20', granularity: 'EXACT', total: 8 });
      expect(exact(part.cells)).toEqual([['FEMALE', 8]]);
      const three = await table('ra.head', { from: '2019-01-01', to: '2019-01-31', groupBy: ['REGION', 'SEX', 'EXPLOITATION_TYPE'] });
      expect(three.total).toBe(12);
      expect(exact(three.cells)).toEqual([
        ['DURRES', 'MALE', 'FORCED_BEGGING', 3],
        ['TIRANE', 'FEMALE', 'FORCED_LABOUR', 2],
        ['TIRANE', 'FEMALE', 'SEXUAL', 9],
      ]);
      const five = await table('ra.head', { from: '2015-01-01', to: '2019-12-31', groupBy: ['CITIZENSHIP'] });
      expect(exact(five.cells)).toEqual([
        ['FOREIGN', 3],
        ['NATIONAL', 15],
      ]);
    });

    it('counts referrals, cases opened, closures by type, consent refusals and permits, with the person dimensions', async () => {
      const q1 = { from: '2019-01-01', to: '2019-03-31' };
      expect(exact((await table('ra.head', { ...q1, measure: 'REFERRALS', groupBy: ['SEX'] })).cells)).toEqual([['FEMALE', 2]]);
      const opened = await table('ra.head', { ...q1, measure: 'CASES_OPENED', groupBy: ['CASE_PHASE'] });
      expect([opened.total, exact(opened.cells)]).toEqual([2, [['CRISIS_INTERVENTION', 1], ['STABILISATION', 1]]]);
      const closures = await table('ra.head', { ...q1, measure: 'CASE_CLOSURES', groupBy: ['CLOSURE_TYPE', 'AGE_GROUP'] });
      expect([closures.total, exact(closures.cells)]).toEqual([1, [['PLANNED_MUTUAL', 'ADULT', 1]]]);
      const refusals = await table('ra.head', { ...q1, measure: 'CONSENT_REFUSALS', groupBy: ['AGE_GROUP'] });
      expect([refusals.total, exact(refusals.cells)]).toEqual([1, [['CHILD', 1]]]);
      const permits = await table('ra.head', { ...q1, measure: 'PERMITS_ISSUED', groupBy: [] });
      expect([permits.total, exact(permits.cells)]).toEqual([1, [[1]]]);
      // A person's CLOSURE_TYPE is that of their latest closed case.
      const byClosure = await table('ra.head', { from: '2019-01-01', to: '2019-01-31', groupBy: ['CLOSURE_TYPE'] });
      expect(exact(byClosure.cells)).toEqual([
        ['NONE', 11],
        ['PLANNED_MUTUAL', 1],
      ]);
    });

    it('gives the funnel and the days per stage (median, 90th percentile)', async () => {
      const result = await subgraph.graphql<{ statisticsFunnel: Record<string, unknown> }>(FUNNEL, { input: { from: '2019-01-01', to: '2019-01-31' } }, tokens['ra.head']);
      expect(result.errors).toBeUndefined();
      expect(result.data?.statisticsFunnel).toEqual({
        from: '2019-01-01',
        to: '2019-01-31',
        granularity: 'EXACT',
        threshold: 0,
        steps: [
          { stage: 'IDENTIFIED', count: 12, suppressed: false },
          { stage: 'REFERRED', count: 3, suppressed: false },
          { stage: 'ACCEPTED', count: 2, suppressed: false },
          { stage: 'FORMAL_ID_REQUESTED', count: 1, suppressed: false },
          { stage: 'OUTCOME', count: 1, suppressed: false },
        ],
        durations: [
          { stage: 'REFERRED', medianDays: 5, p90Days: 9, count: 3, suppressed: false },
          { stage: 'ACCEPTED', medianDays: 3, p90Days: 3.8, count: 2, suppressed: false },
          { stage: 'FORMAL_ID_REQUESTED', medianDays: 10, p90Days: 10, count: 1, suppressed: false },
          { stage: 'OUTCOME', medianDays: 10, p90Days: 10, count: 1, suppressed: false },
        ],
      });
    });

    it('gives shelter occupancy at each month end (Tirana time)', async () => {
      const result = await subgraph.graphql<{ shelterOccupancy: unknown[] }>(OCCUPANCY, { input: { from: '2019-01-01', to: '2019-04-30' } }, tokens['ra.head']);
      expect(result.errors).toBeUndefined();
      expect(result.data?.shelterOccupancy).toEqual([
        { date: '2019-01-31', occupied: 1, suppressed: false },
        { date: '2019-02-28', occupied: 2, suppressed: false },
        { date: '2019-03-31', occupied: 1, suppressed: false },
        { date: '2019-04-30', occupied: 1, suppressed: false },
      ]);
    });
  });

  describe('disclosure control for the national coordinator and RA officers', () => {
    for (const user of ['coordinator', 'ra.officer']) {
      it(`${user}: snaps the period, suppresses small cells, shows the rest exactly`, async () => {
        const result = await table(user, { from: '2019-01-10', to: '2019-02-20', groupBy: ['SEX'] });
        expect(result).toMatchObject({ from: '2019-01-01', to: '2019-03-31', granularity: 'QUARTER', threshold: 5, total: 18, totalSuppressed: false });
        expect(result.cells.map((cell) => cell.values[0])).toEqual(['FEMALE', 'MALE']);
        for (const cell of result.cells) expect(cell.count === null ? cell.suppressed : !cell.suppressed && [9].includes(cell.count)).toBe(true);

        const january = await table(user, { from: '2019-01-05', to: '2019-01-25', groupBy: ['SEX'] });
        expect(january).toMatchObject({ from: '2019-01-01', to: '2019-01-31', granularity: 'MONTH' });
        const male = january.cells.find((cell) => cell.values[0] === 'MALE');
        expect(male).toEqual({ values: ['MALE'], count: null, suppressed: true });
        // No group of published cells with a total holds a single suppressed cell (docs/statistics.md).
        const female = january.cells.find((cell) => cell.values[0] === 'FEMALE');
        expect(january.totalSuppressed || female?.suppressed).toBe(true);

        const year = await table(user, { from: '2019-03-01', to: '2019-06-30', groupBy: ['SEX', 'AGE_GROUP'] });
        expect(year).toMatchObject({ from: '2019-01-01', to: '2019-12-31', granularity: 'YEAR', total: 18 });
        for (const cell of year.cells) {
          if (!cell.suppressed) expect(cell.count).toBeGreaterThanOrEqual(5);
          else expect(cell.count).toBeNull();
        }
        expect(year.cells.find((cell) => cell.values.join() === 'FEMALE,CHILD')).toEqual({ values: ['FEMALE', 'CHILD'], count: null, suppressed: true });
      });
    }

    it("computes each year's pattern over every table and period so that no group holds a lone suppressed cell, exports only adding to it", async () => {
      const tables = subgraph.app.get(StatisticsTables);
      for (const measure of [StatisticsMeasure.IDENTIFICATIONS, StatisticsMeasure.REFERRALS, StatisticsMeasure.CASES_OPENED]) {
        const app = await tables.pattern(measure, 2019, 'APP');
        const exported = await tables.pattern(measure, 2019, 'EXPORT');
        const cube = await tables.yearCube(measure, 2019);
        expect(cube.cells.length).toBeGreaterThan(0);
        expect(auditPattern(cube, app.suppressed, 5)).toEqual([]);
        expect(auditPattern(cube, exported.suppressed, 10)).toEqual([]);
        for (const key of app.suppressed) expect(exported.suppressed.has(key)).toBe(true);
      }
      const file = await tables.table({ measure: StatisticsMeasure.IDENTIFICATIONS, from: '2019-01-01', to: '2019-03-31', groupBy: [], audience: 'EXPORT' });
      expect(file).toMatchObject({ threshold: 10, granularity: 'QUARTER', total: 18 });
    });

    it('shows the same pattern to every query about the year', async () => {
      const one = await table('coordinator', { from: '2019-01-01', to: '2019-12-31', groupBy: ['SEX', 'AGE_GROUP'] });
      const two = await table('ra.officer', { from: '2019-02-01', to: '2019-11-30', groupBy: ['AGE_GROUP', 'SEX'] });
      expect(two.cells.map((cell) => [cell.values[1], cell.values[0], cell.suppressed])).toEqual(
        expect.arrayContaining(one.cells.map((cell) => [cell.values[0], cell.values[1], cell.suppressed])),
      );
    });

    // The funnel tests' persons: adult national women of a year no other test uses, identified on one day; the first
    // `referred` of each group referred that day, the first `accepted` accepted too. Removed after each test.
    type FunnelStep = { stage: string; count: number | null; suppressed: boolean };
    type Funnel = { steps: FunnelStep[]; durations: FunnelStep[] };
    const funnelPersons = (year: number) => {
      const rows: PersonRow[] = [];
      const add = (count: number, on: string, referred: number, accepted = 0) => {
        for (let i = 0; i < count; i++) {
          rows.push({ key: `${PREFIX}-${year}-${rows.length}`, on, sex: 'FEMALE', age: 'ADULT', citizenship: 'NATIONAL', country: 'AL', region: 'TIRANE', agency: 'STATE_POLICE', status: 'PRESUMED', types: ['SEXUAL'], ...(i < referred ? { referredAt: `${on}T12:00:00Z` } : {}), ...(i < accepted ? { acceptedAt: `${on}T13:00:00Z` } : {}) });
        }
      };
      const insert = async () => {
        for (const row of rows) await insertPerson(row);
      };
      const remove = () => subgraph.dataSource.query(`DELETE FROM reporting.person_fact WHERE person_key LIKE $1`, [`${PREFIX}-${year}-%`]);
      return { rows, add, insert, remove };
    };
    const funnelOf = async (user: string, from: string, to: string): Promise<Funnel> => {
      const result = await subgraph.graphql<{ statisticsFunnel: Funnel }>(FUNNEL, { input: { from, to } }, tokens[user]);
      expect(result.errors).toBeUndefined();
      return result.data!.statisticsFunnel;
    };
    /** Each stage's count (null when withheld). */
    const stageCounts = async (user: string, from: string, to: string) => Object.fromEntries((await funnelOf(user, from, to)).steps.map((step) => [step.stage, step.count]));

    it('blocks nested-period differencing in the funnel: a small month makes a second month of its quarter withheld', async () => {
      // 2017, a year no other test uses: January 9 identified and 3 referred, February 12 and 6, March 14 and 7. Without
      // a second suppression, the first quarter's 16 referred less February's and March's would give January's 3.
      // (Every month has persons not referred, 6, 6 and 7: those differences are not small.)
      const { rows: added, add, insert, remove } = funnelPersons(2017);
      add(9, '2017-01-10', 3);
      add(12, '2017-02-10', 6);
      add(14, '2017-03-10', 7);
      await insert();
      try {
        const referred = async (user: string, from: string, to: string) => (await funnelOf(user, from, to)).steps.find((step) => step.stage === 'REFERRED');
        const months = ['01', '02', '03'].map((month) => [`2017-${month}-01`, `2017-${month}-${month === '02' ? '28' : '31'}`] as const);
        const shown = await Promise.all(months.map(([from, to]) => referred('coordinator', from, to)));
        const quarter = await referred('coordinator', '2017-01-01', '2017-03-31');
        expect(quarter).toEqual({ stage: 'REFERRED', count: 16, suppressed: false });
        // January below the threshold; February, the smallest other month, withheld with it; March published.
        expect(shown).toEqual([
          { stage: 'REFERRED', count: null, suppressed: true },
          { stage: 'REFERRED', count: null, suppressed: true },
          { stage: 'REFERRED', count: 7, suppressed: false },
        ]);
        // February's duration rests on the same six persons: its count is withheld with the stage.
        expect((await funnelOf('ra.officer', '2017-02-01', '2017-02-28')).durations.find((row) => row.stage === 'REFERRED')).toMatchObject({ count: null, suppressed: true });
        // ra_head sees every figure.
        expect(await Promise.all(months.map(([from, to]) => referred('ra.head', from, to)))).toEqual([3, 6, 7].map((count) => ({ stage: 'REFERRED', count, suppressed: false })));
        // Whatever the coordinator can ask about 2017 (months, quarters, the year), no sum of the quarter or the year
        // has exactly one withheld part.
        const periods = [...months, ['2017-04-01', '2017-06-30'], ['2017-01-01', '2017-12-31']] as const;
        const all = await Promise.all(periods.map(([from, to]) => referred('coordinator', from, to)));
        const withheld = all.map((step) => step?.suppressed);
        expect(withheld.slice(0, 3).filter(Boolean).length).not.toBe(1);
        // A write changes the year's pattern at once (the funnel's version, bumped in the writer's transaction). Two
        // more referred in January make five of nine: five is not small, but January's nine identified (published)
        // less five would give the four identified and not referred, so January's referred is withheld, and February's
        // with it; the quarter's 18 of 35 leave 17, not small.
        const refer = (rows: PersonRow[]) => subgraph.dataSource.query(`UPDATE reporting.person_fact SET referred_at = identified_at WHERE person_key = ANY($1::text[])`, [rows.map((row) => row.key)]);
        await refer(added.slice(3, 5));
        const identified = async (from: string, to: string) => (await funnelOf('coordinator', from, to)).steps.find((step) => step.stage === 'IDENTIFIED');
        expect(await identified('2017-01-01', '2017-01-31')).toEqual({ stage: 'IDENTIFIED', count: 9, suppressed: false });
        expect(await Promise.all(periods.map(([from, to]) => referred('coordinator', from, to)))).toEqual([
          { stage: 'REFERRED', count: null, suppressed: true },
          { stage: 'REFERRED', count: null, suppressed: true },
          { stage: 'REFERRED', count: 7, suppressed: false },
          { stage: 'REFERRED', count: 0, suppressed: false },
          { stage: 'REFERRED', count: 18, suppressed: false },
        ]);
        // All nine referred: nothing small and no small difference, every month published.
        await refer(added.slice(5, 9));
        expect(await Promise.all(months.map(([from, to]) => referred('coordinator', from, to)))).toEqual([9, 6, 7].map((count) => ({ stage: 'REFERRED', count, suppressed: false })));
      } finally {
        await remove();
      }
    });

    it('blocks the funnel\'s differences: identified less referred, over months and through nested periods', async () => {
      // 2016: January 6 identified and 3 referred, February 6 and 6, March 7 and 7. Every month's identified are
      // published. January's referred is small and withheld; February and March have no one left unreferred, so the
      // quarter's 19 identified less its 16 referred would give January's 3 not referred, and 6 less 3 its referred:
      // the quarter's and the year's referred are withheld too.
      const { add, insert, remove } = funnelPersons(2016);
      add(6, '2016-01-10', 3);
      add(6, '2016-02-10', 6);
      add(7, '2016-03-10', 7);
      await insert();
      try {
        const periods = [['2016-01-01', '2016-01-31'], ['2016-02-01', '2016-02-29'], ['2016-03-01', '2016-03-31'], ['2016-01-01', '2016-03-31'], ['2016-01-01', '2016-12-31']] as const;
        const shown = await Promise.all(periods.map(([from, to]) => stageCounts('coordinator', from, to)));
        expect(shown.map((step) => step['IDENTIFIED'])).toEqual([6, 6, 7, 19, 19]);
        expect(shown.map((step) => step['REFERRED'])).toEqual([null, 6, 7, null, null]);
        expect((await Promise.all(periods.map(([from, to]) => stageCounts('ra.head', from, to)))).map((step) => step['REFERRED'])).toEqual([3, 6, 7, 16, 16]);
      } finally {
        await remove();
      }
    });

    it('blocks the difference between two nested stages: referred less accepted', async () => {
      // 2018: April 15 identified, 8 referred, 6 of them accepted, no one else all year. Neither 8 nor 6 is small, and
      // neither differs from the 15 identified by a small number, but 8 less 6 would give the 2 referred and not
      // accepted: April's accepted is withheld, and (every other month having none) the quarter's and the year's.
      const { add, insert, remove } = funnelPersons(2018);
      add(15, '2018-04-10', 8, 6);
      await insert();
      try {
        const periods = [['2018-04-01', '2018-04-30'], ['2018-04-01', '2018-06-30'], ['2018-01-01', '2018-12-31']] as const;
        const shown = await Promise.all(periods.map(([from, to]) => stageCounts('coordinator', from, to)));
        expect(shown.map((step) => [step['IDENTIFIED'], step['REFERRED'], step['ACCEPTED']])).toEqual([
          [15, 8, null],
          [15, 8, null],
          [15, 8, null],
        ]);
        expect((await stageCounts('ra.head', '2018-04-01', '2018-04-30'))['ACCEPTED']).toBe(6);
      } finally {
        await remove();
      }
    });

    it('suppresses small funnel stages, their durations and occupancy', async () => {
      const funnel = await subgraph.graphql<{ statisticsFunnel: { granularity: string; steps: unknown[]; durations: unknown[] } }>(
        FUNNEL,
        { input: { from: '2019-01-02', to: '2019-01-30' } },
        tokens['coordinator'],
      );
      expect(funnel.errors).toBeUndefined();
      expect(funnel.data?.statisticsFunnel.granularity).toBe('MONTH');
      // IDENTIFIED is the identifications table's total, withheld exactly when the table withholds it (here it does, as
      // a complement of January's three boys).
      const january = await table('coordinator', { from: '2019-01-01', to: '2019-01-31', groupBy: ['SEX'] });
      expect(january.totalSuppressed).toBe(true);
      expect(funnel.data?.statisticsFunnel.steps).toEqual([
        { stage: 'IDENTIFIED', count: null, suppressed: true },
        { stage: 'REFERRED', count: null, suppressed: true },
        { stage: 'ACCEPTED', count: null, suppressed: true },
        { stage: 'FORMAL_ID_REQUESTED', count: null, suppressed: true },
        { stage: 'OUTCOME', count: null, suppressed: true },
      ]);
      expect(funnel.data?.statisticsFunnel.durations).toContainEqual({ stage: 'REFERRED', medianDays: null, p90Days: null, count: null, suppressed: true });
      const occupancy = await subgraph.graphql<{ shelterOccupancy: Array<{ date: string; occupied: number | null; suppressed: boolean }> }>(
        OCCUPANCY,
        { input: { from: '2019-01-01', to: '2019-04-30' } },
        tokens['ra.officer'],
      );
      expect(occupancy.errors).toBeUndefined();
      // Snapped to the year: every month end of 2019, all below the threshold.
      expect(occupancy.data?.shelterOccupancy).toHaveLength(12);
      expect(occupancy.data?.shelterOccupancy[1]).toEqual({ date: '2019-02-28', occupied: null, suppressed: true });
    });
  });

  describe('input', () => {
    it('refuses a dimension twice, too many dimensions, an unknown one, to before from, and a range over a year', async () => {
      const jan = { from: '2019-01-01', to: '2019-01-31' };
      expect(await refusal('coordinator', { ...jan, groupBy: ['SEX', 'SEX'] })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.groupBy'] });
      expect(await refusal('coordinator', { ...jan, groupBy: ['SEX', 'REGION', 'AGE_GROUP'] })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.groupBy'] });
      expect(await refusal('ra.head', { ...jan, groupBy: ['SEX', 'REGION', 'AGE_GROUP', 'CITIZENSHIP'] })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.groupBy'] });
      const unknown = (await refusal('coordinator', { ...jan, groupBy: ['SHOE_SIZE'] })) as { code: string; fields: string[] };
      expect(unknown.code).toBe('BAD_USER_INPUT');
      expect(unknown.fields[0]).toMatch(/^input\.groupBy/);
      expect(await refusal('ra.head', { from: '2019-02-01', to: '2019-01-31', groupBy: [] })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.to'] });
      expect(await refusal('coordinator', { from: '2018-01-01', to: '2019-01-31', groupBy: [] })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.to'] });
      // Shorter than a year but across a new year: no single period contains it.
      expect(await refusal('ra.officer', { from: '2018-12-01', to: '2019-01-31', groupBy: [] })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.to'] });
      const funnel = await subgraph.graphql(FUNNEL, { input: { from: '2019-03-01', to: '2019-01-01' } }, tokens['coordinator']);
      expect(funnel.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.to'] });
    });
  });

  describe('who may ask', () => {
    it('refuses a shelter head and a first responder, and a caller without a token', async () => {
      for (const user of ['head.shelter-a', 'police.tirana']) {
        for (const [query, variables] of [
          [TABLE, { input: { from: '2019-01-01', to: '2019-01-31', groupBy: ['SEX'] } }],
          [FUNNEL, { input: { from: '2019-01-01', to: '2019-01-31' } }],
          [OCCUPANCY, { input: { from: '2019-01-01', to: '2019-01-31' } }],
          [OVERDUE, {}],
        ] as const) {
          const result = await subgraph.graphql(query, variables, tokens[user]);
          expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
          expect(result.text).not.toContain('FEMALE');
        }
      }
      const anonymous = await subgraph.graphql(TABLE, { input: { from: '2019-01-01', to: '2019-01-31', groupBy: ['SEX'] } });
      expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });

    it('fails overdue items, naming the service, when notifications does not answer', async () => {
      const result = await subgraph.graphql(OVERDUE, {}, tokens['coordinator']);
      expect(result.errors?.[0]?.extensions.code).toBe('INTERNAL');
      expect(result.errors?.[0]?.message).toContain('notifications');
    });
  });

  describe('read your writes', () => {
    it('counts a fact written a moment ago in the very next query, exact and suppressed', async () => {
      const before = await table('coordinator', { from: '2019-01-01', to: '2019-03-31', groupBy: [] });
      expect(before.total).toBe(18);
      const row: PersonRow = { key: `${PREFIX}-late`, on: '2019-02-11', sex: 'FEMALE', age: 'ADULT', citizenship: 'NATIONAL', country: 'AL', region: 'TIRANE', agency: 'NGO', status: 'PRESUMED', types: ['SEXUAL'] };
      await insertPerson(row);
      const exactAfter = await table('ra.head', { from: '2019-02-01', to: '2019-02-28', groupBy: ['SEX'] });
      expect(exact(exactAfter.cells)).toEqual([
        ['FEMALE', 1],
        ['MALE', 6],
      ]);
      const after = await table('coordinator', { from: '2019-01-01', to: '2019-03-31', groupBy: [] });
      expect(after.total).toBe(19);
      // A change of a person's dimensions moves them between cells.
      await subgraph.dataSource.query(`UPDATE reporting.person_fact SET sex = 'MALE', updated_at = now() WHERE person_key = $1`, [row.key]);
      expect(exact((await table('ra.head', { from: '2019-02-01', to: '2019-02-28', groupBy: ['SEX'] })).cells)).toEqual([['MALE', 7]]);
      await subgraph.dataSource.query(`DELETE FROM reporting.person_fact WHERE person_key = $1`, [row.key]);
      expect((await table('ra.head', { from: '2019-02-01', to: '2019-02-28', groupBy: [] })).total).toBe(6);
    });

    it('marks a month stale only when a write changes what the aggregate counts', async () => {
      await table('ra.head', { from: '2019-01-01', to: '2019-03-31', groupBy: [] });
      const staleJanuary = async () =>
        (
          await subgraph.dataSource.query(
            `SELECT measure FROM reporting.statistics_dirty_month WHERE month = '2019-01-01' AND measure IN ('IDENTIFICATIONS', 'REFERRALS', 'CASES_OPENED') ORDER BY measure`,
          )
        ).map((found: { measure: string }) => found.measure);
      expect(await staleJanuary()).toEqual([]);
      // A funnel date: no dimension changes.
      await subgraph.dataSource.query(`UPDATE reporting.person_fact SET accepted_at = referred_at + interval '1 day', updated_at = now() WHERE person_key = $1`, [rows[2]!.key]);
      expect(await staleJanuary()).toEqual([]);
      // The case phase of a person with a referral and a case: their identification, referral and case months.
      await subgraph.dataSource.query(`UPDATE reporting.person_fact SET case_phase = 'SOCIAL_INCLUSION' WHERE person_key = $1`, [rows[0]!.key]);
      expect(await staleJanuary()).toEqual(['CASES_OPENED', 'IDENTIFICATIONS', 'REFERRALS']);
      expect(exact((await table('ra.head', { from: '2019-01-01', to: '2019-01-31', groupBy: ['CASE_PHASE'] })).cells)).toEqual([
        ['NONE', 11],
        ['SOCIAL_INCLUSION', 1],
      ]);
      await subgraph.dataSource.query(`UPDATE reporting.person_fact SET accepted_at = NULL, case_phase = NULL WHERE person_key = ANY($1)`, [[rows[0]!.key, rows[2]!.key]]);
    });
  });
});
