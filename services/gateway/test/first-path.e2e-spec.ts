import { randomUUID } from 'node:crypto';
import { startStack, type Stack, waitFor } from '@nrm/testing';

// The first path (README, "What works today" 1–4), through the gateway, with the demo users and real signed tokens.
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) {
  submitInitialIdentification(input: $input) { id status submittedAt person { id reference } screening { meetsThreshold missingGroups } }
}`;
const MY_NOTIFICATIONS = `{ myNotifications(first: 50) { id kind subjectRef createdAt readAt dueAt } }`;
const PROVIDERS = `{ serviceProviders { id agencyId name authorised placesFree } }`;
const CREATE_REFERRAL = `mutation Create($input: CreateReferralInput!) { createReferral(input: $input) { id status urgent provider { agencyId } person { id reference } } }`;
const REFERRALS = `{ referrals(first: 20) { edges { node { id status person { id reference summary { ageBand isChild sex identificationStatus needs } identity { givenName familyName } } } } } }`;
const RESPOND = `mutation Respond($input: RespondToReferralInput!) { respondToReferral(input: $input) { id status } }`;
const CASES = `{ cases(first: 20) { edges { node { id status providerAgencyId person { id } } } } }`;

const input = (clientRequestId: string) => ({
  clientRequestId,
  person: { givenName: 'Elira', familyName: 'Pathtest', dateOfBirth: '1995-07-14', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'] },
  venue: 'INLAND',
  region: 'TIRANA',
  indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B15_DEBT_BONDAGE', 'C02_FORCED_LABOUR_SERVICES'],
  exploitationTypes: ['FORCED_LABOUR'],
  interview: { consentToInterview: true, language: 'sq', interpreterUsed: false, privateSetting: true },
  immediateNeeds: ['MEDICAL', 'SAFE_ACCOMMODATION', 'FOOD'],
});

interface Notification {
  id: string;
  kind: string;
  subjectRef: string;
}
interface ReferralNode {
  id: string;
  status: string;
  person: { id: string; reference: string; summary: { sex: string } | null; identity: unknown };
}

const RESPOND_WITH_CASE = `mutation Respond($input: RespondToReferralInput!) { respondToReferral(input: $input) { id status caseId } }`;
const CASE = `query Case($id: ID!) { case(id: $id) { id status person { id } } }`;

describe('the first path: police officer → RA → shelter', () => {
  let stack: Stack;
  let personId: string;
  let reference: string;
  let identificationId: string;
  let referralId: string;

  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('1. police.tirana submits an initial identification; resubmitting returns the same record', async () => {
    const clientRequestId = `e2e-${randomUUID()}`;
    const police = await stack.tokenFor('police.tirana');
    const first = await stack.graphql<{ submitInitialIdentification: { id: string; status: string; person: { id: string; reference: string } } }>(
      SUBMIT,
      { input: input(clientRequestId) },
      police,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitInitialIdentification.status).toBe('PRESUMED');
    identificationId = first.data!.submitInitialIdentification.id;
    personId = first.data!.submitInitialIdentification.person.id;
    reference = first.data!.submitInitialIdentification.person.reference;

    const again = await stack.graphql<{ submitInitialIdentification: { id: string } }>(SUBMIT, { input: input(clientRequestId) }, police);
    expect(again.data!.submitInitialIdentification.id).toBe(identificationId);
  });

  it('1a. concurrent duplicates make one record and use up one reference number; an edited replay is CONFLICT', async () => {
    type Submitted = { submitInitialIdentification: { id: string; person: { reference: string } } };
    const police = await stack.tokenFor('police.tirana');
    const submit = (clientRequestId: string, edit: Record<string, unknown> = {}) =>
      stack.graphql<Submitted>(SUBMIT, { input: { ...input(clientRequestId), ...edit } }, police);
    const numberOf = (result: { data?: Submitted | null }) => Number(result.data!.submitInitialIdentification.person.reference.split('-')[2]);
    const before = await submit(`e2e-${randomUUID()}`);
    const clientRequestId = `e2e-${randomUUID()}`;
    const duplicates = await Promise.all([submit(clientRequestId), submit(clientRequestId), submit(clientRequestId)]);
    expect(new Set(duplicates.map((result) => result.data?.submitInitialIdentification.id)).size).toBe(1);
    // The identical replay, with its lists in another order, is the same record.
    const replay = await stack.graphql<Submitted>(
      SUBMIT,
      { input: { ...input(clientRequestId), immediateNeeds: ['FOOD', 'SAFE_ACCOMMODATION', 'MEDICAL'] } },
      police,
    );
    expect(replay.data!.submitInitialIdentification).toEqual(duplicates[0]!.data!.submitInitialIdentification);
    const edited = await submit(clientRequestId, { region: 'DURRES' });
    expect(edited.errors?.map((error) => [error.extensions.code, error.extensions['fields']])).toEqual([['CONFLICT', ['input.clientRequestId']]]);
    expect(edited.errors?.[0]?.message).toMatch(/already used for a different submission/);
    expect(JSON.stringify(edited)).not.toMatch(/Elira|Pathtest|DURRES/);
    const after = await submit(`e2e-${randomUUID()}`);
    expect([numberOf(before), numberOf(duplicates[0]!), numberOf(after)]).toEqual([numberOf(before), numberOf(before) + 1, numberOf(before) + 2]);
  });

  it('2. every ra_officer and ra_head is notified within seconds, by reference and without the name', async () => {
    for (const user of ['ra.officer', 'ra.head']) {
      const token = await stack.tokenFor(user);
      const notification = await waitFor(
        async () => {
          const result = await stack.graphql<{ myNotifications: Notification[] }>(MY_NOTIFICATIONS, {}, token);
          return result.data?.myNotifications.find((item) => item.subjectRef === reference);
        },
        { timeoutMs: 5_000, intervalMs: 100 },
      );
      expect(notification.kind).toBe('NEW_IDENTIFICATION');
      expect(JSON.stringify(notification)).not.toMatch(/Elira|Pathtest/);
    }
    const police = await stack.graphql<{ myNotifications: Notification[] }>(MY_NOTIFICATIONS, {}, await stack.tokenFor('police.tirana'));
    expect(police.data!.myNotifications.some((item) => item.subjectRef === reference)).toBe(false);
  });

  it('3. ra.officer lists the providers and refers the person to shelter-a', async () => {
    const ra = await stack.tokenFor('ra.officer');
    const providers = await stack.graphql<{ serviceProviders: Array<{ id: string; agencyId: string; authorised: boolean }> }>(PROVIDERS, {}, ra);
    const shelterA = providers.data!.serviceProviders.find((provider) => provider.agencyId === 'shelter-a');
    expect(shelterA?.authorised).toBe(true);
    const created = await waitFor(
      async () => {
        // The referral service learns of the person from the identification event; retry until it has.
        const result = await stack.graphql<{ createReferral: { id: string; status: string } }>(CREATE_REFERRAL, { input: { personId, providerId: shelterA!.id, urgent: false } }, ra);
        return result.data?.createReferral;
      },
      { timeoutMs: 5_000, intervalMs: 100 },
    );
    expect(created.status).toBe('PENDING');
    referralId = created.id;
  });

  it('4. cm.shelter-a sees the summary but not the identity, accepts, and gets a case that cm.shelter-b cannot see', async () => {
    const cmA = await stack.tokenFor('cm.shelter-a');
    const result = await waitFor(
      async () => {
        const response = await stack.graphql<{ referrals: { edges: Array<{ node: ReferralNode }> } }>(REFERRALS, {}, cmA);
        const node = response.data?.referrals.edges.find((edge) => edge.node.id === referralId)?.node;
        return node?.person.summary ? { node, errors: response.errors ?? [] } : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    expect(result.node.person.summary).toMatchObject({ sex: 'FEMALE' });
    expect(result.node.person.identity).toBeNull();
    const identityErrors = result.errors.filter((error) => error.path?.includes('identity'));
    expect(identityErrors.length).toBeGreaterThan(0);
    expect(identityErrors.every((error) => error.extensions.code === 'CONSENT_REQUIRED')).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/Elira|Pathtest/);

    const accepted = await stack.graphql<{ respondToReferral: { status: string; caseId: string } }>(RESPOND_WITH_CASE, { input: { referralId, decision: 'ACCEPT' } }, cmA);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.respondToReferral.status).toBe('ACCEPTED');

    // The answer names the case, which its shelter reads at once (before the acceptance's event reaches shelters).
    const opened = await stack.graphql<{ case: { id: string; status: string; person: { id: string } } }>(CASE, { id: accepted.data!.respondToReferral.caseId }, cmA);
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.case).toMatchObject({ status: 'ACCEPTED', person: { id: personId } });
    const caseNode = await waitFor(
      async () => {
        const response = await stack.graphql<{ cases: { edges: Array<{ node: { id: string; status: string; person: { id: string } } }> } }>(CASES, {}, cmA);
        return response.data?.cases.edges.find((edge) => edge.node.person.id === personId)?.node;
      },
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    expect(caseNode.status).toBe('ACCEPTED');
    const cmB = await stack.graphql<{ cases: { edges: Array<{ node: { person: { id: string } } }> } }>(CASES, {}, await stack.tokenFor('cm.shelter-b'));
    expect(cmB.data!.cases.edges.some((edge) => edge.node.person.id === personId)).toBe(false);
  });

  it('5. refuses every step to the wrong role (FORBIDDEN), to missing or bad tokens (UNAUTHENTICATED) and malformed input (BAD_USER_INPUT)', async () => {
    const forbidden: Array<[string, string, Record<string, unknown>]> = [
      ['coordinator', SUBMIT, { input: input(`e2e-${randomUUID()}`) }],
      ['cm.shelter-a', SUBMIT, { input: input(`e2e-${randomUUID()}`) }],
      ['police.tirana', CREATE_REFERRAL, { input: { personId, providerId: randomUUID() } }],
      ['cm.shelter-b', RESPOND, { input: { referralId, decision: 'DECLINE', reason: 'no capacity here' } }],
      ['police.tirana', RESPOND, { input: { referralId, decision: 'ACCEPT' } }],
      ['auditor', CASES, {}],
      ['coordinator', REFERRALS, {}],
    ];
    for (const [user, query, variables] of forbidden) {
      const result = await stack.graphql(query, variables, await stack.tokenFor(user));
      expect({ user, code: result.errors?.[0]?.extensions.code }).toEqual({ user, code: 'FORBIDDEN' });
    }
    const missing = await stack.graphql(SUBMIT, { input: input(`e2e-${randomUUID()}`) });
    expect(missing.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const bad = await stack.graphql(CASES, {}, 'not-a-token');
    expect(bad.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const malformed = await stack.graphql(SUBMIT, { input: { ...input(`e2e-${randomUUID()}`), venue: 'SEA' } }, await stack.tokenFor('police.tirana'));
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.venue'] });
    expect(JSON.stringify(malformed)).not.toContain('Elira');
    const missingField = await stack.graphql(
      SUBMIT,
      { input: { ...input(`e2e-${randomUUID()}`), person: { givenName: 'Elira', citizenship: ['AL'] } } },
      await stack.tokenFor('police.tirana'),
    );
    expect(missingField.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.person.sex'] });
  });
});
