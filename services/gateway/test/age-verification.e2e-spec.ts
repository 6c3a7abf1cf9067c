import { randomUUID } from 'node:crypto';
import { startStack, type GraphQLResponseError, type Stack, waitFor } from '@nrm/testing';

// The presumption of childhood and the RA's age verification through the gateway (docs/domain.md, "Age and the
// presumption of childhood"), with the demo users and real signed tokens: the child protection unit is told, and the
// RA's very next referral sees the adult pathway.
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { id person { id reference } } }`;
const SUMMARY = `query P($id: ID!) { person(id: $id) { summary { isChild presumedChild ageVerified ageBasis } } }`;
const VERIFY = `mutation V($input: RecordAgeVerificationInput!) { recordAgeVerification(input: $input) { id outcome person { summary { isChild presumedChild } } } }`;
const CREATE_REFERRAL = `mutation C($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`;
const PROVIDERS = `{ serviceProviders { id agencyId } }`;
const MY_NOTIFICATIONS = `{ myNotifications(first: 100) { id kind subjectRef } }`;

const submission = (person: Record<string, unknown>) => ({
  clientRequestId: `e2e-age-${randomUUID()}`,
  person: { givenName: 'Besa', familyName: 'Agetest', sex: 'FEMALE', citizenship: ['AL'], languages: ['sq'], ...person },
  venue: 'INLAND',
  region: 'TIRANA',
  indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B15_DEBT_BONDAGE', 'C02_FORCED_LABOUR_SERVICES'],
  exploitationTypes: ['FORCED_LABOUR'],
  interview: { consentToInterview: true, language: 'sq', interpreterUsed: false, privateSetting: true },
  immediateNeeds: ['SAFE_ACCOMMODATION'],
});

const codeOf = (result: { errors?: GraphQLResponseError[] }) => result.errors?.[0]?.extensions?.['code'];

describe('age verification through the gateway', () => {
  let stack: Stack;
  let person: { id: string; reference: string };
  let shelterB: string;

  beforeAll(async () => {
    stack = await startStack();
    const police = await stack.tokenFor('police.tirana');
    const submitted = await stack.graphql<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(
      SUBMIT,
      { input: submission({ estimatedAge: 19 }) },
      police,
    );
    expect(submitted.errors).toBeUndefined();
    person = submitted.data!.submitInitialIdentification.person;
    const providers = await stack.graphql<{ serviceProviders: Array<{ id: string; agencyId: string }> }>(PROVIDERS, {}, await stack.tokenFor('ra.officer'));
    shelterB = providers.data!.serviceProviders.find((provider) => provider.agencyId === 'shelter-b')!.id;
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  const verifyInput = (personId: string) => ({ personId, outcome: 'ADULT', method: 'IDENTITY_DOCUMENT', verifiedAt: new Date(Date.now() - 60_000).toISOString() });

  it('presents an estimate of 19 as a presumed child, and tells the child protection unit of the area', async () => {
    const summary = await stack.graphql<{ person: { summary: Record<string, unknown> } }>(SUMMARY, { id: person.id }, await stack.tokenFor('ra.officer'));
    expect(summary.data!.person.summary).toEqual({ isChild: true, presumedChild: true, ageVerified: false, ageBasis: 'ESTIMATED' });
    const cpw = await stack.tokenFor('cpw.tirana');
    await waitFor(
      async () => {
        const notifications = await stack.graphql<{ myNotifications: Array<{ kind: string; subjectRef: string }> }>(MY_NOTIFICATIONS, {}, cpw);
        return notifications.data?.myNotifications.some((item) => item.kind === 'NEW_IDENTIFICATION' && item.subjectRef === person.reference);
      },
      { timeoutMs: 20_000, description: 'the unit told of the presumed child' },
    );
  });

  it.each([
    ['a stated adult age that is disputed', { dateOfBirth: '1995-01-01', ageBasis: 'DISPUTED' }, 'DISPUTED'],
    ['no age at all', {}, 'UNKNOWN'],
  ])('gives %s the child pathway: a presumed child, the child protection unit reads it, no adults-only shelter', async (_, age, ageBasis) => {
    const police = await stack.tokenFor('police.tirana');
    const submitted = await stack.graphql<{ submitInitialIdentification: { person: { id: string; reference: string } } }>(SUBMIT, { input: submission(age) }, police);
    expect(submitted.errors).toBeUndefined();
    const presumed = submitted.data!.submitInitialIdentification.person;
    const ra = await stack.tokenFor('ra.officer');
    const summary = await stack.graphql<{ person: { summary: Record<string, unknown> } }>(SUMMARY, { id: presumed.id }, ra);
    expect(summary.data!.person.summary).toEqual({ isChild: true, presumedChild: true, ageVerified: false, ageBasis });
    // The child protection unit of the area holds the mandate over a child: it reads the person as a child's.
    const cpw = await stack.tokenFor('cpw.tirana');
    await waitFor(
      async () => {
        const read = await stack.graphql<{ person: { summary: { isChild: boolean } } | null }>(SUMMARY, { id: presumed.id }, cpw);
        return read.data?.person?.summary.isChild === true;
      },
      { timeoutMs: 20_000, description: 'the child protection unit reading the presumed child' },
    );
    expect(codeOf(await stack.graphql(CREATE_REFERRAL, { input: { personId: presumed.id, providerId: shelterB } }, ra))).toBe('CONFLICT');
  });

  it('refuses every role but the RA, through the gateway and on the subgraph port, and without a token', async () => {
    for (const username of ['police.tirana', 'cpw.tirana', 'cm.shelter-a', 'psy.shelter-a', 'head.shelter-a', 'sfait.tirana', 'rdsss.tirana', 'coordinator', 'auditor', 'admin']) {
      const result = await stack.graphql(VERIFY, { input: verifyInput(person.id) }, await stack.tokenFor(username));
      expect({ username, code: codeOf(result) }).toEqual({ username, code: 'FORBIDDEN' });
    }
    const direct = await fetch(`${stack.subgraphUrls['identification']}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenFor('cm.shelter-a')}` },
      body: JSON.stringify({ query: VERIFY, variables: { input: verifyInput(person.id) } }),
    });
    expect(codeOf((await direct.json()) as { errors?: GraphQLResponseError[] })).toBe('FORBIDDEN');
    const anonymous = await stack.graphql(VERIFY, { input: verifyInput(person.id) });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    const summary = await stack.graphql<{ person: { summary: { isChild: boolean } } }>(SUMMARY, { id: person.id }, await stack.tokenFor('ra.officer'));
    expect(summary.data!.person.summary.isChild).toBe(true);
  });

  it('keeps the presumed child out of an adults-only shelter until the RA verifies the age, then refers at once', async () => {
    const ra = await stack.tokenFor('ra.officer');
    const before = await stack.graphql(CREATE_REFERRAL, { input: { personId: person.id, providerId: shelterB } }, ra);
    expect(codeOf(before)).toBe('CONFLICT');

    const verified = await stack.graphql<{ recordAgeVerification: { person: { summary: { isChild: boolean; presumedChild: boolean } } } }>(
      VERIFY,
      { input: verifyInput(person.id) },
      ra,
    );
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.recordAgeVerification.person.summary).toEqual({ isChild: false, presumedChild: false });
    // Read-your-writes: the very next referral sees the adult pathway, event or not.
    const after = await stack.graphql<{ createReferral: { status: string } }>(CREATE_REFERRAL, { input: { personId: person.id, providerId: shelterB } }, ra);
    expect(after.errors).toBeUndefined();
    expect(after.data!.createReferral.status).toBe('PENDING');
  });

  it('tells the child protection unit of the area that the age was verified, by reference only', async () => {
    const cpw = await stack.tokenFor('cpw.tirana');
    const notification = await waitFor(
      async () => {
        const notifications = await stack.graphql<{ myNotifications: Array<{ kind: string; subjectRef: string }> }>(MY_NOTIFICATIONS, {}, cpw);
        return notifications.data?.myNotifications.find((item) => item.kind === 'AGE_VERIFIED' && item.subjectRef === person.reference);
      },
      { timeoutMs: 20_000, description: 'the unit told of the verification' },
    );
    expect(JSON.stringify(notification)).not.toMatch(/Besa|Agetest/);
    // Another area's unit is not told.
    const other = await stack.graphql<{ myNotifications: Array<{ kind: string; subjectRef: string }> }>(MY_NOTIFICATIONS, {}, await stack.tokenFor('cpw.gjirokaster'));
    expect(other.data!.myNotifications.some((item) => item.subjectRef === person.reference)).toBe(false);
  });

  it('answers a forged or unknown person id without creating anything', async () => {
    const ra = await stack.tokenFor('ra.head');
    expect(codeOf(await stack.graphql(VERIFY, { input: verifyInput(randomUUID()) }, ra))).toBe('NOT_FOUND');
    expect(codeOf(await stack.graphql(VERIFY, { input: verifyInput('../../etc/passwd') }, ra))).toBe('BAD_USER_INPUT');
  });
});
