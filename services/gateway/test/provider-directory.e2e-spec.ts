import { randomUUID } from 'node:crypto';
import { startStack, type Stack, waitFor } from '@nrm/testing';
import { identificationInput, mustSucceed, providerIds, RESPOND, SUBMIT } from './support/nrm-fixtures';

/*
 * The provider directory maintained through the API and matching (docs/domain.md §2 step 2), through the gateway as the
 * demo users: the platform administrator registers and changes a provider, the head of the Responsible Authority
 * authorises it, the RA sees which providers may take a person and why the others may not, and a full provider takes
 * a person only under an over-capacity agreement.
 */

const PROVIDER_FIELDS = 'id agencyId agencyType name region serves services authorised placesTotal placesFree placesTaken placesOverCapacity';
const CREATE_PROVIDER = `mutation ($input: CreateServiceProviderInput!) { createServiceProvider(input: $input) { ${PROVIDER_FIELDS} } }`;
const UPDATE_PROVIDER = `mutation ($input: UpdateServiceProviderInput!) { updateServiceProvider(input: $input) { ${PROVIDER_FIELDS} } }`;
const AUTHORISE = `mutation ($input: SetServiceProviderAuthorisationInput!) { setServiceProviderAuthorisation(input: $input) { ${PROVIDER_FIELDS} } }`;
const PROVIDER = `query ($filter: ServiceProviderFilter) { serviceProviders(filter: $filter) { ${PROVIDER_FIELDS} } }`;
const MATCHES = `query ($personId: ID!, $needs: [String!]) {
  providerMatches(personId: $personId, needs: $needs) { provider { agencyId } eligible reasons overCapacityPossible rank regionMatch }
}`;
const REFER = `mutation ($input: CreateReferralInput!) {
  createReferral(input: $input) { id status optionsOffered overCapacityAgreement { reference agreedWith } placedOverCapacity provider { agencyId } }
}`;
const PERSON = `query ($id: ID!) { person(id: $id) { id summary { ageBand } } }`;

interface Provider {
  id: string;
  agencyId: string;
  authorised: boolean;
  placesTotal: number;
  placesFree: number;
  placesTaken: number;
  placesOverCapacity: number;
}

interface Match {
  provider: { agencyId: string };
  eligible: boolean;
  reasons: string[];
  overCapacityPossible: boolean;
  rank: number | null;
}

const SHELTER_D = {
  agencyId: 'shelter-d',
  name: 'Shelter D (men, Shkodër)',
  region: 'SHKODER',
  serves: ['ADULTS', 'MEN', 'FOREIGNERS'],
  services: ['ACCOMMODATION', 'LEGAL', 'VOCATIONAL'],
  placesTotal: 4,
};

describe('the provider directory and matching, through the gateway', () => {
  let stack: Stack;
  let providers: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    providers = await providerIds(stack);
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  async function as<T>(username: string, query: string, variables: Record<string, unknown>) {
    return stack.graphql<T>(query, variables, await stack.tokenFor(username));
  }

  async function provider(agencyId: string): Promise<Provider> {
    const data = await mustSucceed<{ serviceProviders: Provider[] }>(stack, 'ra.officer', PROVIDER, {});
    return data.serviceProviders.find((candidate) => candidate.agencyId === agencyId)!;
  }

  /** A person submitted by the police; resolved once the referral service has learnt of them. */
  async function submitted(person: Record<string, unknown>, child: boolean): Promise<string> {
    const input = identificationInput({ givenName: 'Test', familyName: 'Match', child });
    const data = await mustSucceed<{ submitInitialIdentification: { person: { id: string } } }>(stack, 'police.tirana', SUBMIT, {
      input: { ...input, person: { ...(input['person'] as Record<string, unknown>), ...person } },
    });
    const personId = data.submitInitialIdentification.person.id;
    await waitFor(async () => !(await as(`ra.officer`, MATCHES, { personId })).errors, { timeoutMs: 20_000, description: 'the referral service knows the person' });
    return personId;
  }

  async function matches(personId: string): Promise<Map<string, Match>> {
    const data = await mustSucceed<{ providerMatches: Match[] }>(stack, 'ra.officer', MATCHES, { personId, needs: ['ACCOMMODATION'] });
    return new Map(data.providerMatches.map((match) => [match.provider.agencyId, match]));
  }

  it('lets the admin register shelter-d, refuses everyone else and every agency that is not a shelter of the directory', async () => {
    for (const username of ['cm.shelter-a', 'ra.officer', 'ra.head', 'police.tirana']) {
      const attempt = await as(username, CREATE_PROVIDER, { input: SHELTER_D });
      expect({ username, code: attempt.errors?.[0]?.extensions.code }).toEqual({ username, code: 'FORBIDDEN' });
    }
    const unknown = await as('admin', CREATE_PROVIDER, { input: { ...SHELTER_D, agencyId: `shelter-${randomUUID().slice(0, 8)}` } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.agencyId'] });
    const police = await as('admin', CREATE_PROVIDER, { input: { ...SHELTER_D, agencyId: 'police-tirana' } });
    expect(police.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.agencyId'] });
    expect(police.errors?.[0]?.message).toContain('SHELTER_NGO, SHELTER_STATE');
    const twice = await as('admin', CREATE_PROVIDER, { input: { ...SHELTER_D, agencyId: 'shelter-a' } });
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');
    for (const bytes of [{ name: 'D\u0007' }, { services: ['<script>'] }, { serves: ['ROBOTS'] }, { placesTotal: 2 ** 40 }, { agencyId: 'a'.repeat(5000) }]) {
      const attempt = await as('admin', CREATE_PROVIDER, { input: { ...SHELTER_D, ...bytes } });
      expect({ bytes: Object.keys(bytes), code: attempt.errors?.[0]?.extensions.code }).toEqual({ bytes: Object.keys(bytes), code: 'BAD_USER_INPUT' });
    }

    const created = await mustSucceed<{ createServiceProvider: Provider }>(stack, 'admin', CREATE_PROVIDER, { input: SHELTER_D });
    expect(created.createServiceProvider).toMatchObject({ agencyId: 'shelter-d', agencyType: 'SHELTER_STATE', authorised: false, placesTotal: 4, placesFree: 4 });
    const id = created.createServiceProvider.id;

    const caseManager = await as('cm.shelter-a', UPDATE_PROVIDER, { input: { providerId: id, placesTotal: 40 } });
    expect(caseManager.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const updated = await mustSucceed<{ updateServiceProvider: Provider }>(stack, 'admin', UPDATE_PROVIDER, { input: { providerId: id, placesTotal: 5 } });
    expect(updated.updateServiceProvider).toMatchObject({ placesTotal: 5, placesFree: 5 });

    for (const username of ['admin', 'ra.officer', 'cm.shelter-a']) {
      const attempt = await as(username, AUTHORISE, { input: { providerId: id, authorised: true, reason: 'LICENCE_GRANTED' } });
      expect({ username, code: attempt.errors?.[0]?.extensions.code }).toEqual({ username, code: 'FORBIDDEN' });
    }
    const authorised = await mustSucceed<{ setServiceProviderAuthorisation: Provider }>(stack, 'ra.head', AUTHORISE, {
      input: { providerId: id, authorised: true, reason: 'LICENCE_GRANTED' },
    });
    expect(authorised.setServiceProviderAuthorisation.authorised).toBe(true);
    providers = await providerIds(stack);
  });

  it('shows the RA the providers for a foreign girl of 16 and for an adult man, ranked, with the reason for each one excluded', async () => {
    const girl = await submitted({ dateOfBirth: '2010-06-01', sex: 'FEMALE', citizenship: ['MD'] }, true);
    const forGirl = await matches(girl);
    expect(forGirl.get('shelter-a')).toMatchObject({ eligible: true, rank: 1 });
    expect(forGirl.get('shelter-b')).toMatchObject({ eligible: false, rank: null, reasons: ['PROVIDER_DOES_NOT_SERVE_CHILDREN'] });
    expect(forGirl.get('shelter-c')?.reasons).toContain('PROVIDER_NOT_AUTHORISED');
    // MEN narrows the adults shelter-d takes; a child is refused as a child.
    expect(forGirl.get('shelter-d')?.reasons).toEqual(['PROVIDER_DOES_NOT_SERVE_CHILDREN']);

    const man = await submitted({ dateOfBirth: '1988-02-01', sex: 'MALE', citizenship: ['AL'] }, false);
    const forMan = await matches(man);
    expect(forMan.get('shelter-a')).toMatchObject({ eligible: false, reasons: ['PROVIDER_DOES_NOT_SERVE_CATEGORY'] });
    expect(forMan.get('shelter-b')).toMatchObject({ eligible: true, rank: 1 });
    expect(forMan.get('shelter-d')).toMatchObject({ eligible: true, rank: 2 });

    // The administrator neither matches, nor refers, nor reads the person.
    for (const [query, variables] of [
      [MATCHES, { personId: man }],
      [REFER, { input: { personId: man, providerId: providers['shelter-b'] } }],
      [PERSON, { id: man }],
    ] as const) {
      const attempt = await as('admin', query, variables);
      expect(attempt.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const caseManager = await as('cm.shelter-a', MATCHES, { personId: man });
    expect(caseManager.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    // The person chose shelter-d among the two options offered.
    const referred = await mustSucceed<{ createReferral: { optionsOffered: string[]; provider: { agencyId: string } } }>(stack, 'ra.officer', REFER, {
      input: { personId: man, providerId: providers['shelter-d'], optionsOffered: [providers['shelter-b'], providers['shelter-d']] },
    });
    expect(referred.createReferral).toMatchObject({ optionsOffered: [providers['shelter-b'], providers['shelter-d']], provider: { agencyId: 'shelter-d' } });
  });

  it('refuses a full provider without an over-capacity agreement and lets it take the person beyond its total with one', async () => {
    const before = await provider('shelter-b');
    const taken = before.placesTaken;
    // The admin sets shelter-b's total to the places taken: it is full.
    if (before.placesFree > 0) await mustSucceed(stack, 'admin', UPDATE_PROVIDER, { input: { providerId: before.id, placesTotal: taken } });
    expect(await provider('shelter-b')).toMatchObject({ placesFree: 0 });

    const man = await submitted({ dateOfBirth: '1979-09-09', sex: 'MALE', citizenship: ['AL'] }, false);
    expect((await matches(man)).get('shelter-b')).toMatchObject({ eligible: false, reasons: ['NO_PLACES_FREE'], overCapacityPossible: true });
    const refused = await as('ra.officer', REFER, { input: { personId: man, providerId: before.id } });
    expect(refused.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('overCapacityAgreement');

    const agreement = { reference: 'RA/2026/041', agreedWith: 'shelter-b' };
    const referred = await mustSucceed<{ createReferral: { id: string; overCapacityAgreement: unknown } }>(stack, 'ra.officer', REFER, {
      input: { personId: man, providerId: before.id, overCapacityAgreement: agreement },
    });
    expect(referred.createReferral.overCapacityAgreement).toEqual(agreement);
    await mustSucceed(stack, 'cm.shelter-b', RESPOND, { input: { referralId: referred.createReferral.id, decision: 'ACCEPT' } });
    expect(await provider('shelter-b')).toMatchObject({ placesFree: 0, placesOverCapacity: 1, placesTaken: taken + 1 });
    // Never below the places taken.
    const below = await as('admin', UPDATE_PROVIDER, { input: { providerId: before.id, placesTotal: taken } });
    expect(below.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fields: ['input.placesTotal'] });

    // Give shelter-b back its free places for the suites that follow: one more in total for the one over capacity.
    await mustSucceed(stack, 'admin', UPDATE_PROVIDER, { input: { providerId: before.id, placesTotal: before.placesTotal + 1 } });
    expect(await provider('shelter-b')).toMatchObject({ placesFree: before.placesFree, placesOverCapacity: 0 });
  });

  it('refuses the directory on the subgraph port without a token, and the agency look-up to a case manager or through the gateway', async () => {
    const response = await fetch(`${stack.subgraphUrls['referral']}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CREATE_PROVIDER, variables: { input: SHELTER_D } }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const asCaseManager = await fetch(`${stack.subgraphUrls['identification']}/internal/directory/agencies/shelter-a`, {
      headers: { authorization: `Bearer ${await stack.tokenFor('cm.shelter-a')}` },
    });
    expect(asCaseManager.status).toBe(403);
    const asAdmin = await fetch(`${stack.subgraphUrls['identification']}/internal/directory/agencies/shelter-a`, {
      headers: { authorization: `Bearer ${await stack.tokenFor('admin')}` },
    });
    expect(await asAdmin.json()).toEqual({ id: 'shelter-a', type: 'SHELTER_NGO', region: 'TIRANA' });
    const viaGateway = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/internal/directory/agencies/shelter-a'), {
      headers: { authorization: `Bearer ${await stack.tokenFor('admin')}` },
    });
    expect(viaGateway.status).not.toBe(200);
  });
});
