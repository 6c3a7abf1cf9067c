import { createHmac, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startStack, type Stack, waitFor } from '@nrm/testing';

// The statistics read model fed by the real platform (docs/statistics.md): an identification submitted through the
// gateway reaches the reporting service as a signed event and becomes a person row under a pseudonym, with codes only.
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id person { id reference } } }`;

// The development key the spawned reporting service runs with (services/reporting/src/config.ts).
const DEV_REPORTING_PSEUDONYM_KEY = 'nrm-dev-reporting-pseudonym-key-not-secret';

describe('the statistics read model through the gateway', () => {
  let stack: Stack;
  let db: Client;

  beforeAll(async () => {
    stack = await startStack();
    db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  }, 30_000);

  it('counts a submitted identification under a pseudonym, with its codes and its Tirana date', async () => {
    const submitted = await stack.graphql<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(
      SUBMIT,
      {
        input: {
          clientRequestId: `e2e-statistics-${randomUUID()}`,
          person: { givenName: 'Drita', familyName: 'Statistika', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'], estimatedAge: 30 },
          venue: 'INLAND',
          region: 'TIRANA',
          indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B15_DEBT_BONDAGE', 'C02_FORCED_LABOUR_SERVICES'],
          exploitationTypes: ['FORCED_LABOUR'],
          interview: { consentToInterview: true, language: 'sq', interpreterUsed: false, privateSetting: true },
          immediateNeeds: ['SAFE_ACCOMMODATION'],
        },
      },
      await stack.tokenFor('police.tirana'),
    );
    expect(submitted.errors).toBeUndefined();
    const personId = submitted.data!.submitInitialIdentification.person.id;
    const key = createHmac('sha256', DEV_REPORTING_PSEUDONYM_KEY).update(personId).digest('hex');
    const row = await waitFor(
      async () => (await db.query(`SELECT *, identified_on::text AS identified_on FROM reporting.person_fact WHERE person_key = $1`, [key])).rows[0],
      { timeoutMs: 30_000 },
    );
    expect(row).toMatchObject({ sex: 'FEMALE', region: 'TIRANA', merged_into: null });
    // identified_on is the Tirana date of identified_at.
    const tirana = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Tirane' }).format(row.identified_at);
    expect(row.identified_on).toBe(tirana);
    // Nothing in the read model holds the person's id, name or reference.
    const reference = submitted.data!.submitInitialIdentification.person.reference;
    const leaks = await db.query(
      `SELECT count(*)::int AS n FROM reporting.person_fact p WHERE p::text ILIKE ANY($1::text[])`,
      [[`%${personId}%`, '%Drita%', '%Statistika%', `%${reference}%`]],
    );
    expect(leaks.rows[0].n).toBe(0);
  });
});
