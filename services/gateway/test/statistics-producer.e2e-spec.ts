import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { STATISTICAL_FACT_KEYS } from '@nrm/events';
import { serviceAccountGrant, startStack, type Stack, waitFor } from '@nrm/testing';

/*
 * The producer's side of the national statistics (docs/statistics.md): a submission through the gateway, with real
 * signed tokens, writes `identification.submitted` whose `statistics` holds exactly the StatisticalFacts keys, codes
 * only; the reporting service's consumer takes it from the queue into the read model, where ra_head counts it; and each
 * producer serves its published events to the reporting service's own service account alone (GET /internal/events, a
 * client-credentials token of nrm-reporting from the stack's identity provider).
 */

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id person { id reference } } }`;

const NAME = 'Drita';
const FAMILY = 'Statistika';
const DOCUMENT_NUMBER = 'ZX9988776';

function submission(overrides: Record<string, unknown>, person: Record<string, unknown>) {
  return {
    clientRequestId: `e2e-stats-${randomUUID()}`,
    person: { givenName: NAME, familyName: FAMILY, sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'], ...person },
    venue: 'INLAND',
    region: 'TIRANA',
    indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B15_DEBT_BONDAGE', 'C02_FORCED_LABOUR_SERVICES'],
    exploitationTypes: ['FORCED_LABOUR'],
    interview: { consentToInterview: true, language: 'sq', interpreterUsed: false, privateSetting: true },
    immediateNeeds: ['SAFE_ACCOMMODATION'],
    ...overrides,
  };
}

interface Page {
  events: Array<{ id: string; type: string; position: number; occurredAt: string; payload: Record<string, unknown> }>;
  next: number | null;
}

describe('the statistics a submission publishes, through the gateway', () => {
  let stack: Stack;
  let db: Client;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    stack = await startStack();
    db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  }, 30_000);

  async function submitted(username: string, input: Record<string, unknown>): Promise<{ id: string; statistics: Record<string, unknown>; payload: unknown }> {
    const result = await stack.graphql<{ submitInitialIdentification: { id: string } }>(SUBMIT, { input }, await stack.tokenFor(username));
    expect(result.errors).toBeUndefined();
    const id = result.data!.submitInitialIdentification.id;
    const rows = await db.query(`SELECT payload FROM identification.outbox_event WHERE type = 'identification.submitted' AND aggregate_id = $1`, [id]);
    expect(rows.rows).toHaveLength(1);
    const payload = rows.rows[0].payload as { statistics: Record<string, unknown> };
    // Exactly the allowlisted keys, and nothing that names, dates or documents the person anywhere in the event.
    expect(Object.keys(payload.statistics).sort()).toEqual(Object.keys(STATISTICAL_FACT_KEYS).sort());
    const text = JSON.stringify(payload);
    for (const personal of [NAME, FAMILY, DOCUMENT_NUMBER, `${year - 31}-04-02`, `${year - 15}-01-01`]) expect(text).not.toContain(personal);
    return { id, statistics: payload.statistics, payload };
  }

  it("reaches the national statistics through the reporting service's own consumer: ra_head counts it, no name in the read model", async () => {
    const TABLE = `query T($input: StatisticsInput!) { nationalStatistics(input: $input) { total cells { values count } } }`;
    // Every identification of this year and the next (a submission late on 31 December is dated the next day in Tirana).
    const input = { from: `${year}-01-01`, to: `${year + 1}-12-31`, groupBy: ['SEX'] };
    const head = await stack.tokenFor('ra.head');
    const counts = async () => {
      const result = await stack.graphql<{ nationalStatistics: { total: number; cells: Array<{ values: string[]; count: number }> } }>(TABLE, { input }, head);
      expect(result.errors).toBeUndefined();
      const table = result.data!.nationalStatistics;
      return { total: table.total, female: table.cells.find((cell) => cell.values[0] === 'FEMALE')?.count ?? 0 };
    };
    const before = await counts();
    const { id } = await submitted('police.tirana', submission({}, { dateOfBirth: `${year - 31}-04-02`, documents: [{ type: 'PASSPORT', number: DOCUMENT_NUMBER, issuingCountry: 'AL' }] }));
    // The event goes out through identification's outbox and the reporting queue; the read model's person is a pseudonym.
    const after = await waitFor(async () => {
      const now = await counts();
      return now.total === before.total + 1 ? now : undefined;
    }, { timeoutMs: 30_000, intervalMs: 250, description: 'the submission counted in the national statistics' });
    expect(after.female).toBe(before.female + 1);
    const [{ id: personId }] = (await db.query(`SELECT person_id AS id FROM identification.initial_identification WHERE id = $1`, [id])).rows;
    const reporting = (await db.query(`SELECT row_to_json(p)::text AS row FROM reporting.person_fact p ORDER BY updated_at DESC LIMIT 5`)).rows.map((row) => row.row as string).join('\n');
    for (const personal of [NAME, FAMILY, DOCUMENT_NUMBER, id, personId]) expect(reporting).not.toContain(personal);
  });

  it('counts an interviewed adult with the account the interview gave', async () => {
    const { statistics } = await submitted(
      'police.tirana',
      submission(
        {
          meansOfControl: ['DEBT_BONDAGE', 'THREATS'],
          recruiterRelation: 'INTIMATE_PARTNER',
          placeOfExploitation: 'ABROAD',
          entryRoute: 'SELF_REFERRAL',
          exploitationTypes: ['SEXUAL', 'FORCED_LABOUR'],
        },
        {
          dateOfBirth: `${year - 31}-04-02`,
          ageBasis: 'DOCUMENTED',
          citizenship: ['XK'],
          documents: [{ type: 'PASSPORT', number: DOCUMENT_NUMBER, issuingCountry: 'XK' }],
        },
      ),
    );
    expect(statistics).toEqual({
      identifiedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      sex: 'FEMALE',
      ageGroup: 'ADULT',
      ageBand: 'AGE_30_38',
      citizenshipGroup: 'FOREIGN',
      citizenshipCountry: 'XK',
      exploitationTypes: ['FORCED_LABOUR', 'SEXUAL'],
      agencyType: 'STATE_POLICE',
      region: 'TIRANA',
      placeOfExploitation: 'ABROAD',
      status: 'PRESUMED',
      entryRoute: 'SELF_REFERRAL',
      venue: 'INLAND',
      meansOfControl: ['DEBT_BONDAGE', 'THREATS'],
      recruiterRelations: ['INTIMATE_PARTNER'],
      countriesOfExploitation: [],
      childAtExploitation: null,
    });
  });

  it('counts a child by a known age as a child, exploited as a child, under the identifying NGO', async () => {
    const { statistics } = await submitted('ngo.outreach', submission({ exploitationTypes: ['FORCED_BEGGING'] }, { dateOfBirth: `${year - 15}-01-01`, sex: 'MALE' }));
    expect(statistics).toMatchObject({
      sex: 'MALE',
      ageGroup: 'CHILD',
      ageBand: 'AGE_9_17',
      childAtExploitation: true,
      citizenshipGroup: 'NATIONAL',
      citizenshipCountry: 'AL',
      agencyType: 'NGO',
      exploitationTypes: ['FORCED_BEGGING'],
      entryRoute: 'FIRST_RESPONDER',
    });
  });

  it('counts a presumed child with no age as UNKNOWN', async () => {
    const { statistics } = await submitted('police.tirana', submission({}, {}));
    expect(statistics).toMatchObject({ ageGroup: 'UNKNOWN', ageBand: 'UNKNOWN', childAtExploitation: null, status: 'PRESUMED' });
  });

  it('counts an anonymous notification from its non-identifying summary only', async () => {
    const { statistics, payload } = await submitted(
      'border.kakavije',
      submission(
        {
          venue: 'BORDER',
          indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER'],
          meansOfControl: ['THREATS'],
          recruiterRelation: 'FAMILY',
          placeOfExploitation: 'DOMESTIC',
          interview: { consentToInterview: false },
        },
        { estimatedAge: 35, citizenship: [] },
      ),
    );
    expect(payload).toMatchObject({ anonymous: true });
    expect(statistics).toEqual({
      identifiedAt: expect.any(String),
      sex: 'FEMALE',
      ageGroup: 'ADULT',
      ageBand: 'AGE_30_38',
      citizenshipGroup: 'UNKNOWN',
      citizenshipCountry: null,
      exploitationTypes: [],
      agencyType: 'BORDER_POLICE',
      region: 'TIRANA',
      placeOfExploitation: null,
      status: 'AT_RISK',
      entryRoute: 'FIRST_RESPONDER',
      venue: 'BORDER',
      meansOfControl: [],
      recruiterRelations: [],
      countriesOfExploitation: [],
      childAtExploitation: null,
    });
  });

  describe('GET /internal/events of each producer', () => {
    let reporting: string;
    beforeAll(async () => {
      reporting = await serviceAccountGrant(stack.issuer, 'nrm-reporting');
    });
    const ask = (service: string, query: string, token: string | null = reporting) =>
      fetch(`${stack.subgraphUrls[service]}/internal/events?${query}`, { headers: { accept: 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) } });

    it("serves identification's published submissions with their statistics, oldest first, to the reporting service's token", async () => {
      const { id } = await submitted('police.tirana', submission({}, { dateOfBirth: `${year - 31}-04-02` }));
      const served = await waitFor(
        async () => {
          const events: Page['events'] = [];
          for (let after = 0; ; ) {
            const response = await ask('identification', `types=identification.submitted&after=${after}&limit=5000`);
            expect(response.status).toBe(200);
            const page = (await response.json()) as Page;
            events.push(...page.events);
            if (page.next === null) break;
            after = page.next;
          }
          return events.some((event) => event.payload['identificationId'] === id) ? events : undefined;
        },
        { timeoutMs: 20_000, description: 'the submission published and served' },
      );
      const positions = served.map((event) => event.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(served.every((event) => event.type === 'identification.submitted')).toBe(true);
      const mine = served.find((event) => event.payload['identificationId'] === id)!;
      expect(Object.keys(mine.payload['statistics'] as object).sort()).toEqual(Object.keys(STATISTICAL_FACT_KEYS).sort());
    });

    it('is served by every producer of the statistics, each for its own types only', async () => {
      const own: Record<string, string> = {
        identification: 'identification.submitted,person.linked,person.erased',
        referral: 'referral.created,referral.accepted,referral.declined',
        shelters: 'case.opened,case.admitted,case.phase_moved,case.closed',
        'formal-identification': 'formal_identification.requested,formal_identification.concluded,residence_permit.recorded',
      };
      for (const [service, types] of Object.entries(own)) {
        expect((await ask(service, `types=${types}&limit=1`)).status).toBe(200);
        const foreign = await ask(service, service === 'referral' ? 'types=case.opened' : 'types=referral.created');
        expect(foreign.status).toBe(400);
        expect(await foreign.json()).toEqual({ code: 'BAD_USER_INPUT', fields: ['types'] });
      }
    });

    it("refuses a user's token and another service's at the subgraph's port, a caller without a token, and is not on the gateway", async () => {
      for (const username of ['coordinator', 'ra.head', 'admin']) {
        const user = await ask('identification', 'types=identification.submitted', await stack.tokenFor(username));
        expect(user.status).toBe(403);
      }
      const notifications = await ask('shelters', 'types=case.opened', await serviceAccountGrant(stack.issuer, 'nrm-notifications'));
      expect(notifications.status).toBe(403);
      expect((await ask('identification', 'types=identification.submitted', null)).status).toBe(401);
      // The shared key the endpoint once took opens nothing.
      const oldKey = await fetch(`${stack.subgraphUrls['referral']}/internal/events?types=referral.created`, { headers: { 'x-nrm-reporting-key': 'nrm-dev-reporting-events-key' } });
      expect(oldKey.status).toBe(401);
      const throughGateway = await fetch(`${stack.gatewayBaseUrl}/internal/events?types=identification.submitted`, {
        headers: { authorization: `Bearer ${reporting}` },
      });
      expect(throughGateway.status).toBe(404);
      expect(await throughGateway.text()).not.toContain('"events"');
    });
  });
});
