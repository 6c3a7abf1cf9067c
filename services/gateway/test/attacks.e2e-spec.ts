import { generateKeyPair, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { startStack, type GraphQLResponseError, type Stack, waitFor } from '@nrm/testing';
import { CASES, createReferral, GRANT, identificationInput, mustSucceed, providerIds, RECORD_NEEDS_ASSESSMENT, RESPOND, sleep, submitPerson } from './support/nrm-fixtures';

/*
 * Attack tests in the style of a hostile insider (docs/entry-points.md). Each one asserts the refusal code and that the
 * response carries none of the person's personal data (the submitted names and date of birth).
 */

jest.setTimeout(60_000);

/** Short-lived access tokens and no clock-skew allowance, so a replayed token expires within the test. */
const ACCESS_TOKEN_TTL_SECONDS = 3;

const GIVEN_NAME = 'Vjosaattack';
const FAMILY_NAME = 'Hostileinsiderova';
const DATE_OF_BIRTH = '1995-04-01'; // identificationInput's adult date of birth
const PERSONAL_DATA = new RegExp(`${GIVEN_NAME}|${FAMILY_NAME}|${DATE_OF_BIRTH}`, 'i');

const PERSON_ALL = `query($id: ID!) { person(id: $id) { id reference summary { sex ageBand } identity { givenName familyName dateOfBirth }
  contactLocation { identifiedInRegion } traffickingExperience { venue indicatorCodes } } }`;

interface RawResult {
  status: number;
  text: string;
  data: Record<string, unknown> | null | undefined;
  errors: GraphQLResponseError[];
}

describe('attacks by a hostile insider, through the gateway', () => {
  let stack: Stack;
  /** Referred to shelter-a, still PENDING; shelter-a holds an active consent for IDENTITY and CONTACT_LOCATION. */
  let pendingPerson: string;
  /** Referred to shelter-a and accepted by it. */
  let acceptedPerson: string;
  let pendingGrantId: string;

  /** The exact response text, to search it for personal data. */
  async function raw(query: string, variables: Record<string, unknown>, token: string | undefined): Promise<RawResult> {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: GraphQLResponseError[] };
    return { status: response.status, text, data: body.data, errors: body.errors ?? [] };
  }

  const as = async (username: string, query: string, variables: Record<string, unknown> = {}) => raw(query, variables, await stack.tokenFor(username));

  /** The refusal: the operation is null, every error carries `code`, and nothing personal is in the response. */
  function expectRefused(result: RawResult, operation: string, code: string): void {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.map((error) => error.extensions.code)).toEqual(result.errors.map(() => code));
    expect((result.data ?? {})[operation] ?? null).toBeNull();
    expect(result.text).not.toMatch(PERSONAL_DATA);
  }

  function base64url(value: string | Buffer): string {
    return Buffer.from(value).toString('base64url');
  }

  function decodePart(token: string, index: 0 | 1): Record<string, unknown> {
    return JSON.parse(Buffer.from(token.split('.')[index]!, 'base64url').toString('utf8')) as Record<string, unknown>;
  }

  beforeAll(async () => {
    stack = await startStack({ accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS, env: { OIDC_CLOCK_SKEW_SECONDS: '0' } });
    const providers = await providerIds(stack);
    const names = { givenName: GIVEN_NAME, familyName: FAMILY_NAME };
    [{ personId: pendingPerson }, { personId: acceptedPerson }] = await Promise.all([submitPerson(stack, 'police.tirana', names), submitPerson(stack, 'police.tirana', names)]);
    const [, acceptedReferral] = await Promise.all([
      createReferral(stack, pendingPerson, providers['shelter-a']!),
      createReferral(stack, acceptedPerson, providers['shelter-a']!),
    ]);
    const grant = await mustSucceed<{ grantConsent: { id: string } }>(stack, 'ra.officer', GRANT, {
      input: { personId: pendingPerson, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY', 'CONTACT_LOCATION'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0100' },
    });
    pendingGrantId = grant.grantConsent.id;
    await mustSucceed(stack, 'cm.shelter-a', RESPOND, { input: { referralId: acceptedReferral, decision: 'ACCEPT' } });
    // Identification has the shelter-a links once shelter-a sees both summaries.
    await waitFor(
      async () => {
        const result = await as('cm.shelter-a', `{ a: person(id: "${pendingPerson}") { summary { sex } } b: person(id: "${acceptedPerson}") { summary { sex } } }`);
        return (result.data?.['a'] as { summary?: unknown } | null)?.summary && (result.data?.['b'] as { summary?: unknown } | null)?.summary;
      },
      { timeoutMs: 15_000, description: 'shelter-a seeing the summaries' },
    );
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  it('a shelter reading a person referred to another shelter: cm.shelter-b → FORBIDDEN, pending or accepted, and the attempt is audited', async () => {
    for (const personId of [pendingPerson, acceptedPerson]) {
      const result = await as('cm.shelter-b', PERSON_ALL, { id: personId });
      expectRefused(result, 'person', 'FORBIDDEN');
      expect(result.errors[0]!.path).toEqual(['person']);
      // Nor through the referral list, which would reveal the placement.
      const referrals = await as('cm.shelter-b', `query($id: ID) { referrals(first: 50, filter: { personId: $id }) { edges { node { id person { id } } } } }`, { id: personId });
      expect(referrals.errors).toEqual([]);
      expect(referrals.data?.['referrals']).toEqual({ edges: [] });
    }
    const trail = await as('auditor', `query($id: ID!) { auditTrail(personId: $id, first: 100) { actorAgencyId decision reason } }`, { id: pendingPerson });
    expect(trail.data?.['auditTrail']).toEqual(expect.arrayContaining([{ actorAgencyId: 'shelter-b', decision: 'DENIED', reason: 'FORBIDDEN' }]));
    expect(trail.text).not.toMatch(PERSONAL_DATA);
  });

  it("a first responder reading a person another agency identified: border.kakavije on police.tirana's person → FORBIDDEN", async () => {
    expectRefused(await as('border.kakavije', PERSON_ALL, { id: pendingPerson }), 'person', 'FORBIDDEN');
    const identification = await as('police.tirana', `{ initialIdentifications(first: 50) { edges { node { id person { id } } } } }`);
    const node = (identification.data?.['initialIdentifications'] as { edges: Array<{ node: { id: string; person: { id: string } } }> }).edges.find(
      (edge) => edge.node.person.id === pendingPerson,
    )!.node;
    expectRefused(await as('border.kakavije', `query($id: ID!) { initialIdentification(id: $id) { id region person { id } } }`, { id: node.id }), 'initialIdentification', 'FORBIDDEN');
    const list = await as('border.kakavije', `{ initialIdentifications(first: 50) { edges { node { id } } } }`);
    expect(JSON.stringify(list.data)).not.toContain(node.id);
    expect(list.text).not.toMatch(PERSONAL_DATA);
  });

  it("reading the interview of another agency's identification: border.kakavije → FORBIDDEN and a DENIED entry; the RA reads it, audited", async () => {
    const INTERVIEW = `query($id: ID!) { initialIdentification(id: $id) { id interview { consentToInterview language interpreterUsed privateSetting guardianPresent } } }`;
    const identification = await as('police.tirana', `{ initialIdentifications(first: 50) { edges { node { id person { id } } } } }`);
    const node = (identification.data?.['initialIdentifications'] as { edges: Array<{ node: { id: string; person: { id: string } } }> }).edges.find(
      (edge) => edge.node.person.id === acceptedPerson,
    )!.node;
    const refused = await as('border.kakavije', INTERVIEW, { id: node.id });
    expectRefused(refused, 'initialIdentification', 'FORBIDDEN');
    expect(refused.text).not.toMatch(/interpreterUsed|privateSetting/);
    const ra = await as('ra.officer', INTERVIEW, { id: node.id });
    expect(ra.errors).toEqual([]);
    expect((ra.data?.['initialIdentification'] as { interview: unknown }).interview).toMatchObject({ consentToInterview: true, privateSetting: true });
    const trail = await as('auditor', `query($id: ID!) { auditTrail(personId: $id, first: 100) { actorAgencyId categories decision reason } }`, { id: acceptedPerson });
    expect(trail.data?.['auditTrail']).toEqual(
      expect.arrayContaining([
        { actorAgencyId: 'border-kakavije', categories: ['SUMMARY'], decision: 'DENIED', reason: 'FORBIDDEN' },
        expect.objectContaining({ actorAgencyId: 'responsible-authority', categories: expect.arrayContaining(['TRAFFICKING_EXPERIENCE']), decision: 'ALLOWED' }),
      ]),
    );
  });

  it('a case manager recording or withdrawing consent for a person they are not linked to → FORBIDDEN, and nothing is written', async () => {
    const granted = await as('cm.shelter-b', GRANT, {
      input: { personId: pendingPerson, granteeAgencyId: 'shelter-b', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY', 'CONTACT_LOCATION'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0100' },
    });
    expectRefused(granted, 'grantConsent', 'FORBIDDEN');
    const withdrawn = await as('cm.shelter-b', `mutation($id: ID!) { withdrawConsent(id: $id) { id withdrawnAt } }`, { id: pendingGrantId });
    expectRefused(withdrawn, 'withdrawConsent', 'FORBIDDEN');
    const listed = await as('cm.shelter-b', `query($id: ID!) { consentGrants(personId: $id) { id granteeAgencyId } }`, { id: pendingPerson });
    expectRefused(listed, 'consentGrants', 'FORBIDDEN');

    const ledger = await as('ra.officer', `query($id: ID!) { consentGrants(personId: $id) { id granteeAgencyId withdrawnAt } }`, { id: pendingPerson });
    expect(ledger.data?.['consentGrants']).toEqual([{ id: pendingGrantId, granteeAgencyId: 'shelter-a', withdrawnAt: null }]);
    expect((await as('cm.shelter-b', PERSON_ALL, { id: pendingPerson })).errors[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('a forged agency_id or agency_type: a real token with its payload edited (signature kept) → UNAUTHENTICATED', async () => {
    const real = await stack.tokenFor('cm.shelter-b');
    const [header, , signature] = real.split('.');
    const payload = decodePart(real, 1);
    expect(payload['agency_id']).toBe('shelter-b');
    expect(payload['agency_type']).toBe('SHELTER_STATE');
    const edited = `${header}.${base64url(JSON.stringify({ ...payload, agency_id: 'shelter-a' }))}.${signature}`;
    expectRefused(await raw(PERSON_ALL, { id: acceptedPerson }, edited), 'person', 'UNAUTHENTICATED');
    const retyped = `${header}.${base64url(JSON.stringify({ ...payload, agency_type: 'RESPONSIBLE_AUTHORITY' }))}.${signature}`;
    expectRefused(await raw(PERSON_ALL, { id: acceptedPerson }, retyped), 'person', 'UNAUTHENTICATED');
    const promoted = `${header}.${base64url(
      JSON.stringify({ ...payload, agency_id: 'responsible-authority', realm_access: { roles: ['ra_head'] } }),
    )}.${signature}`;
    expectRefused(await raw(PERSON_ALL, { id: acceptedPerson }, promoted), 'person', 'UNAUTHENTICATED');
    // The unedited token still works as itself: the refusal came from the edit.
    expect((await raw(PERSON_ALL, { id: acceptedPerson }, real)).errors[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it("a token signed by the insider's own key as ra_head of the Responsible Authority, or unsigned → UNAUTHENTICATED", async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const real = await stack.tokenFor('ra.officer');
    const realHeader = decodePart(real, 0);
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      typ: 'Bearer',
      azp: 'nrm-cli',
      preferred_username: 'ra.head',
      agency_id: 'responsible-authority',
      agency_type: 'RESPONSIBLE_AUTHORITY',
      realm_access: { roles: ['ra_head'] },
    };
    const forged = await new SignJWT(claims)
      // The real key id, so only the signature itself can tell.
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: String(realHeader['kid']) })
      .setIssuer(stack.issuer)
      .setSubject(randomUUID())
      .setAudience('account')
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .setJti(randomUUID())
      .sign(privateKey);
    expectRefused(await raw(PERSON_ALL, { id: pendingPerson }, forged), 'person', 'UNAUTHENTICATED');
    const override = `mutation($input: GrantLegalBasisOverrideInput!) { grantLegalBasisOverride(input: $input) { id } }`;
    const input = { personId: pendingPerson, granteeAgencyId: 'shelter-b', categories: ['IDENTITY'], reason: 'Vital interests of the person' };
    expectRefused(await raw(override, { input }, forged), 'grantLegalBasisOverride', 'UNAUTHENTICATED');

    const unsigned = `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(
      JSON.stringify({ ...claims, iss: stack.issuer, sub: randomUUID(), iat: now, exp: now + 300 }),
    )}.`;
    expectRefused(await raw(PERSON_ALL, { id: pendingPerson }, unsigned), 'person', 'UNAUTHENTICATED');
  });

  it('a replayed token after it expires → UNAUTHENTICATED (it worked before)', async () => {
    const token = await stack.tokenFor('ra.officer');
    const payload = decodePart(token, 1);
    expect((payload['exp'] as number) - (payload['iat'] as number)).toBe(ACCESS_TOKEN_TTL_SECONDS);
    const before = await raw(PERSON_ALL, { id: pendingPerson }, token);
    expect(before.errors).toEqual([]);
    await sleep((payload['exp'] as number) * 1000 - Date.now() + 1_200);
    expectRefused(await raw(PERSON_ALL, { id: pendingPerson }, token), 'person', 'UNAUTHENTICATED');
  });

  it('an ID token, or a token whose azp is not an allowed client, used as an access token → UNAUTHENTICATED', async () => {
    const response = await fetch(`${stack.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'nrm-cli', username: 'ra.head', password: 'demo-password', scope: 'openid' }),
    });
    const body = (await response.json()) as { id_token?: string };
    expect(body.id_token).toBeDefined();
    expectRefused(await raw(PERSON_ALL, { id: pendingPerson }, body.id_token), 'person', 'UNAUTHENTICATED');

    // The identity provider issues tokens only to its registered clients, all of which the test stack allows; an
    // unknown client's token can only be minted with a foreign key, refused for that reason as well as for its azp.
    const { privateKey } = await generateKeyPair('RS256');
    const now = Math.floor(Date.now() / 1000);
    const unknownClient = await new SignJWT({
      typ: 'Bearer',
      azp: 'rogue-client',
      agency_id: 'responsible-authority',
      agency_type: 'RESPONSIBLE_AUTHORITY',
      realm_access: { roles: ['ra_officer'] },
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .setIssuer(stack.issuer)
      .setSubject(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(privateKey);
    expectRefused(await raw(PERSON_ALL, { id: pendingPerson }, unknownClient), 'person', 'UNAUTHENTICATED');
  });

  it('a national coordinator asking for any person → FORBIDDEN; for the identifications → FORBIDDEN', async () => {
    expectRefused(await as('coordinator', PERSON_ALL, { id: pendingPerson }), 'person', 'FORBIDDEN');
    expectRefused(await as('coordinator', PERSON_ALL, { id: acceptedPerson }), 'person', 'FORBIDDEN');
    expectRefused(await as('coordinator', `{ initialIdentifications(first: 50) { edges { node { id person { id identity { givenName } } } } } }`), 'initialIdentifications', 'FORBIDDEN');
    expectRefused(await as('coordinator', `{ referrals(first: 50) { edges { node { id person { identity { givenName } } } } } }`), 'referrals', 'FORBIDDEN');
  });

  it('the case manager of shelter-a on a person whose referral to shelter-a is PENDING gets the summary only, even with a consent on record', async () => {
    const result = await as('cm.shelter-a', PERSON_ALL, { id: pendingPerson });
    const person = result.data?.['person'] as Record<string, unknown>;
    expect(person['summary']).toEqual({ sex: 'FEMALE', ageBand: expect.any(String) });
    for (const field of ['identity', 'contactLocation', 'traffickingExperience']) {
      expect(person[field]).toBeNull();
      expect(result.errors.filter((error) => error.path?.join('.') === `person.${field}`).map((error) => error.extensions.code)).toEqual(['CONSENT_REQUIRED']);
    }
    expect(result.errors).toHaveLength(3);
    expect(result.text).not.toMatch(PERSONAL_DATA);
  });

  it('shelter_staff of shelter-a get nothing of that person, not even the summary: no case team names them (docs/domain.md §3)', async () => {
    expectRefused(await as('psy.shelter-a', PERSON_ALL, { id: pendingPerson }), 'person', 'FORBIDDEN');
  });

  it('an ra_officer asking for a legal-basis override → FORBIDDEN, no override is recorded, and the attempt is audited', async () => {
    const override = `mutation($input: GrantLegalBasisOverrideInput!) { grantLegalBasisOverride(input: $input) { id } }`;
    const input = { personId: pendingPerson, granteeAgencyId: 'shelter-a', categories: ['TRAFFICKING_EXPERIENCE'], reason: 'Vital interests of the person' };
    expectRefused(await as('ra.officer', override, { input }), 'grantLegalBasisOverride', 'FORBIDDEN');
    const trail = await as('auditor', `query($id: ID!) { auditTrail(personId: $id, first: 200) { action decision actorUsername } }`, { id: pendingPerson });
    const overrides = (trail.data?.['auditTrail'] as Array<{ action: string; decision: string; actorUsername: string }>).filter((entry) => entry.action === 'OVERRIDE_GRANTED');
    expect(overrides).toEqual([{ action: 'OVERRIDE_GRANTED', decision: 'DENIED', actorUsername: 'ra.officer' }]);
    const asShelter = await as('cm.shelter-a', PERSON_ALL, { id: pendingPerson });
    expect((asShelter.data?.['person'] as Record<string, unknown>)['traffickingExperience']).toBeNull();
  });

  it('ra.head asking to verify the audit trail (auditor only) → FORBIDDEN', async () => {
    const result = await as('ra.head', `{ verifyAuditTrail { ok entriesChecked firstBrokenAt } }`);
    expectRefused(result, 'verifyAuditTrail', 'FORBIDDEN');
    // The auditor may, and the chain is intact after all of the above.
    const auditor = await as('auditor', `{ verifyAuditTrail { ok entriesChecked } }`);
    expect(auditor.data?.['verifyAuditTrail']).toMatchObject({ ok: true });
  });

  it('a refused submission never echoes the names it carried', async () => {
    // A guessed name in a variable is never echoed back in an error.
    const result = await as('coordinator', `mutation($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id } }`, {
      input: identificationInput({ givenName: GIVEN_NAME, familyName: FAMILY_NAME }),
    });
    expectRefused(result, 'submitInitialIdentification', 'FORBIDDEN');
  });

  describe('the consent ledger and overrides', () => {
    const CLINICAL_NOTE = 'Clinicalnote suicide risk discussed';
    const WITHDRAW = `mutation($id: ID!) { withdrawConsent(id: $id) { id withdrawnAt } }`;
    const OVERRIDE = `mutation($input: GrantLegalBasisOverrideInput!) { grantLegalBasisOverride(input: $input) { id granteeAgencyId reason } }`;
    const CLINICAL = `query($id: ID!) { person(id: $id) { id health { assessments { notes } } psychosocial { assessments { notes } } } }`;
    const grantInput = (overrides: Record<string, unknown>) => ({
      personId: acceptedPerson,
      granteeAgencyId: 'shelter-a',
      purpose: 'REFERRAL_ASSISTANCE',
      categories: ['IDENTITY'],
      givenBy: 'PERSON',
      evidenceReference: 'CF-2026-0200',
      ...overrides,
    });
    const fieldsOf = (result: RawResult) => result.errors.map((error) => [error.extensions.code, error.extensions['fields']]);

    beforeAll(async () => {
      const caseId = await waitFor(
        async () => {
          const data = await mustSucceed<{ cases: { edges: Array<{ node: { id: string; person: { id: string } } }> } }>(stack, 'cm.shelter-a', CASES);
          return data.cases.edges.find((edge) => edge.node.person.id === acceptedPerson)?.node.id;
        },
        { timeoutMs: 20_000, description: 'the case of the accepted referral' },
      );
      for (const [area, summary, suicideRisk] of [
        ['HEALTH', 'SOME_DIFFICULTIES', false],
        ['PSYCHOSOCIAL', 'SOME_DIFFICULTIES', true],
      ] as const) {
        await mustSucceed(stack, 'cm.shelter-a', RECORD_NEEDS_ASSESSMENT, { input: { caseId, area, summary, notes: CLINICAL_NOTE, suicideRisk } });
      }
    }, 60_000);

    it("an agency granting consent to itself: police.tirana for HEALTH and PSYCHOSOCIAL, cm.shelter-a for IDENTITY → FORBIDDEN, audited, and the clinical notes stay closed", async () => {
      const police = await as('police.tirana', GRANT, {
        input: grantInput({ granteeAgencyId: 'police-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['HEALTH', 'PSYCHOSOCIAL'] }),
      });
      expectRefused(police, 'grantConsent', 'FORBIDDEN');
      expectRefused(await as('cm.shelter-a', GRANT, { input: grantInput({ granteeAgencyId: 'shelter-a' }) }), 'grantConsent', 'FORBIDDEN');

      const clinical = await as('police.tirana', CLINICAL, { id: acceptedPerson });
      // The two fields resolve concurrently: their errors arrive in either order.
      expect(clinical.errors.map((error) => [error.path?.join('.'), error.extensions.code]).sort()).toEqual([
        ['person.health', 'CONSENT_REQUIRED'],
        ['person.psychosocial', 'CONSENT_REQUIRED'],
      ]);
      expect(clinical.text).not.toContain(CLINICAL_NOTE);

      const trail = await as('auditor', `query($id: ID!) { auditTrail(personId: $id, first: 200) { actorAgencyId action decision } }`, { id: acceptedPerson });
      const deniedGrants = (trail.data?.['auditTrail'] as Array<{ actorAgencyId: string; action: string; decision: string }>).filter(
        (entry) => entry.action === 'CONSENT_GRANTED' && entry.decision === 'DENIED',
      );
      expect(deniedGrants.map((entry) => entry.actorAgencyId).sort()).toEqual(['police-tirana', 'shelter-a']);
    });

    it("the identifying police listing the person's grants: the shelter named as grantee (the placement) is not among them", async () => {
      await mustSucceed(stack, 'ra.officer', GRANT, { input: grantInput({}) });
      const listed = await as('police.tirana', `query($id: ID!) { consentGrants(personId: $id) { id granteeAgencyId recordedByAgencyId } }`, { id: acceptedPerson });
      expect(listed.errors).toEqual([]);
      expect(listed.data?.['consentGrants']).toEqual([]);
      expect(listed.text).not.toContain('shelter-a');
    });

    it("a linked agency withdrawing a grant it did not record: police.tirana on the RA's grant → FORBIDDEN, and the grant stays", async () => {
      const granted = await mustSucceed<{ grantConsent: { id: string } }>(stack, 'ra.officer', GRANT, { input: grantInput({ categories: ['CONTACT_LOCATION'] }) });
      expectRefused(await as('police.tirana', WITHDRAW, { id: granted.grantConsent.id }), 'withdrawConsent', 'FORBIDDEN');
      const ledger = await as('ra.officer', `query($id: ID!) { consentGrants(personId: $id) { id withdrawnAt } }`, { id: acceptedPerson });
      expect(ledger.data?.['consentGrants']).toContainEqual({ id: granted.grantConsent.id, withdrawnAt: null });
    });

    it('grants and overrides naming agencies outside the directory, or categories the grantee can never receive that way → BAD_USER_INPUT naming the field', async () => {
      const reason = 'Vital interests: urgent medical care';
      for (const granteeAgencyId of ['cpu-atlantis', 'no-such-agency']) {
        expect(fieldsOf(await as('ra.officer', GRANT, { input: grantInput({ granteeAgencyId }) }))).toEqual([['BAD_USER_INPUT', ['input.granteeAgencyId']]]);
        const override = await as('ra.head', OVERRIDE, { input: { personId: acceptedPerson, granteeAgencyId, categories: ['IDENTITY'], reason } });
        expect(fieldsOf(override)).toEqual([['BAD_USER_INPUT', ['input.granteeAgencyId']]]);
      }
      const health = await as('ra.head', OVERRIDE, { input: { personId: acceptedPerson, granteeAgencyId: 'police-tirana', categories: ['HEALTH'], reason } });
      expect(fieldsOf(health)).toEqual([['BAD_USER_INPUT', ['input.categories']]]);
      const invisible = await as('ra.head', OVERRIDE, {
        input: { personId: acceptedPerson, granteeAgencyId: 'shelter-a', categories: ['FAMILY'], reason: `a${'\u200b'.repeat(30)}b` },
      });
      expect(fieldsOf(invisible)).toEqual([['BAD_USER_INPUT', ['input.reason']]]);
      const overrides = await as('ra.head', `query($id: ID) { legalBasisOverrides(filter: { personId: $id }) { id } }`, { id: acceptedPerson });
      expect(overrides.data?.['legalBasisOverrides']).toEqual([]);
    });

    it('a purpose the grantee may not receive: ra.officer granting LAW_ENFORCEMENT_COOPERATION to a shelter, anything to the platform → BAD_USER_INPUT naming input.purpose, nothing recorded', async () => {
      const attempts: Array<[string, Record<string, unknown>, string]> = [
        ['ra.officer', { granteeAgencyId: 'shelter-a', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['TRAFFICKING_EXPERIENCE'] }, 'STATE_POLICE, BORDER_POLICE, not to one of type SHELTER_NGO'],
        ['ra.officer', { granteeAgencyId: null, granteeAgencyType: 'SHELTER_STATE', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['TRAFFICKING_EXPERIENCE'] }, 'not to one of type SHELTER_STATE'],
        ['ra.officer', { granteeAgencyId: 'platform', purpose: 'REFERRAL_ASSISTANCE' }, 'not to one of type PLATFORM'],
        ['ra.officer', { granteeAgencyId: null, granteeAgencyType: 'PLATFORM', purpose: 'RESEARCH_ANONYMISED' }, 'not to one of type PLATFORM'],
        ['ra.officer', { granteeAgencyId: 'police-tirana', purpose: 'HEALTH_CARE', categories: ['CONTACT_LOCATION'] }, 'not to one of type STATE_POLICE'],
        // The shelter holding the case may record law-enforcement cooperation, but only to the police.
        ['cm.shelter-a', { granteeAgencyId: 'shelter-b', purpose: 'LAW_ENFORCEMENT_COOPERATION' }, 'not to one of type SHELTER_STATE'],
      ];
      for (const [username, overrides, expected] of attempts) {
        const refused = await as(username, GRANT, { input: grantInput(overrides) });
        expect({ overrides, refused: fieldsOf(refused) }).toEqual({ overrides, refused: [['BAD_USER_INPUT', ['input.purpose']]] });
        expect(refused.errors[0]?.message).toMatch(/^A grant for [A-Z_]+ goes only to agencies of type [A-Z_, ]+, not to one of type [A-Z_]+$/);
        expect(refused.errors[0]?.message).toContain(expected);
        expect(refused.text).not.toMatch(PERSONAL_DATA);
      }
      const ledger = await as('ra.officer', `query($id: ID!) { consentGrants(personId: $id) { granteeAgencyId granteeAgencyType purpose } }`, { id: acceptedPerson });
      const grants = ledger.data?.['consentGrants'] as Array<{ granteeAgencyId: string | null; granteeAgencyType: string | null; purpose: string }>;
      expect(grants.filter((grant) => grant.purpose === 'LAW_ENFORCEMENT_COOPERATION' || grant.granteeAgencyId === 'platform' || grant.granteeAgencyType !== null)).toEqual([]);
    });

    it('an override to the child protection unit gives cpw.tirana the access it names; it is listed for review and never reviewed by its granter', async () => {
      const PERSON_IDENTITY = `query($id: ID!) { person(id: $id) { id identity { givenName } contactLocation { identifiedInRegion } } }`;
      expectRefused(await as('cpw.tirana', PERSON_IDENTITY, { id: acceptedPerson }), 'person', 'FORBIDDEN');
      const reason = 'Child protection: a child in her care is at risk';
      const granted = await mustSucceed<{ grantLegalBasisOverride: { id: string } }>(stack, 'ra.head', OVERRIDE, {
        input: { personId: acceptedPerson, granteeAgencyId: 'cpu-tirana', categories: ['IDENTITY'], reason },
      });
      const read = await as('cpw.tirana', PERSON_IDENTITY, { id: acceptedPerson });
      expect((read.data?.['person'] as { identity: unknown }).identity).toEqual({ givenName: GIVEN_NAME });
      expect(read.errors.map((error) => [error.path?.join('.'), error.extensions.code])).toEqual([['person.contactLocation', 'CONSENT_REQUIRED']]);

      const pending = await as('auditor', `query($id: ID) { legalBasisOverrides(filter: { pendingReviewOnly: true, personId: $id }) { id granteeAgencyId reason reviewedAt } }`, {
        id: acceptedPerson,
      });
      // The auditor sees to whom and when, never the written reason (case data).
      expect(pending.data?.['legalBasisOverrides']).toEqual([{ id: granted.grantLegalBasisOverride.id, granteeAgencyId: 'cpu-tirana', reason: null, reviewedAt: null }]);
      expect(pending.text).not.toContain(reason);
      const own = await as('ra.head', `mutation($id: ID!) { reviewLegalBasisOverride(id: $id, outcome: UPHELD) { id } }`, { id: granted.grantLegalBasisOverride.id });
      expectRefused(own, 'reviewLegalBasisOverride', 'FORBIDDEN');
    });

    it('a legal hold with a made-up reason code → BAD_USER_INPUT naming reasonCode', async () => {
      const result = await as('ra.head', `mutation($id: ID!) { setLegalHold(personId: $id, reasonCode: "WHATEVER_CODE") { id } }`, { id: acceptedPerson });
      expect(fieldsOf(result)).toEqual([['BAD_USER_INPUT', ['reasonCode']]]);
    });
  });
});
