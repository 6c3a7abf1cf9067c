import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type GraphQLResult, pdfText, startStack, type Stack, waitFor } from '@nrm/testing';
import { CASES, createReferral, GRANT, mustSucceed, providerIds, RESPOND, submitPerson, WITHDRAW } from './support/nrm-fixtures';

/**
 * The printable reintegration plan through the gateway (docs/api.md, "Reintegration plan"): printed by exactly those
 * who may read the plan (the access policy's PSYCHOSOCIAL decision on the plan's shelter's records, the shelter's own
 * staff only while it holds the case and only those who work on it), audited as a read of the plan, and read back
 * from the PDF with pdf-parse.
 */
const SAVE = `mutation ($input: SaveReintegrationPlanInput!) { saveReintegrationPlan(input: $input) { id version } }`;
const SIGN = `mutation ($input: SignReintegrationPlanInput!) { signReintegrationPlan(input: $input) { version status } }`;
const SET_TEAM = `mutation ($input: SetCaseTeamInput!) { setCaseTeam(input: $input) { id } }`;
const PDF = `query ($planId: ID!, $locale: PlanPdfLocale!) { reintegrationPlanPdf(planId: $planId, locale: $locale) { filename contentType base64 } }`;
const CASE_STATUS = `query ($id: ID!) { case(id: $id) { id status } }`;

/** psy.shelter-a's directory user id (shelter_staff: works only on the cases whose team names them). */
const PSY_SHELTER_A = '00000000-0000-4000-8000-000000000010';
const GIVEN_NAME = 'Vjollca';
const FAMILY_NAME = 'Planprintuar';

interface Printed {
  filename: string;
  contentType: string;
  base64: string;
}

describe('printing a reintegration plan through the gateway', () => {
  let stack: Stack;
  let db: Client;
  let personId: string;
  let reference: string;
  let referralId: string;
  let caseId: string;
  let planId: string;

  const as = async (username: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResult> =>
    stack.graphql(query, variables, await stack.tokenFor(username), headers);
  const print = (username: string, planIdAsked: string, locale = 'EN', headers: Record<string, string> = {}) => as(username, PDF, { planId: planIdAsked, locale }, headers);
  const printed = (result: GraphQLResult): Printed | null => (result.data?.['reintegrationPlanPdf'] as Printed | null | undefined) ?? null;
  /** What a refused caller sees: code, message and extensions (no data). */
  const refusal = (result: GraphQLResult) => ({
    data: printed(result),
    errors: (result.errors ?? []).map((error) => ({ code: error.extensions['code'], message: error.message, fields: error.extensions['fields'] ?? null })),
  });

  async function entries(where: { correlationId?: string; agencyId?: string }): Promise<Array<Record<string, unknown>>> {
    const { rows } = await db.query(
      `SELECT person_id, actor_agency_id, action, decision, basis, reason, categories, permission_id, purpose FROM shelters.audit_entry
       WHERE ($1::text IS NULL OR correlation_id = $1) AND ($2::text IS NULL OR actor_agency_id = $2) AND (person_id = $3 OR person_id IS NULL)
       ORDER BY seq`,
      [where.correlationId ?? null, where.agencyId ?? null, personId],
    );
    return rows;
  }

  beforeAll(async () => {
    stack = await startStack();
    db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    const providers = await providerIds(stack);
    ({ personId, reference } = await submitPerson(stack, 'police.tirana', { givenName: GIVEN_NAME, familyName: FAMILY_NAME }));
    referralId = await createReferral(stack, personId, providers['shelter-a']!);
    await mustSucceed(stack, 'cm.shelter-a', RESPOND, { input: { referralId, decision: 'ACCEPT' } });
    caseId = await waitFor(
      async () => {
        const data = await mustSucceed<{ cases: { edges: Array<{ node: { id: string; person: { id: string } } }> } }>(stack, 'cm.shelter-a', CASES);
        return data.cases.edges.find((edge) => edge.node.person.id === personId)?.node.id;
      },
      { timeoutMs: 20_000, description: 'the case of the accepted referral' },
    );
    const saved = await mustSucceed<{ saveReintegrationPlan: { id: string } }>(stack, 'cm.shelter-a', SAVE, {
      input: {
        caseId,
        objectives: [
          {
            area: 'EMPLOYMENT',
            objective: 'Gjen një punë të qëndrueshme',
            actions: [
              { description: 'Punëtori për CV-në', responsible: 'PERSON', reviewDate: '2099-05-01', successIndicator: 'CV e gatshme' },
              { description: 'Contact three employers', responsible: 'TEAM_MEMBER', responsibleUserId: PSY_SHELTER_A, reviewDate: '2099-06-15', successIndicator: 'Two interviews held' },
            ],
          },
          { area: 'HEALTH', objective: 'Regular check-ups', actions: [{ description: 'Register with a family doctor', responsible: 'PERSON', reviewDate: '2099-04-01', successIndicator: 'Registered' }] },
        ],
      },
    });
    planId = saved.saveReintegrationPlan.id;
    await mustSucceed(stack, 'cm.shelter-a', SIGN, { input: { caseId, version: 1, signatory: 'PERSON' } });
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  }, 30_000);

  it("prints the plan for the shelter's case manager, in English and in Albanian, under the case reference and not the person's name", async () => {
    const correlationId = randomUUID();
    const english = await print('cm.shelter-a', planId, 'EN', { 'x-correlation-id': correlationId });
    expect(english.errors ?? []).toEqual([]);
    const document = printed(english)!;
    expect(document.contentType).toBe('application/pdf');
    expect(document.filename).toBe(`reintegration-plan-${reference}-v1.pdf`);
    const bytes = Buffer.from(document.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    for (const expected of [
      'Reintegration plan',
      `Case reference: ${reference}`,
      'Version: 1',
      'Awaiting signatures',
      'Vocational training and employment',
      'Gjen një punë të qëndrueshme',
      'Punëtori për CV-në',
      'CV e gatshme',
      'Contact three employers',
      PSY_SHELTER_A,
      '2099-06-15',
      'Register with a family doctor',
      'Printed by: cm.shelter-a',
    ]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
    for (const name of [GIVEN_NAME, FAMILY_NAME]) expect(text).not.toContain(name);
    // The shelter reads what it recorded itself (OWNER): like any read of its own plan, no entry.
    expect(await entries({ correlationId })).toEqual([]);

    const albanian = await print('cm.shelter-a', planId, 'SQ');
    const shqip = (await pdfText(Buffer.from(printed(albanian)!.base64, 'base64'))).replace(/\s+/g, ' ');
    for (const expected of ['Plan riintegrimi', `Referenca e rastit: ${reference}`, 'Në pritje të nënshkrimeve', 'Formimi profesional dhe punësimi', 'Data e rishikimit', 'Treguesi i suksesit', 'Menaxheri i rastit', 'Gjen një punë të qëndrueshme']) {
      expect({ expected, found: shqip.includes(expected) }).toEqual({ expected, found: true });
    }
    expect(shqip).not.toContain('Reintegration plan');

    // The shelter head works on every case of the shelter.
    expect(printed(await print('head.shelter-a', planId))?.contentType).toBe('application/pdf');
  });

  it('refuses shelter_staff off the case team, and prints for them once the team names them', async () => {
    const refused = await print('psy.shelter-a', planId);
    expect(refusal(refused)).toEqual({ data: null, errors: [{ code: 'FORBIDDEN', message: 'No relationship to this person', fields: null }] });
    await mustSucceed(stack, 'head.shelter-a', SET_TEAM, { input: { caseId, memberIds: [PSY_SHELTER_A] } });
    expect((await print('psy.shelter-a', planId)).errors ?? []).toEqual([]);
  });

  it('refuses another shelter, the police and the RA, each audited as a denied read of the plan; an unknown id is no oracle', async () => {
    const unknown = randomUUID();
    // Another shelter: the same answer for this plan and for an id that names none.
    const otherShelter = await print('cm.shelter-b', planId);
    expect(refusal(otherShelter)).toEqual({ data: null, errors: [{ code: 'FORBIDDEN', message: 'No relationship to this person', fields: null }] });
    expect(refusal(await print('cm.shelter-b', unknown))).toEqual(refusal(otherShelter));
    expect(refusal(await print('police.tirana', unknown))).toEqual(refusal(otherShelter));

    // The police who identified the person: a shelter's psycho-social record only by a law-enforcement grant.
    expect(refusal(await print('police.tirana', planId)).errors.map((error) => error.code)).toEqual(['CONSENT_REQUIRED']);
    // The RA reads a plan only by consent; an unknown id is NOT_FOUND to it (existence is no secret to the RA).
    expect(refusal(await print('ra.officer', planId)).errors.map((error) => error.code)).toEqual(['CONSENT_REQUIRED']);
    expect(refusal(await print('ra.officer', unknown))).toEqual({ data: null, errors: [{ code: 'NOT_FOUND', message: 'Reintegration plan not found', fields: ['planId'] }] });

    // Roles that never see a person: the guard.
    for (const username of ['auditor', 'coordinator', 'admin']) expect({ username, codes: refusal(await print(username, planId)).errors.map((error) => error.code) }).toEqual({ username, codes: ['FORBIDDEN'] });
    // A malformed id names the argument.
    expect(refusal(await print('cm.shelter-a', 'not-a-uuid')).errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['planId'] })]);

    for (const [agency, reason] of [
      ['shelter-b', 'FORBIDDEN'],
      ['police-tirana', 'CONSENT_REQUIRED'],
      ['responsible-authority', 'CONSENT_REQUIRED'],
    ] as const) {
      expect({ agency, entries: (await entries({ agencyId: agency })).filter((entry) => entry['person_id'] === personId) }).toEqual({
        agency,
        entries: expect.arrayContaining([expect.objectContaining({ action: 'READ', decision: 'DENIED', reason, categories: ['PSYCHOSOCIAL'] })]),
      });
    }
  });

  it("the subgraph's own port answers no more than the gateway", async () => {
    const direct = async (token?: string) => {
      const response = await fetch(`${stack.subgraphUrls['shelters']}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: PDF, variables: { planId, locale: 'EN' } }),
      });
      return (await response.json()) as { data?: { reintegrationPlanPdf?: Printed | null } | null; errors?: Array<{ extensions: { code: string } }> };
    };
    const anonymous = await direct();
    expect(anonymous.data?.reintegrationPlanPdf ?? null).toBeNull();
    expect(anonymous.errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
    const otherShelter = await direct(await stack.tokenFor('cm.shelter-b'));
    expect(otherShelter.data?.reintegrationPlanPdf ?? null).toBeNull();
    expect(otherShelter.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
  });

  it("prints for the RA while the person's consent covers the plan, audited with the grant; not after its withdrawal", async () => {
    const granted = await mustSucceed<{ grantConsent: { id: string } }>(stack, 'cm.shelter-a', GRANT, {
      input: { personId, granteeAgencyId: 'responsible-authority', purpose: 'REFERRAL_ASSISTANCE', categories: ['PSYCHOSOCIAL'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0417' },
    });
    const correlationId = randomUUID();
    const allowed = await print('ra.officer', planId, 'SQ', { 'x-correlation-id': correlationId });
    expect(allowed.errors ?? []).toEqual([]);
    expect((await pdfText(Buffer.from(printed(allowed)!.base64, 'base64'))).replace(/\s+/g, ' ')).toContain('Shtypur nga: ra.officer');
    expect(await entries({ correlationId })).toEqual([
      {
        person_id: personId,
        actor_agency_id: 'responsible-authority',
        action: 'READ',
        decision: 'ALLOWED',
        basis: 'CONSENT',
        reason: null,
        categories: ['PSYCHOSOCIAL'],
        permission_id: granted.grantConsent.id,
        purpose: 'REFERRAL_ASSISTANCE',
      },
    ]);
    await mustSucceed(stack, 'cm.shelter-a', WITHDRAW, { id: granted.grantConsent.id });
    expect(refusal(await print('ra.officer', planId)).errors.map((error) => error.code)).toEqual(['CONSENT_REQUIRED']);
  });

  it('refuses the shelter a plan of a case it no longer holds: after the transfer to another shelter', async () => {
    const providers = await providerIds(stack);
    const transfer = await createReferral(stack, personId, providers['shelter-b']!, referralId);
    await mustSucceed(stack, 'cm.shelter-b', RESPOND, { input: { referralId: transfer, decision: 'ACCEPT' } });
    await waitFor(
      async () => {
        const result = await as('cm.shelter-a', CASE_STATUS, { id: caseId });
        return (result.data?.['case'] as { status: string } | undefined)?.status === 'CLOSED_REFERRED' || undefined;
      },
      { timeoutMs: 20_000, description: "shelter-a's case closed by the transfer" },
    );
    for (const username of ['cm.shelter-a', 'head.shelter-a']) {
      expect({ username, answer: refusal(await print(username, planId)) }).toEqual({
        username,
        answer: { data: null, errors: [{ code: 'FORBIDDEN', message: 'No relationship to this person', fields: null }] },
      });
    }
    // The shelter now holding the person does not read the old shelter's plan either, without a grant.
    expect(refusal(await print('cm.shelter-b', planId)).data).toBeNull();
  });
});
