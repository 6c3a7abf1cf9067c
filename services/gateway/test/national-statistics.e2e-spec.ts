import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type Stack, startStack } from '@nrm/testing';

/*
 * National statistics through the gateway with real tokens (docs/statistics.md): exact figures for ra_head, snapped
 * and disclosure-controlled ones for the national coordinator and RA officers, overdue items from the notifications
 * service's internal endpoint with the caller's own token, and every other role refused, through the gateway and on
 * the subgraph's own port. The read model's rows are written straight into its tables, in 2018, a year no other
 * test writes (the event handlers that fill them have their own tests).
 */

jest.setTimeout(180_000);

const TABLE = `query T($input: StatisticsInput!) {
  nationalStatistics(input: $input) { groupBy threshold from to granularity total totalSuppressed cells { values count suppressed } }
}`;
const FUNNEL = `query F($input: StatisticsPeriodInput!) { statisticsFunnel(input: $input) { granularity threshold steps { stage count suppressed } } }`;
const OCCUPANCY = `query O($input: StatisticsPeriodInput!) { shelterOccupancy(input: $input) { date occupied suppressed } }`;
const OVERDUE = `query { overdueItems { kind count suppressed } }`;

const PREFIX = `e2e-stat-${randomUUID().slice(0, 8)}`;
const MARCH = { from: '2018-03-01', to: '2018-03-31' };

describe('national statistics through the gateway', () => {
  let stack: Stack;
  let db: Client;

  beforeAll(async () => {
    stack = await startStack();
    db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    // March 2018: 7 women and 2 men identified.
    const rows = [...Array.from({ length: 7 }, () => 'FEMALE'), 'MALE', 'MALE'];
    for (const [index, sex] of rows.entries()) {
      await db.query(
        `INSERT INTO reporting.person_fact (person_key, identified_at, identified_on, sex, age_group, age_band, citizenship_group, citizenship_country, agency_type, region, status)
         VALUES ($1, '2018-03-10T09:00:00Z', '2018-03-10', $2, 'ADULT', '25-29', 'NATIONAL', 'AL', 'STATE_POLICE', 'TIRANE', 'PRESUMED')`,
        [`${PREFIX}-${index}`, sex],
      );
    }
  });

  afterAll(async () => {
    await db?.query(`DELETE FROM reporting.person_fact WHERE person_key LIKE $1`, [`${PREFIX}-%`]);
    await db?.end();
    await stack?.stop();
  });

  it('gives ra_head exact figures over the exact range', async () => {
    const result = await stack.graphql<{ nationalStatistics: Record<string, unknown> }>(TABLE, { input: { ...MARCH, groupBy: ['SEX'] } }, await stack.tokenFor('ra.head'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.nationalStatistics).toEqual({
      groupBy: ['SEX'],
      threshold: 0,
      from: '2018-03-01',
      to: '2018-03-31',
      granularity: 'EXACT',
      total: 9,
      totalSuppressed: false,
      cells: [
        { values: ['FEMALE'], count: 7, suppressed: false },
        { values: ['MALE'], count: 2, suppressed: false },
      ],
    });
  });

  it.each(['coordinator', 'ra.officer'])('gives %s the snapped month with the small cell suppressed', async (user) => {
    const result = await stack.graphql<{ nationalStatistics: { granularity: string; from: string; to: string; threshold: number; cells: Array<{ values: string[]; count: number | null; suppressed: boolean }> } }>(
      TABLE,
      { input: { from: '2018-03-05', to: '2018-03-20', groupBy: ['SEX'] } },
      await stack.tokenFor(user),
    );
    expect(result.errors).toBeUndefined();
    const table = result.data!.nationalStatistics;
    expect(table).toMatchObject({ granularity: 'MONTH', from: '2018-03-01', to: '2018-03-31', threshold: 5 });
    expect(table.cells.find((cell) => cell.values[0] === 'MALE')).toEqual({ values: ['MALE'], count: null, suppressed: true });
    expect(JSON.stringify(table)).not.toContain('"count":2');
  });

  it('answers the funnel, occupancy and overdue items to each statistics role', async () => {
    for (const user of ['coordinator', 'ra.officer', 'ra.head']) {
      const token = await stack.tokenFor(user);
      const funnel = await stack.graphql<{ statisticsFunnel: { granularity: string; steps: unknown[] } }>(FUNNEL, { input: MARCH }, token);
      expect(funnel.errors).toBeUndefined();
      expect(funnel.data?.statisticsFunnel.granularity).toBe(user === 'ra.head' ? 'EXACT' : 'MONTH');
      expect(funnel.data?.statisticsFunnel.steps).toHaveLength(5);
      const occupancy = await stack.graphql<{ shelterOccupancy: Array<{ date: string }> }>(OCCUPANCY, { input: MARCH }, token);
      expect(occupancy.errors).toBeUndefined();
      expect(occupancy.data?.shelterOccupancy.map((point) => point.date)).toEqual(['2018-03-31']);
      const overdue = await stack.graphql<{ overdueItems: Array<{ kind: string; count: number | null; suppressed: boolean }> }>(OVERDUE, {}, token);
      expect(overdue.errors).toBeUndefined();
      // Every deadline kind, zero included, from the notifications service.
      expect(overdue.data?.overdueItems.map((item) => item.kind)).toEqual(expect.arrayContaining(['RA_ACKNOWLEDGEMENT', 'REFERRAL_RESPONSE', 'NEEDS_ASSESSMENT']));
      for (const item of overdue.data!.overdueItems) expect(item.suppressed ? item.count === null : Number.isInteger(item.count)).toBe(true);
    }
  });

  it('refuses a shelter head, a case manager and a first responder, through the gateway and on the subgraph port', async () => {
    const queries: Array<[string, Record<string, unknown>]> = [
      [TABLE, { input: { ...MARCH, groupBy: ['SEX'] } }],
      [FUNNEL, { input: MARCH }],
      [OCCUPANCY, { input: MARCH }],
      [OVERDUE, {}],
    ];
    for (const user of ['head.shelter-a', 'cm.shelter-a', 'police.tirana']) {
      const token = await stack.tokenFor(user);
      for (const [query, variables] of queries) {
        const result = await stack.graphql(query, variables, token);
        expect(result.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
        expect(result.data ?? null).toBeNull();
      }
      const direct = await postToSubgraph(TABLE, { input: { ...MARCH, groupBy: ['SEX'] } }, token);
      expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(direct.text).not.toContain('FEMALE');
    }
    const anonymous = await postToSubgraph(TABLE, { input: { ...MARCH, groupBy: ['SEX'] } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A forged token (signed by no key the subgraph trusts) is refused the same.
    const forged = await postToSubgraph(TABLE, { input: { ...MARCH, groupBy: ['SEX'] } }, forgedToken());
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The subgraph port applies the same disclosure control as the gateway: no exact figure for the coordinator.
    const coordinator = await postToSubgraph(TABLE, { input: { ...MARCH, groupBy: ['SEX'] } }, await stack.tokenFor('coordinator'));
    expect(coordinator.text).toContain('"granularity":"MONTH"');
    expect(coordinator.text).not.toContain('"count":2');
  });

  it("refuses notifications' internal overdue counts to anyone but the statistics roles", async () => {
    const url = `${stack.subgraphUrls['notifications']}/internal/deadlines/overdue-counts`;
    expect((await fetch(url)).status).toBe(401);
    for (const user of ['police.tirana', 'head.shelter-a']) {
      const response = await fetch(url, { headers: { authorization: `Bearer ${await stack.tokenFor(user)}` } });
      expect(response.status).toBe(403);
    }
    const allowed = await fetch(url, { headers: { authorization: `Bearer ${await stack.tokenFor('coordinator')}` } });
    expect(allowed.status).toBe(200);
    const body = (await allowed.json()) as { kinds: Array<{ kind: string; count: number }> };
    expect(Object.keys(body)).toEqual(['kinds']);
    for (const entry of body.kinds) expect(Object.keys(entry).sort()).toEqual(['count', 'kind']);
  });

  async function postToSubgraph(query: string, variables: Record<string, unknown>, token?: string) {
    const response = await fetch(`${stack.subgraphUrls['reporting']}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    return { text, errors: body.errors };
  }
});

/** A token-shaped string with a coordinator's claims and a signature no key made. */
function forgedToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${encode({ sub: 'x', realm_access: { roles: ['ra_head'] }, iat: now, exp: now + 300 })}.${Buffer.from('forged').toString('base64url')}`;
}
