import { Queue } from 'bullmq';
import { startStack, type Stack, waitFor } from '@nrm/testing';
import { createReferral, GRANT, mustSucceed, providerIds, RECORD_NEEDS_ASSESSMENT, submitPerson } from './support/nrm-fixtures';

/*
 * Read your own writes across services (docs/architecture.md): the case manager who accepts a referral reaches the
 * case and the person at once, although the case and the relationship are projected from `referral.accepted`. The
 * test holds that event back (the identification and shelters event queues are paused, as a slow or restarting
 * consumer would leave them), so what it sees comes from the catch-up reads, not from a fast event; then it lets the
 * events through and checks that they change nothing: one case, with the id the answer gave.
 */

const RESPOND = `mutation ($input: RespondToReferralInput!) { respondToReferral(input: $input) { id status caseId } }`;
const CASE = `query ($id: ID!) { case(id: $id) { id status person { id } } }`;
const CASES = `{ cases(first: 100) { edges { node { id person { id } } } } }`;
const PERSON = `query ($id: ID!) { person(id: $id) { id summary { ageBand } identity { givenName } } }`;
const MATCHES = `query ($personId: ID!) { providerMatches(personId: $personId) { provider { agencyId } eligible } }`;
const CREATE_REFERRAL = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`;

describe('acceptance: the provider reaches its case and the person at once', () => {
  let stack: Stack;
  let providers: Record<string, string>;
  const queues: Queue[] = [];

  beforeAll(async () => {
    stack = await startStack();
    providers = await providerIds(stack);
    const connection = { url: process.env['REDIS_URL'] };
    for (const name of ['events.identification', 'events.shelters']) queues.push(new Queue(name, { connection }));
  }, 240_000);

  afterAll(async () => {
    for (const queue of queues) {
      await queue.resume().catch(() => undefined);
      await queue.close();
    }
    await stack?.stop();
  }, 30_000);

  it('answers the acceptance with a case id the case manager can open, write to and read the person through before any event lands', async () => {
    const { personId } = await submitPerson(stack, 'police.tirana', { givenName: 'Mirela', familyName: 'Atonce' });
    const referralId = await createReferral(stack, personId, providers['shelter-a']!);
    // The person consents to shelter-a seeing their identity (recorded by the RA, the person's choice of provider).
    await mustSucceed(stack, 'ra.officer', GRANT, {
      input: { personId, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0900' },
    });
    await waitFor(async () => (await queues[0]!.getJobCounts('waiting'))['waiting'] === 0, { timeoutMs: 20_000, description: 'identification caught up' });
    await Promise.all(queues.map((queue) => queue.pause()));

    const cm = await stack.tokenFor('cm.shelter-a');
    const answered = await stack.graphql<{ respondToReferral: { status: string; caseId: string | null } }>(RESPOND, { input: { referralId, decision: 'ACCEPT' } }, cm);
    expect(answered.errors).toBeUndefined();
    const caseId = answered.data!.respondToReferral.caseId;
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);

    // The events are held back: nothing below can come from them.
    const opened = await stack.graphql<{ case: { id: string; status: string; person: { id: string } } }>(CASE, { id: caseId }, cm);
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.case).toEqual({ id: caseId, status: 'ACCEPTED', person: { id: personId } });

    const person = await stack.graphql<{ person: { identity: { givenName: string } | null } }>(PERSON, { id: personId }, cm);
    expect(person.errors ?? []).toEqual([]);
    expect(person.data!.person.identity).toEqual({ givenName: 'Mirela' });

    await mustSucceed(stack, 'cm.shelter-a', RECORD_NEEDS_ASSESSMENT, { input: { caseId, area: 'HEALTH', summary: 'GOOD' } });

    // Another shelter gains nothing from the catch-up: the referral service answers for the caller's own agency.
    const other = await stack.graphql(CASE, { id: caseId }, await stack.tokenFor('cm.shelter-b'));
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const otherPerson = await stack.graphql(PERSON, { id: personId }, await stack.tokenFor('cm.shelter-b'));
    expect(otherPerson.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    // The acceptance's events were indeed still held back while all of the above was read and written.
    for (const queue of queues) {
      // A paused queue keeps its jobs waiting: none of them was taken.
      const held = await queue.getJobCounts('waiting');
      expect({ queue: queue.name, held: (held['waiting'] ?? 0) > 0 }).toEqual({ queue: queue.name, held: true });
    }

    // The events land and change nothing: one case for the referral, under the id the answer gave.
    await Promise.all(queues.map((queue) => queue.resume()));
    await waitFor(async () => (await Promise.all(queues.map((queue) => queue.getJobCounts('waiting', 'active')))).every((counts) => (counts['waiting'] ?? 0) + (counts['active'] ?? 0) === 0), {
      timeoutMs: 20_000,
      description: 'the held events applied',
    });
    const cases = await mustSucceed<{ cases: { edges: Array<{ node: { id: string; person: { id: string } } }> } }>(stack, 'cm.shelter-a', CASES);
    expect(cases.cases.edges.filter((edge) => edge.node.person.id === personId).map((edge) => edge.node.id)).toEqual([caseId]);
  });

  it('lets the RA match and refer a person the moment the submission answers, before its event reaches the referral service', async () => {
    const referralEvents = new Queue('events.referral', { connection: { url: process.env['REDIS_URL'] } });
    try {
      await referralEvents.pause();
      const { personId } = await submitPerson(stack, 'police.tirana', { givenName: 'Blerta', familyName: 'Rightaway' });
      const ra = await stack.tokenFor('ra.officer');

      const matches = await stack.graphql<{ providerMatches: Array<{ provider: { agencyId: string }; eligible: boolean }> }>(MATCHES, { personId }, ra);
      expect(matches.errors).toBeUndefined();
      expect(matches.data!.providerMatches.find((match) => match.provider.agencyId === 'shelter-a')?.eligible).toBe(true);

      const input = { personId, providerId: providers['shelter-a']!, urgent: false };
      const created = await stack.graphql<{ createReferral: { id: string; status: string } }>(CREATE_REFERRAL, { input }, ra);
      expect(created.errors).toBeUndefined();
      expect(created.data!.createReferral.status).toBe('PENDING');
      // The caught-up person is locked and checked like any other: a second referral while one is pending is refused.
      const again = await stack.graphql(CREATE_REFERRAL, { input: { ...input, providerId: providers['shelter-b']! } }, ra);
      expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');

      // The submission's event was indeed still held back.
      expect((await referralEvents.getJobCounts('waiting'))['waiting']).toBeGreaterThan(0);

      // Only the RA may ask identification for the facts, and they carry no personal data.
      const factsUrl = `${stack.subgraphUrls['identification']}/internal/routing-facts/${personId}`;
      const asRa = await fetch(factsUrl, { headers: { authorization: `Bearer ${ra}` } });
      expect(asRa.status).toBe(200);
      expect(Object.keys((await asRa.json()) as object).sort()).toEqual(['interviewConsent', 'isChild', 'personId', 'recordingAgencyId', 'reference', 'region', 'routing']);
      for (const user of ['police.tirana', 'cm.shelter-a']) {
        const refused = await fetch(factsUrl, { headers: { authorization: `Bearer ${await stack.tokenFor(user)}` } });
        expect({ user, status: refused.status }).toEqual({ user, status: 403 });
      }
      expect((await fetch(factsUrl)).status).toBe(401);

      // The events land on the caught-up row and change nothing the RA relies on.
      await referralEvents.resume();
      await waitFor(async () => {
        const counts = await referralEvents.getJobCounts('waiting', 'active');
        return (counts['waiting'] ?? 0) + (counts['active'] ?? 0) === 0;
      }, { timeoutMs: 20_000, description: 'the held events applied' });
      const afterEvents = await stack.graphql(CREATE_REFERRAL, { input: { ...input, providerId: providers['shelter-b']! } }, ra);
      expect(afterEvents.errors?.[0]?.extensions.code).toBe('CONFLICT');
    } finally {
      await referralEvents.resume().catch(() => undefined);
      await referralEvents.close();
    }
  });
});
