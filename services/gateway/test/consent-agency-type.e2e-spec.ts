import { Client } from 'pg';
import { startStack, type Stack, waitFor } from '@nrm/testing';
import { CASES, createReferral, GRANT, mustSucceed, providerIds, RECORD_NEEDS_ASSESSMENT, RESPOND, submitPerson, WITHDRAW } from './support/nrm-fixtures';

/*
 * A consent grant to every agency of a type, end to end: recorded by the RA through the gateway, it opens IDENTITY to the
 * shelter of that type referred the person and not to the shelter of another type; its withdrawal closes it on the
 * next read, marks the live referral that relied on it and tells that shelter's case managers.
 */

jest.setTimeout(90_000);

const GIVEN_NAME = 'Typegrantina';
const IDENTITY = `query($id: ID!) { person(id: $id) { id identity { givenName } } }`;
const HEALTH = `query($id: ID!) { person(id: $id) { id health { assessments { summary } } } }`;
const REFERRAL = `query($id: ID!) { referral(id: $id) { consentWithdrawn } }`;
const NOTIFICATIONS = `{ myNotifications(first: 50) { kind subjectRef } }`;

describe('consent to an agency type, through the gateway', () => {
  let stack: Stack;
  let personId: string;
  let reference: string;
  const referrals: Record<string, string> = {};

  async function identityAs(username: string): Promise<{ givenName: string } | string | null> {
    const result = await stack.graphql<{ person: { identity: { givenName: string } | null } | null }>(IDENTITY, { id: personId }, await stack.tokenFor(username));
    return result.data?.person?.identity ?? result.errors?.find((error) => ['person.identity', 'person'].includes(error.path?.join('.') ?? ''))?.extensions.code ?? null;
  }

  beforeAll(async () => {
    stack = await startStack();
    const providers = await providerIds(stack);
    ({ personId, reference } = await submitPerson(stack, 'police.tirana', { givenName: GIVEN_NAME, familyName: 'Agencytype' }));
    // Placed at shelter-a (SHELTER_NGO). A person has one placement at a time, so shelter-b (SHELTER_STATE) is not
    // linked: a grant to either type reaches only an agency of that type that the workflow links to the person.
    referrals['shelter-a'] = await createReferral(stack, personId, providers['shelter-a']!);
    await mustSucceed(stack, 'cm.shelter-a', RESPOND, { input: { referralId: referrals['shelter-a'], decision: 'ACCEPT' } });
    await waitFor(async () => (await identityAs('cm.shelter-a')) === 'CONSENT_REQUIRED', { timeoutMs: 20_000, description: 'cm.shelter-a linked to the person' });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  it("opens a shelter's HEALTH records to the agencies of the type through the shelters subgraph, and closes them on withdrawal", async () => {
    const caseId = await waitFor(
      async () => {
        const data = await mustSucceed<{ cases: { edges: Array<{ node: { id: string; person: { id: string } } }> } }>(stack, 'cm.shelter-a', CASES);
        return data.cases.edges.find((edge) => edge.node.person.id === personId)?.node.id;
      },
      { timeoutMs: 20_000, description: 'the case of the accepted referral' },
    );
    await mustSucceed(stack, 'cm.shelter-a', RECORD_NEEDS_ASSESSMENT, { input: { caseId, area: 'HEALTH', summary: 'SOME_DIFFICULTIES' } });
    const healthAs = async (username: string) => {
      const result = await stack.graphql<{ person: { health: { assessments: Array<{ summary: string }> } | null } | null }>(HEALTH, { id: personId }, await stack.tokenFor(username));
      return result.data?.person?.health?.assessments.map((assessment) => assessment.summary) ?? result.errors?.find((error) => ['person.health', 'person'].includes(error.path?.join('.') ?? ''))?.extensions.code;
    };
    expect(await healthAs('ra.officer')).toBe('CONSENT_REQUIRED');

    const granted = await mustSucceed<{ grantConsent: { id: string } }>(stack, 'cm.shelter-a', GRANT, {
      input: { personId, granteeAgencyType: 'RESPONSIBLE_AUTHORITY', purpose: 'REFERRAL_ASSISTANCE', categories: ['HEALTH'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0701' },
    });
    expect(await healthAs('ra.officer')).toEqual(['SOME_DIFFICULTIES']);
    // Another type, and no link: shelter-b gets nothing.
    expect(await healthAs('cm.shelter-b')).toBe('FORBIDDEN');

    await mustSucceed(stack, 'cm.shelter-a', WITHDRAW, { id: granted.grantConsent.id });
    expect(await healthAs('ra.officer')).toBe('CONSENT_REQUIRED');
  });

  it("refuses the person, the shelter's own records included, to a real token whose agency_type the directory contradicts", async () => {
    const READ = `query($id: ID!) { person(id: $id) { id summary { sex } health { assessments { summary } } } }`;
    const codesAs = async (username: string) => {
      const result = await stack.graphql<{ person: unknown }>(READ, { id: personId }, await stack.tokenFor(username));
      return { person: result.data?.person ?? null, codes: [...new Set(result.errors?.map((error) => error.extensions.code))].sort(), text: JSON.stringify(result) };
    };
    const before = await codesAs('cm.shelter-a');
    expect(before.codes).toEqual([]);
    // The directory (identification's copy) says shelter-a is a state shelter; cm.shelter-a's token still claims
    // SHELTER_NGO. The files of a run share this platform one at a time: the row is put back before the test ends.
    const db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    const retype = (type: string) => db.query(`UPDATE identification.agency SET type = $1 WHERE id = 'shelter-a'`, [type]);
    try {
      await retype('SHELTER_STATE');
      const refused = await codesAs('cm.shelter-a');
      // Identification refuses the summary; the shelters subgraph, asking identification for the caller's facts, its
      // own health records too.
      expect({ person: refused.person, codes: refused.codes }).toEqual({ person: null, codes: ['FORBIDDEN'] });
      expect(refused.text).not.toContain(GIVEN_NAME);
      expect(refused.text).not.toContain('SOME_DIFFICULTIES');
    } finally {
      await retype('SHELTER_NGO');
      await db.end();
    }
    // Put back, the next request reads as before.
    expect((await codesAs('cm.shelter-a')).codes).toEqual([]);
  });

  it('refuses a grant naming neither or both of granteeAgencyId and granteeAgencyType, naming both fields', async () => {
    const input = { personId, purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0702' };
    for (const grantee of [{}, { granteeAgencyId: 'shelter-a', granteeAgencyType: 'SHELTER_NGO' }]) {
      const result = await stack.graphql(GRANT, { input: { ...input, ...grantee } }, await stack.tokenFor('ra.officer'));
      expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['input.granteeAgencyId', 'input.granteeAgencyType'] }]);
    }
  });

  it('opens IDENTITY to the shelter of the type only, and its withdrawal ends it, marks the referral and tells the shelter', async () => {
    const granted = await mustSucceed<{ grantConsent: { id: string; granteeAgencyId: string | null } }>(stack, 'ra.officer', GRANT, {
      input: { personId, granteeAgencyType: 'SHELTER_NGO', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0700' },
    });
    expect(granted.grantConsent.granteeAgencyId).toBeNull();
    expect(await identityAs('cm.shelter-a')).toEqual({ givenName: GIVEN_NAME });
    expect(await identityAs('cm.shelter-b')).toBe('FORBIDDEN');

    await mustSucceed(stack, 'ra.officer', WITHDRAW, { id: granted.grantConsent.id });
    expect(await identityAs('cm.shelter-a')).toBe('CONSENT_REQUIRED');

    const raToken = await stack.tokenFor('ra.officer');
    const marked = async (agencyId: string) =>
      (await stack.graphql<{ referral: { consentWithdrawn: boolean } }>(REFERRAL, { id: referrals[agencyId] }, raToken)).data?.referral.consentWithdrawn;
    await waitFor(async () => (await marked('shelter-a')) === true, { timeoutMs: 20_000, description: "shelter-a's referral marked" });
    const told = async (username: string) =>
      (await stack.graphql<{ myNotifications: Array<{ kind: string; subjectRef: string }> }>(NOTIFICATIONS, {}, await stack.tokenFor(username))).data?.myNotifications.some(
        (notification) => notification.kind === 'CONSENT_WITHDRAWN' && notification.subjectRef === reference,
      );
    await waitFor(async () => (await told('cm.shelter-a')) === true, { timeoutMs: 20_000, description: 'cm.shelter-a told of the withdrawal' });
    expect(await told('cm.shelter-b')).toBe(false);
  });
});
