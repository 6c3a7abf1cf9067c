import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { EventConsumer, type EventEnvelope, type EventPayloads, type EventType } from '@nrm/events';
import { EVENT_HANDLER_SET, type EventHandlerSet, REDIS } from '@nrm/service-kit';
import { type BuiltService, freePorts, internalUrlVariable, startBuiltService, type SubgraphResult, type SubgraphUnderTest, testEventVerifier } from '@nrm/testing';
import { adultInput, startIdentification } from './identification-harness';

// A consent grant to every agency of a type: it opens what it names to each agency of that type that is linked to the
// person, to no agency of another type, never to its recorder, and its withdrawal ends it on the next read.
jest.setTimeout(60_000);

const GIVEN_NAME = 'Arta';
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { person { id reference } } }`;
const GRANT_FIELDS = 'id granteeAgencyId granteeAgencyType purpose categories active';
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { ${GRANT_FIELDS} } }`;
const WITHDRAW = `mutation Withdraw($id: ID!) { withdrawConsent(id: $id) { ${GRANT_FIELDS} } }`;
const GRANTS = `query Grants($personId: ID!) { consentGrants(personId: $personId) { ${GRANT_FIELDS} } }`;
const LEDGER_FIELDS = 'service action decision permissionId granteeAgencyId granteeAgencyType reason';
const TRAIL = `query Trail($personId: ID!) { auditTrail(personId: $personId) { ${LEDGER_FIELDS} } }`;
const ENTRIES = `query Entries($personId: ID!) { auditEntries(personId: $personId, first: 80) { edges { node { ${LEDGER_FIELDS} } } } }`;
const VERIFY = `query { verifyAuditTrail { ok firstBrokenAt } }`;
const IDENTITY = `query Person($id: ID!) { person(id: $id) { id identity { givenName } } }`;

interface LedgerEntry {
  service: string;
  action: string;
  decision: string;
  permissionId: string | null;
  granteeAgencyId: string | null;
  granteeAgencyType: string | null;
  reason: string | null;
}

interface GrantView {
  id: string;
  granteeAgencyId: string | null;
  granteeAgencyType: string | null;
  purpose: string;
  categories: string[];
  active: boolean;
}

/** The services that keep their own chain: auditTrail and verifyAuditTrail read them too. */
const PEERS = ['shelters', 'referral', 'formal-identification'] as const;

let subgraph: SubgraphUnderTest;
let consumer: EventConsumer;
const peers: BuiltService[] = [];

beforeAll(async () => {
  const ports = await freePorts(PEERS.length);
  subgraph = await startIdentification(Object.fromEntries(PEERS.map((name, index) => [internalUrlVariable(name), `http://127.0.0.1:${ports[index]}`])));
  peers.push(...(await Promise.all(PEERS.map((name, index) => startBuiltService(name, { port: ports[index]!, issuer: subgraph.issuer })))));
  consumer = new EventConsumer({
    consumer: 'identification',
    schema: 'identification',
    dataSource: subgraph.dataSource,
    redis: subgraph.app.get<Redis>(REDIS),
    logger: pino({ level: 'silent' }),
    handlers: subgraph.app.get<EventHandlerSet>(EVENT_HANDLER_SET).handlers(),
    verifier: testEventVerifier(),
  });
}, 90_000);

afterAll(async () => {
  await Promise.all(peers.map((peer) => peer.stop()));
  await subgraph?.close();
});

async function as<T>(username: string, query: string, variables: Record<string, unknown>): Promise<SubgraphResult<T>> {
  return subgraph.graphql<T>(query, variables, await subgraph.tokenFor(username));
}

async function deliver<T extends EventType>(type: T, payload: EventPayloads[T]): Promise<void> {
  const event: EventEnvelope<T> = { id: randomUUID(), type, aggregateId: randomUUID(), payload, occurredAt: new Date().toISOString(), correlationId: null, producer: 'referral' };
  await expect(consumer.handle(event)).resolves.toBe('processed');
}

/** A person identified by the Tirana police, accepted by shelter-a (SHELTER_NGO) and shelter-b (SHELTER_STATE). */
async function referredPerson(): Promise<{ personId: string; reference: string }> {
  const result = await as<{ submitInitialIdentification: { person: { id: string; reference: string } } }>('police.tirana', SUBMIT, { input: adultInput() });
  expect(result.errors).toBeUndefined();
  const { id: personId, reference } = result.data!.submitInitialIdentification.person;
  for (const providerAgencyId of ['shelter-a', 'shelter-b']) {
    const referralId = randomUUID();
    await deliver('referral.created', { referralId, personId, reference, providerAgencyId, urgent: false });
    await deliver('referral.accepted', { referralId, personId, reference, providerAgencyId });
  }
  return { personId, reference };
}

const typeGrantInput = (personId: string, overrides: Record<string, unknown> = {}) => ({
  personId,
  granteeAgencyType: 'SHELTER_NGO',
  purpose: 'REFERRAL_ASSISTANCE',
  categories: ['IDENTITY'],
  givenBy: 'PERSON',
  evidenceReference: 'CF-2026-0500',
  ...overrides,
});

function identityOf(result: SubgraphResult<{ person: { identity: { givenName: string } | null } | null }>): { givenName: string } | string | null {
  return result.data?.person?.identity ?? result.errors?.find((error) => error.path?.join('.') === 'person.identity')?.extensions.code ?? null;
}

describe('consent to an agency type (real PostgreSQL, signed tokens)', () => {
  it('opens the category to an agency of the type and not to an agency of another type; withdrawal ends it on the next read', async () => {
    const { personId, reference } = await referredPerson();
    expect(identityOf(await as('cm.shelter-a', IDENTITY, { id: personId }))).toBe('CONSENT_REQUIRED');

    const granted = await as<{ grantConsent: GrantView }>('ra.officer', GRANT, { input: typeGrantInput(personId) });
    expect(granted.errors).toBeUndefined();
    const grant = granted.data!.grantConsent;
    expect(grant).toMatchObject({ granteeAgencyId: null, granteeAgencyType: 'SHELTER_NGO', active: true });

    expect(identityOf(await as('cm.shelter-a', IDENTITY, { id: personId }))).toEqual({ givenName: GIVEN_NAME });
    expect(identityOf(await as('cm.shelter-b', IDENTITY, { id: personId }))).toBe('CONSENT_REQUIRED');
    // An agency sees the grants to its type as grants to itself; an agency of another type does not.
    expect((await as<{ consentGrants: GrantView[] }>('cm.shelter-a', GRANTS, { personId })).data!.consentGrants.map((row) => row.id)).toEqual([grant.id]);
    expect((await as<{ consentGrants: GrantView[] }>('cm.shelter-b', GRANTS, { personId })).data!.consentGrants).toEqual([]);

    const withdrawn = await as<{ withdrawConsent: GrantView }>('ra.officer', WITHDRAW, { id: grant.id });
    expect(withdrawn.data!.withdrawConsent.active).toBe(false);
    expect(identityOf(await as('cm.shelter-a', IDENTITY, { id: personId }))).toBe('CONSENT_REQUIRED');

    const events = await subgraph.dataSource.query(`SELECT type, payload FROM identification.outbox_event WHERE aggregate_id = $1`, [grant.id]);
    expect(events).toEqual([
      {
        type: 'consent.withdrawn',
        payload: { grantId: grant.id, personId, reference, granteeAgencyId: null, granteeAgencyType: 'SHELTER_NGO', liveReferralAgencyIds: ['shelter-a'] },
      },
    ]);
  });

  it("refuses person data to a real token whose agency_type the directory does not give the caller's agency, and to an agency the directory does not hold", async () => {
    const { personId } = await referredPerson();
    const granted = await as<{ grantConsent: GrantView }>('ra.officer', GRANT, { input: typeGrantInput(personId) });
    expect(granted.errors).toBeUndefined();
    expect(identityOf(await as('cm.shelter-a', IDENTITY, { id: personId }))).toEqual({ givenName: GIVEN_NAME });
    const SUMMARY = `query Person($id: ID!) { person(id: $id) { id summary { sex } } }`;
    const codes = (result: SubgraphResult<unknown>) => [...new Set(result.errors?.map((error) => error.extensions.code))];
    const setAgency = (id: string, change: string) => subgraph.dataSource.query(`UPDATE identification.agency SET ${change} WHERE id = $1`, [id]);
    // The directory now says shelter-a is a state shelter and police-tirana a border police; their tokens still claim
    // SHELTER_NGO and STATE_POLICE.
    await setAgency('shelter-a', `type = 'SHELTER_STATE'`);
    await setAgency('police-tirana', `type = 'BORDER_POLICE'`);
    try {
      // Not decided on the claim: no category at all, not even the summary its referral opens.
      const read = await as<{ person: unknown }>('cm.shelter-a', SUMMARY, { id: personId });
      expect({ data: read.data?.person ?? null, codes: codes(read) }).toEqual({ data: null, codes: ['FORBIDDEN'] });
      expect(read.text).not.toContain(GIVEN_NAME);
      expect(codes(await as('cm.shelter-a', GRANTS, { personId }))).toEqual(['FORBIDDEN']);
      // assertMayRecord's own-type refusal would be decided on the claim (SHELTER_NGO): a grant to SHELTER_STATE, the
      // directory's type of the recorder, is refused before it, and audited.
      const ownType = await as('cm.shelter-a', GRANT, { input: typeGrantInput(personId, { granteeAgencyType: 'SHELTER_STATE', purpose: 'HEALTH_CARE', categories: ['HEALTH'] }) });
      expect(codes(ownType)).toEqual(['FORBIDDEN']);
      // The shelters service's facts (GET /internal/access-facts) are refused the same way.
      expect((await subgraph.get(`/internal/access-facts/${personId}`, await subgraph.tokenFor('cm.shelter-a'))).status).toBe(403);
      // The police-type consent rules are decided on the directory's type only: the identifying police, typed
      // otherwise by the directory, read nothing of the person they recorded.
      const police = await as<{ person: unknown }>('police.tirana', SUMMARY, { id: personId });
      expect({ data: police.data?.person ?? null, codes: codes(police) }).toEqual({ data: null, codes: ['FORBIDDEN'] });
      // An agency whose token and directory agree is unaffected.
      expect(identityOf(await as('ra.officer', IDENTITY, { id: personId }))).toEqual({ givenName: GIVEN_NAME });
    } finally {
      await setAgency('shelter-a', `type = 'SHELTER_NGO'`);
      await setAgency('police-tirana', `type = 'STATE_POLICE'`);
    }
    // A directory change counts from the next request.
    expect(identityOf(await as('cm.shelter-a', IDENTITY, { id: personId }))).toEqual({ givenName: GIVEN_NAME });
    const [denied] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS n FROM identification.audit_entry WHERE person_id = $1 AND actor_agency_id = 'shelter-a' AND decision = 'DENIED' AND reason = 'FORBIDDEN'`,
      [personId],
    );
    expect(denied.n).toBeGreaterThanOrEqual(3);

    // An agency the directory no longer holds as active.
    await setAgency('shelter-b', 'active = false');
    try {
      const read = await as<{ person: unknown }>('cm.shelter-b', SUMMARY, { id: personId });
      expect({ data: read.data?.person ?? null, codes: codes(read) }).toEqual({ data: null, codes: ['FORBIDDEN'] });
    } finally {
      await setAgency('shelter-b', 'active = true');
    }
    expect(codes(await as('cm.shelter-b', SUMMARY, { id: personId }))).toEqual([]);
  });

  it('refuses neither or both grantees as BAD_USER_INPUT naming both fields', async () => {
    const { personId } = await referredPerson();
    for (const input of [typeGrantInput(personId, { granteeAgencyType: null }), typeGrantInput(personId, { granteeAgencyId: 'shelter-a' })]) {
      const result = await as('ra.officer', GRANT, { input });
      expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['input.granteeAgencyId', 'input.granteeAgencyType'] }]);
    }
  });

  it("checks the purpose against the type, and refuses a grant to the recorder's own type", async () => {
    const { personId } = await referredPerson();
    const toPolice = await as('ra.officer', GRANT, { input: typeGrantInput(personId, { granteeAgencyType: 'STATE_POLICE', categories: ['HEALTH'] }) });
    expect(toPolice.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['input.purpose'] }]);
    const clinicalToPolice = await as('ra.officer', GRANT, {
      input: typeGrantInput(personId, { granteeAgencyType: 'STATE_POLICE', purpose: 'FORMAL_IDENTIFICATION', categories: ['HEALTH'] }),
    });
    expect(clinicalToPolice.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['input.categories'] }]);
    const lawEnforcementToShelters = await as('ra.officer', GRANT, { input: typeGrantInput(personId, { purpose: 'LAW_ENFORCEMENT_COOPERATION' }) });
    expect(lawEnforcementToShelters.errors?.map((error) => [error.extensions, error.message])).toEqual([
      [{ code: 'BAD_USER_INPUT', fields: ['input.purpose'] }, 'A grant for LAW_ENFORCEMENT_COOPERATION goes only to agencies of type STATE_POLICE, BORDER_POLICE, not to one of type SHELTER_NGO'],
    ]);
    const ownType = await as('cm.shelter-a', GRANT, { input: typeGrantInput(personId) });
    expect(ownType.errors?.map((error) => [error.extensions.code, error.message])).toEqual([['FORBIDDEN', 'An agency does not record consent that opens data to its own agency type']]);
    const [row] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.consent_grant WHERE person_id = $1`, [personId]);
    expect(row.n).toBe(0);
  });

  it('names the agency type in the audit entries of the grant and its withdrawal, and of a refused attempt, over a chain that still verifies', async () => {
    const { personId } = await referredPerson();
    const refused = await as('cm.shelter-a', GRANT, { input: typeGrantInput(personId) });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const granted = await as<{ grantConsent: GrantView }>('ra.officer', GRANT, { input: typeGrantInput(personId, { granteeAgencyType: 'SHELTER_STATE' }) });
    expect(granted.errors).toBeUndefined();
    const grantId = granted.data!.grantConsent.id;
    expect((await as('ra.officer', WITHDRAW, { id: grantId })).errors).toBeUndefined();

    const typed = { service: 'identification', granteeAgencyId: null, reason: null };
    const expected = [
      { ...typed, action: 'CONSENT_WITHDRAWN', decision: 'ALLOWED', permissionId: grantId, granteeAgencyType: 'SHELTER_STATE' },
      { ...typed, action: 'CONSENT_GRANTED', decision: 'ALLOWED', permissionId: grantId, granteeAgencyType: 'SHELTER_STATE' },
      { ...typed, action: 'CONSENT_GRANTED', decision: 'DENIED', permissionId: null, granteeAgencyType: 'SHELTER_NGO', reason: 'FORBIDDEN' },
    ];
    const isLedger = (entry: LedgerEntry) => entry.action.startsWith('CONSENT_');
    const trail = await as<{ auditTrail: LedgerEntry[] }>('auditor', TRAIL, { personId });
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditTrail.filter(isLedger)).toEqual(expected);
    const page = await as<{ auditEntries: { edges: Array<{ node: LedgerEntry }> } }>('auditor', ENTRIES, { personId });
    expect(page.errors).toBeUndefined();
    expect(page.data!.auditEntries.edges.map((edge) => edge.node).filter(isLedger)).toEqual(expected);

    const verified = await as<{ verifyAuditTrail: { ok: boolean; firstBrokenAt: string | null } }>('auditor', VERIFY, {});
    expect(verified.data!.verifyAuditTrail).toEqual({ ok: true, firstBrokenAt: null });
  });
});
