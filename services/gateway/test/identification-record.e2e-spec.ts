import { randomUUID } from 'node:crypto';
import { startStack, type GraphQLResult, type Stack, waitFor } from '@nrm/testing';
import { CASES, createReferral, errorsOn, GRANT, identificationInput, mustSucceed, providerIds, RESPOND } from './support/nrm-fixtures';

/*
 * The identification record through the gateway, as the demo users (docs/api.md: "Means of control, entry routes and
 * place of exploitation", "Identity documents", "The RA's worklist", "The person's risk level", personByReference).
 */

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id entryRoute placeOfExploitation person { id reference } }
}`;
const PERSON = `query Person($id: ID!) {
  person(id: $id) {
    id
    summary { riskLevel }
    identity { documents { type number issuingCountry expiresOn } }
    traffickingExperience { meansOfControl recruiterRelation placeOfExploitation }
  }
}`;
const RISK = `query Risk($id: ID!) { person(id: $id) { summary { riskLevel } } }`;
const BY_REFERENCE = `query ByReference($reference: String!) { personByReference(reference: $reference) { id summary { riskLevel } } }`;
const LIST = `query List($filter: InitialIdentificationFilter) { initialIdentifications(first: 100, filter: $filter) { edges { node { id } } } }`;
const RECORD = `mutation Record($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id area summary } }`;

const DOCUMENT = { type: 'PASSPORT', number: 'BZ 7654321', issuingCountry: 'al', expiresOn: '2030-01-31' };

describe('entry routes, venue and place of exploitation through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  const RECORD_FIELDS = 'id venue entryRoute placeOfExploitation';
  const SUBMIT_ROUTE = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { ${RECORD_FIELDS} person { id } } }`;
  const RECORD_READ = `query Record($id: ID!) { initialIdentification(id: $id) { ${RECORD_FIELDS} } }`;
  const EXPERIENCE = `query Experience($id: ID!) { person(id: $id) { traffickingExperience { venue placeOfExploitation } } }`;
  const FILTERED = `query List($filter: InitialIdentificationFilter) { initialIdentifications(first: 100, filter: $filter) { edges { node { id } } } }`;

  it('submits a prosecutor-linked identification made abroad (consular venue), exploitation at home and abroad, and reads it back as recorded', async () => {
    const input = { ...identificationInput({ givenName: 'Prokura', familyName: 'Jashte' }), venue: 'ABROAD', entryRoute: 'PROSECUTOR', placeOfExploitation: 'BOTH' };
    const submitted = await mustSucceed<{ submitInitialIdentification: { id: string; venue: string; entryRoute: string; placeOfExploitation: string; person: { id: string } } }>(
      stack,
      'police.tirana',
      SUBMIT_ROUTE,
      { input },
    );
    const { id, person } = submitted.submitInitialIdentification;
    const recorded = { id, venue: 'ABROAD', entryRoute: 'PROSECUTOR', placeOfExploitation: 'BOTH' };
    expect(submitted.submitInitialIdentification).toMatchObject(recorded);
    for (const username of ['police.tirana', 'ra.officer']) {
      expect([username, (await mustSucceed<{ initialIdentification: unknown }>(stack, username, RECORD_READ, { id })).initialIdentification]).toEqual([username, recorded]);
      expect([username, (await mustSucceed<{ person: { traffickingExperience: unknown } }>(stack, username, EXPERIENCE, { id: person.id })).person.traffickingExperience]).toEqual([
        username,
        { venue: 'ABROAD', placeOfExploitation: 'BOTH' },
      ]);
    }
    const listed = async (filter: Record<string, unknown>) =>
      (await mustSucceed<{ initialIdentifications: { edges: Array<{ node: { id: string } }> } }>(stack, 'ra.officer', FILTERED, { filter })).initialIdentifications.edges.map(
        (edge) => edge.node.id,
      );
    expect(await listed({ agencyId: 'police-tirana', entryRoute: 'PROSECUTOR', placeOfExploitation: 'BOTH' })).toContain(id);
    expect(await listed({ agencyId: 'police-tirana', entryRoute: 'SELF_REFERRAL' })).not.toContain(id);
    expect(await listed({ agencyId: 'police-tirana', placeOfExploitation: 'ABROAD' })).not.toContain(id);
  });

  it('records a first responder\'s entry route when none is given, and no place of exploitation', async () => {
    const submitted = await mustSucceed<{ submitInitialIdentification: { id: string; venue: string; entryRoute: string; placeOfExploitation: string | null } }>(
      stack,
      'border.kakavije',
      SUBMIT_ROUTE,
      { input: { ...identificationInput({ givenName: 'Kufira', familyName: 'Parazgjedhja' }), venue: 'BORDER' } },
    );
    expect(submitted.submitInitialIdentification).toMatchObject({ venue: 'BORDER', entryRoute: 'FIRST_RESPONDER', placeOfExploitation: null });
  });
});

describe('the identification record and the risk level through the gateway', () => {
  let stack: Stack;
  let personId: string;
  let reference: string;
  let identificationId: string;
  let caseId: string;

  const as = async (username: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> =>
    stack.graphql(query, variables, await stack.tokenFor(username));
  const riskOf = async (username: string): Promise<unknown> => {
    const result = await as(username, RISK, { id: personId });
    expect(result.errors ?? []).toEqual([]);
    return (result.data?.['person'] as { summary: { riskLevel: string } }).summary.riskLevel;
  };

  beforeAll(async () => {
    stack = await startStack();
    const base = identificationInput({ givenName: 'Mirela', familyName: 'Recordtest' });
    const submitted = await mustSucceed<{ submitInitialIdentification: { id: string; entryRoute: string; placeOfExploitation: string; person: { id: string; reference: string } } }>(
      stack,
      'police.tirana',
      SUBMIT,
      {
        input: {
          ...base,
          person: { ...(base['person'] as Record<string, unknown>), documents: [DOCUMENT] },
          immediateNeeds: ['SECURITY', 'SAFE_ACCOMMODATION'],
          meansOfControl: ['DEBT_BONDAGE', 'THREATS'],
          recruiterRelation: 'FRIEND',
          entryRoute: 'SELF_REFERRAL',
          placeOfExploitation: 'DOMESTIC',
        },
      },
    );
    ({ id: identificationId } = submitted.submitInitialIdentification);
    ({ id: personId, reference } = submitted.submitInitialIdentification.person);
    expect(submitted.submitInitialIdentification).toMatchObject({ entryRoute: 'SELF_REFERRAL', placeOfExploitation: 'DOMESTIC' });
    const providers = await providerIds(stack);
    const referralId = await createReferral(stack, personId, providers['shelter-a']!);
    await mustSucceed(stack, 'cm.shelter-a', RESPOND, { input: { referralId, decision: 'ACCEPT' } });
    caseId = await waitFor(
      async () => {
        const data = await mustSucceed<{ cases: { edges: Array<{ node: { id: string; person: { id: string } } }> } }>(stack, 'cm.shelter-a', CASES);
        return data.cases.edges.find((edge) => edge.node.person.id === personId)?.node.id;
      },
      { timeoutMs: 30_000, description: 'the case of the accepted referral' },
    );
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  it('serves documents and means of control to the recording agency and the RA', async () => {
    for (const username of ['police.tirana', 'ra.officer']) {
      const result = await as(username, PERSON, { id: personId });
      expect({ username, errors: result.errors ?? [] }).toEqual({ username, errors: [] });
      const person = result.data?.['person'] as { identity: { documents: unknown[] }; traffickingExperience: Record<string, unknown> };
      expect(person.identity.documents).toEqual([{ ...DOCUMENT, issuingCountry: 'AL' }]);
      expect(person.traffickingExperience).toEqual({ meansOfControl: ['DEBT_BONDAGE', 'THREATS'], recruiterRelation: 'FRIEND', placeOfExploitation: 'DOMESTIC' });
    }
  });

  it('returns the interview details as recorded to the recording agency and the RA', async () => {
    const INTERVIEW = `query($id: ID!) { initialIdentification(id: $id) { interview { consentToInterview language interpreterUsed privateSetting guardianPresent } } }`;
    for (const username of ['police.tirana', 'ra.officer']) {
      const result = await as(username, INTERVIEW, { id: identificationId });
      expect({ username, errors: result.errors ?? [] }).toEqual({ username, errors: [] });
      expect((result.data?.['initialIdentification'] as { interview: unknown }).interview).toEqual({
        consentToInterview: true,
        language: 'sq',
        interpreterUsed: false,
        privateSetting: true,
        guardianPresent: null,
      });
    }
  });

  it('refuses the documents to the shelter holding the case until the person consents to IDENTITY', async () => {
    const before = await as('cm.shelter-a', PERSON, { id: personId });
    expect(errorsOn(before, ['person', 'identity'])).toContain('CONSENT_REQUIRED');
    expect(errorsOn(before, ['person', 'traffickingExperience'])).toContain('CONSENT_REQUIRED');
    expect(JSON.stringify(before.data ?? null)).not.toMatch(/BZ 7654321|DEBT_BONDAGE/);
    await mustSucceed(stack, 'ra.officer', GRANT, {
      input: { personId, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'FORM-E2E-1' },
    });
    const after = await as('cm.shelter-a', PERSON, { id: personId });
    expect((after.data?.['person'] as { identity: { documents: unknown[] } }).identity.documents).toHaveLength(1);
    // The grant named IDENTITY only: the trafficking experience stays closed.
    expect(errorsOn(after, ['person', 'traffickingExperience'])).toContain('CONSENT_REQUIRED');
    // Another shelter, and the police of another agency, have no relationship at all.
    for (const username of ['cm.shelter-b', 'border.kakavije']) {
      const other = await as(username, PERSON, { id: personId });
      expect({ username, code: other.errors?.[0]?.extensions?.['code'] }).toEqual({ username, code: 'FORBIDDEN' });
      expect(JSON.stringify(other.data ?? null)).not.toContain('BZ 7654321');
    }
  });

  it("shows the case manager the risk level of the security assessment they just recorded, on their very next read", async () => {
    expect(await riskOf('cm.shelter-a')).toBe('HIGH');
    for (const [summary, level] of [['LOW_RISK', 'LOW'], ['MODERATE_RISK', 'MODERATE'], ['HIGH_RISK', 'HIGH'], ['LOW_RISK', 'LOW']] as const) {
      await mustSucceed(stack, 'cm.shelter-a', RECORD, { input: { caseId, area: 'SECURITY', summary } });
      expect({ summary, level: await riskOf('cm.shelter-a') }).toEqual({ summary, level });
    }
    expect(await riskOf('ra.officer')).toBe('LOW');
  });

  it('refuses the synchronous risk-level endpoint to everyone but the shelter that made the assessment', async () => {
    const recorded = await mustSucceed<{ recordNeedsAssessment: { id: string } }>(stack, 'cm.shelter-a', RECORD, { input: { caseId, area: 'SECURITY', summary: 'MODERATE_RISK' } });
    const assessmentId = recorded.recordNeedsAssessment.id;
    const post = async (username: string, id = assessmentId) =>
      fetch(`${stack.subgraphUrls['identification']}/internal/security-assessments/${id}/apply`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await stack.tokenFor(username)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ riskLevel: 'LOW' }),
      });
    // Another shelter's case manager: shelters answers 404 for an assessment that is not its own, and so does identification.
    expect((await post('cm.shelter-b')).status).toBe(404);
    expect((await post('cm.shelter-a', randomUUID())).status).toBe(404);
    for (const username of ['police.tirana', 'ra.head', 'auditor']) expect({ username, status: (await post(username)).status }).toEqual({ username, status: 403 });
    // The body is never believed: the level stays what the assessment says.
    expect((await post('cm.shelter-a')).status).toBe(200);
    expect(await riskOf('cm.shelter-a')).toBe('MODERATE');
    // And the gateway does not route to it.
    const viaGateway = await fetch(stack.gatewayUrl.replace(/\/graphql$/, `/internal/security-assessments/${assessmentId}/apply`), { method: 'POST' });
    expect(viaGateway.status).not.toBe(200);
  });

  it('finds the person by reference for the RA only, through the gateway and on the subgraph port alike', async () => {
    const ra = await as('ra.head', BY_REFERENCE, { reference: reference.toLowerCase() });
    expect(ra.errors ?? []).toEqual([]);
    expect(ra.data?.['personByReference']).toMatchObject({ id: personId });
    for (const username of ['police.tirana', 'cm.shelter-a', 'cpw.tirana', 'coordinator']) {
      const refused = await as(username, BY_REFERENCE, { reference });
      expect({ username, code: refused.errors?.[0]?.extensions?.['code'] }).toEqual({ username, code: 'FORBIDDEN' });
      const direct = await fetch(`${stack.subgraphUrls['identification']}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await stack.tokenFor(username)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: BY_REFERENCE, variables: { reference } }),
      });
      const body = (await direct.json()) as { errors?: Array<{ extensions: { code: string } }>; data?: { personByReference: unknown } | null };
      expect({ username, code: body.errors?.[0]?.extensions.code }).toEqual({ username, code: 'FORBIDDEN' });
      expect(body.data?.personByReference ?? null).toBeNull();
    }
    const malformed = await as('ra.officer', BY_REFERENCE, { reference: 'NRM-26-1' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['reference'] });
  });

  it("filters the RA's list by identifying agency, child, not yet referred and date, and names a bad filter field", async () => {
    const ids = async (filter: Record<string, unknown>): Promise<string[]> => {
      const result = await as('ra.officer', LIST, { filter });
      expect(result.errors ?? []).toEqual([]);
      return (result.data?.['initialIdentifications'] as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id);
    };
    const today = new Date(Date.now() - 3600_000).toISOString();
    expect(await ids({ agencyId: 'police-tirana', submittedFrom: today, isChild: false, entryRoute: 'SELF_REFERRAL' })).toContain(identificationId);
    expect(await ids({ agencyId: 'police-tirana', notYetReferred: true })).not.toContain(identificationId);
    expect(await ids({ agencyId: 'police-tirana', notYetReferred: false })).toContain(identificationId);
    expect(await ids({ agencyId: 'border-kakavije' })).not.toContain(identificationId);
    expect(await ids({ isChild: true, submittedFrom: today })).not.toContain(identificationId);
    // The date range bounds both ends: before it, after it and inside it.
    const inAnHour = new Date(Date.now() + 3600_000).toISOString();
    expect(await ids({ agencyId: 'police-tirana', submittedTo: today })).not.toContain(identificationId);
    expect(await ids({ agencyId: 'police-tirana', submittedFrom: inAnHour })).not.toContain(identificationId);
    expect(await ids({ agencyId: 'police-tirana', submittedFrom: today, submittedTo: inAnHour })).toContain(identificationId);
    for (const [filter, field] of [
      [{ agencyId: 'nowhere' }, 'filter.agencyId'],
      [{ submittedFrom: today, submittedTo: today }, 'filter.submittedTo'],
      [{ placeOfExploitation: 'MARS' }, 'filter.placeOfExploitation'],
    ] as const) {
      const refused = await as('ra.officer', LIST, { filter });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    }
  });
});
