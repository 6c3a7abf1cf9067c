import { randomUUID } from 'node:crypto';
import { startStack, type Stack, waitFor } from '@nrm/testing';
import { CREATE_REFERRAL, createReferral, mustSucceed, providerIds, RESPOND, submitPerson } from './support/nrm-fixtures';

/*
 * One live placement per person, transfers and withdrawal (docs/domain.md §2 step 2), through the gateway as the demo
 * users: the double placement the RA could once make (two shelters accepting one person) is refused, a transfer
 * closes the old placement and tells the old shelter, and a withdrawn referral leaves the shelter nothing to answer
 * and nothing to read.
 */

const WITHDRAW_REFERRAL = `mutation ($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { id status withdrawalReason withdrawnAt } }`;
const REFERRAL = `query ($id: ID!) { referral(id: $id) { id status closedAt transferFromReferralId provider { agencyId placesFree } } }`;
const NOTIFICATIONS = `{ myNotifications { kind subjectRef } }`;
const SUMMARY = `query ($id: ID!) { person(id: $id) { id summary { ageBand } } }`;

describe('one live placement per person, through the gateway', () => {
  let stack: Stack;
  let providers: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    providers = await providerIds(stack);
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  async function refer(username: string, input: Record<string, unknown>) {
    return stack.graphql<{ createReferral: { id: string } }>(CREATE_REFERRAL, { input }, await stack.tokenFor(username));
  }

  async function told(username: string, kind: string, reference: string): Promise<boolean> {
    const result = await stack.graphql<{ myNotifications: Array<{ kind: string; subjectRef: string }> }>(NOTIFICATIONS, {}, await stack.tokenFor(username));
    return Boolean(result.data?.myNotifications.some((notification) => notification.kind === kind && notification.subjectRef === reference));
  }

  async function summaryCode(username: string, personId: string): Promise<string> {
    const result = await stack.graphql<{ person: { summary: { ageBand: string } } | null }>(SUMMARY, { id: personId }, await stack.tokenFor(username));
    return result.data?.person?.summary ? 'OK' : (result.errors?.[0]?.extensions.code ?? 'NONE');
  }

  it('refuses the double placement, and transfers instead: the old shelter is told and its referral is closed', async () => {
    const { personId, reference } = await submitPerson(stack, 'border.kakavije', { givenName: 'Elira', familyName: 'Transfer' });
    const first = await createReferral(stack, personId, providers['shelter-a']!);
    const second = await refer('ra.officer', { personId, providerId: providers['shelter-b'] });
    expect(second.errors?.[0]?.extensions.code).toBe('CONFLICT');

    await mustSucceed(stack, 'cm.shelter-a', RESPOND, { input: { referralId: first, decision: 'ACCEPT' } });
    const plain = await refer('ra.head', { personId, providerId: providers['shelter-b'] });
    expect(plain.errors?.[0]?.extensions.code).toBe('CONFLICT');

    const transfer = await refer('ra.officer', { personId, providerId: providers['shelter-b'], transferFromReferralId: first });
    expect(transfer.errors).toBeUndefined();
    const accepted = await stack.graphql(RESPOND, { input: { referralId: transfer.data!.createReferral.id, decision: 'ACCEPT' } }, await stack.tokenFor('cm.shelter-b'));
    expect(accepted.errors).toBeUndefined();

    const old = await mustSucceed<{ referral: { status: string; closedAt: string | null } }>(stack, 'ra.officer', REFERRAL, { id: first });
    expect(old.referral.status).toBe('CLOSED');
    expect(old.referral.closedAt).toEqual(expect.any(String));
    await waitFor(() => told('cm.shelter-a', 'PLACEMENT_TRANSFERRED', reference), { timeoutMs: 20_000, description: 'shelter-a told of the transfer' });
    expect(await told('cm.shelter-b', 'PLACEMENT_TRANSFERRED', reference)).toBe(false);
  });

  it('lets only one of two concurrent referrals of one person to two shelters through', async () => {
    const { personId } = await submitPerson(stack, 'police.tirana', { givenName: 'Besa', familyName: 'Race' });
    // At once, before the submission's event can have reached the referral service: both referrals catch the person up.
    const raced = await Promise.all(['shelter-a', 'shelter-b'].map((agency) => refer('ra.officer', { personId, providerId: providers[agency] })));
    expect(raced.map((result) => result.errors?.[0]?.extensions.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('withdraws a pending referral: the shelter is told, cannot answer it and loses the summary it could read', async () => {
    const { personId, reference } = await submitPerson(stack, 'ngo.outreach', { givenName: 'Drita', familyName: 'Withdrawn' });
    const referralId = await createReferral(stack, personId, providers['shelter-a']!);
    await waitFor(async () => (await summaryCode('cm.shelter-a', personId)) === 'OK', { timeoutMs: 20_000, description: 'shelter-a reads the summary' });

    // Hostile insiders first: the shelter itself, a first responder, the coordinator.
    for (const username of ['cm.shelter-a', 'police.tirana', 'coordinator']) {
      const attempt = await stack.graphql(WITHDRAW_REFERRAL, { input: { referralId, reason: 'PERSON_WITHDREW' } }, await stack.tokenFor(username));
      expect({ username, code: attempt.errors?.[0]?.extensions.code }).toEqual({ username, code: 'FORBIDDEN' });
    }
    const freeText = await stack.graphql(WITHDRAW_REFERRAL, { input: { referralId, reason: 'she is in danger at Rruga X' } }, await stack.tokenFor('ra.officer'));
    expect(freeText.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const withdrawn = await mustSucceed<{ withdrawReferral: { status: string; withdrawalReason: string } }>(stack, 'ra.officer', WITHDRAW_REFERRAL, {
      input: { referralId, reason: 'PERSON_WITHDREW' },
    });
    expect(withdrawn.withdrawReferral).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'PERSON_WITHDREW' });
    const late = await stack.graphql(RESPOND, { input: { referralId, decision: 'ACCEPT' } }, await stack.tokenFor('cm.shelter-a'));
    expect(late.errors?.[0]?.extensions.code).toBe('CONFLICT');

    await waitFor(() => told('cm.shelter-a', 'REFERRAL_WITHDRAWN', reference), { timeoutMs: 20_000, description: 'shelter-a told of the withdrawal' });
    await waitFor(async () => (await summaryCode('cm.shelter-a', personId)) === 'FORBIDDEN', { timeoutMs: 20_000, description: 'shelter-a loses the summary' });
    // The person can be referred again at once.
    await createReferral(stack, personId, providers['shelter-b']!);
  });

  it('refuses a transfer that names someone else’s placement, and an unknown referral to withdraw', async () => {
    const { personId: mine } = await submitPerson(stack, 'police.tirana', { givenName: 'Arta', familyName: 'Mine' });
    const { personId: theirs } = await submitPerson(stack, 'police.tirana', { givenName: 'Lule', familyName: 'Theirs' });
    const theirsReferral = await createReferral(stack, theirs, providers['shelter-b']!);
    await mustSucceed(stack, 'cm.shelter-b', RESPOND, { input: { referralId: theirsReferral, decision: 'ACCEPT' } });
    await createReferral(stack, mine, providers['shelter-a']!).then((id) =>
      mustSucceed(stack, 'cm.shelter-a', RESPOND, { input: { referralId: id, decision: 'ACCEPT' } }),
    );
    const stolen = await refer('ra.officer', { personId: mine, providerId: providers['shelter-b'], transferFromReferralId: theirsReferral });
    expect(stolen.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.transferFromReferralId'] });
    const unknown = await stack.graphql(WITHDRAW_REFERRAL, { input: { referralId: randomUUID(), reason: 'PERSON_WITHDREW' } }, await stack.tokenFor('ra.officer'));
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses withdrawReferral on the referral subgraph port without a token', async () => {
    const response = await fetch(`${stack.subgraphUrls['referral']}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: WITHDRAW_REFERRAL, variables: { input: { referralId: randomUUID(), reason: 'PERSON_WITHDREW' } } }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
