import { execFile } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { internalUrlVariable, REPOSITORY_ROOT, startStack, type Stack, waitFor } from '@nrm/testing';

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

  it('is written again, the same, by the rebuild reading every producer\'s published events through /internal/events', async () => {
    const submitted = await stack.graphql<{ submitInitialIdentification: { person: { id: string } } }>(
      SUBMIT,
      {
        input: {
          clientRequestId: `e2e-statistics-rebuild-${randomUUID()}`,
          person: { sex: 'MALE', citizenship: ['XK'], estimatedAge: 15 },
          venue: 'BORDER',
          region: 'KUKES',
          indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B15_DEBT_BONDAGE', 'C02_FORCED_LABOUR_SERVICES'],
          exploitationTypes: ['FORCED_LABOUR', 'FORCED_BEGGING'],
          interview: { consentToInterview: true, language: 'sq', interpreterUsed: false, privateSetting: true },
          immediateNeeds: ['SAFE_ACCOMMODATION'],
        },
      },
      await stack.tokenFor('police.tirana'),
    );
    expect(submitted.errors).toBeUndefined();
    const key = createHmac('sha256', DEV_REPORTING_PSEUDONYM_KEY).update(submitted.data!.submitInitialIdentification.person.id).digest('hex');
    const person = async () =>
      (
        await db.query(
          `SELECT p.sex, p.age_group, p.citizenship_group, p.citizenship_country, p.region, p.status, p.identified_at, p.identified_on::text,
                  array(SELECT e.exploitation_type FROM reporting.person_exploitation e WHERE e.person_key = p.person_key ORDER BY 1) AS types
             FROM reporting.person_fact p WHERE p.person_key = $1`,
          [key],
        )
      ).rows[0];
    const live = await waitFor(person, { timeoutMs: 30_000 });
    expect(live).toMatchObject({ sex: 'MALE', age_group: 'CHILD', citizenship_group: 'FOREIGN', citizenship_country: 'XK', region: 'KUKES', types: ['FORCED_BEGGING', 'FORCED_LABOUR'] });

    // The rebuild as an operator runs it: the built command, the reporting service's environment, the producers' URLs,
    // and its own client at the stack's identity provider (nrm-reporting, the dev secret), whose token the producers take.
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      OIDC_ISSUER: stack.issuer,
      SERVICE_CLIENT_ID: 'nrm-reporting',
      SERVICE_CLIENT_SECRET: 'nrm-dev-secret',
      ...Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [internalUrlVariable(name), url])),
    };
    const rebuild = async () => {
      const { stdout } = await promisify(execFile)(process.execPath, [join(REPOSITORY_ROOT, 'dist/services/reporting/src/cli/rebuild.js')], { env, timeout: 120_000 });
      return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { events: number; batches: number; seconds: number };
    };
    const first = await rebuild();
    expect(first.events).toBeGreaterThan(0);
    expect(await person()).toEqual(live);
    // Twice gives the same read model (an erased person's key is random by design, so rows are compared without keys).
    const snapshot = async () =>
      (
        await db.query(
          `SELECT md5(string_agg(r, ',' ORDER BY r)) AS digest FROM (
             SELECT row_to_json(t)::text AS r FROM (
               SELECT sex, age_group, region, status, identified_on, merged_into IS NULL AS counted, referred_at, accepted_at, outcome FROM reporting.person_fact) t) rows`,
        )
      ).rows[0].digest as string;
    const afterFirst = await snapshot();
    await rebuild();
    expect(await snapshot()).toBe(afterFirst);
  }, 300_000);
});
