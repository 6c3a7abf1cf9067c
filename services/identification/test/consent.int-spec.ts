import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { EventConsumer, type EventEnvelope, type EventPayloads, type EventType } from '@nrm/events';
import { EVENT_HANDLER_SET, type EventHandlerSet, REDIS } from '@nrm/service-kit';
import { type SubgraphResult, type SubgraphUnderTest, testEventVerifier } from '@nrm/testing';
import { startIdentification } from './identification-harness';

jest.setTimeout(60_000);

// Non-default override durations, so a passing test proves they come from configuration.
const OVERRIDE_DEFAULT_HOURS = 48;
const OVERRIDE_MAX_HOURS = 96;
const HOUR_MS = 3_600_000;
const GIVEN_NAME = 'Drita';

const GRANT_FIELDS = `id personId granteeAgencyId purpose categories givenBy recordedAt recordedByAgencyId expiresAt withdrawnAt withdrawalReason active`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { ${GRANT_FIELDS} } }`;
const WITHDRAW = `mutation Withdraw($id: ID!, $reason: String) { withdrawConsent(id: $id, reason: $reason) { ${GRANT_FIELDS} } }`;
const GRANTS = `query Grants($personId: ID!) { consentGrants(personId: $personId) { ${GRANT_FIELDS} } }`;
const OVERRIDE = `mutation Override($input: GrantLegalBasisOverrideInput!) {
  grantLegalBasisOverride(input: $input) { id personId granteeAgencyId categories reason grantedAt expiresAt flaggedForReview }
}`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id summary { sex } identity { givenName } contactLocation { identifiedInRegion } } }`;
const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { person { id reference } } }`;

interface ConsentGrantView {
  id: string;
  personId: string;
  granteeAgencyId: string;
  purpose: string;
  categories: string[];
  givenBy: string;
  recordedAt: string;
  recordedByAgencyId: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  active: boolean;
}
interface OverrideView {
  id: string;
  personId: string;
  granteeAgencyId: string;
  categories: string[];
  reason: string;
  grantedAt: string;
  expiresAt: string;
  flaggedForReview: boolean;
}
interface PersonView {
  person: { id: string; summary: { sex: string } | null; identity: { givenName: string } | null; contactLocation: { identifiedInRegion: string } | null } | null;
}

let subgraph: SubgraphUnderTest;
/** The service's own consumer, not started: tests hand it workflow events, which go through the inbox as in production. */
let consumer: EventConsumer;

beforeAll(async () => {
  subgraph = await startIdentification({ OVERRIDE_DEFAULT_HOURS: String(OVERRIDE_DEFAULT_HOURS), OVERRIDE_MAX_HOURS: String(OVERRIDE_MAX_HOURS) });
  consumer = new EventConsumer({
    consumer: 'identification',
    schema: 'identification',
    dataSource: subgraph.dataSource,
    redis: subgraph.app.get<Redis>(REDIS),
    logger: pino({ level: 'silent' }),
    handlers: subgraph.app.get<EventHandlerSet>(EVENT_HANDLER_SET).handlers(),
    verifier: testEventVerifier(),
  });
});

afterAll(async () => {
  await subgraph?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function as<T>(username: string, query: string, variables: Record<string, unknown>): Promise<SubgraphResult<T>> {
  return subgraph.graphql<T>(query, variables, await subgraph.tokenFor(username));
}

/** A person identified by the Tirana police; a child when `child`. */
async function identifiedPerson(child = false): Promise<{ personId: string; reference: string }> {
  const result = await as<{ submitInitialIdentification: { person: { id: string; reference: string } } }>('police.tirana', SUBMIT, {
    input: {
      clientRequestId: `req-${randomUUID()}`,
      person: { givenName: GIVEN_NAME, familyName: 'Consent', dateOfBirth: child ? '2013-04-01' : '1996-04-01', sex: 'FEMALE', citizenship: ['AL'] },
      venue: 'INLAND',
      region: 'TIRANA',
      indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B01_THREAT_TO_PERSON', 'C01_SEXUAL_EXPLOITATION'],
      exploitationTypes: ['SEXUAL'],
      interview: { consentToInterview: true },
      immediateNeeds: ['SAFE_ACCOMMODATION'],
    },
  });
  expect(result.errors).toBeUndefined();
  const { id, reference } = result.data!.submitInitialIdentification.person;
  return { personId: id, reference };
}

async function deliver<T extends EventType>(type: T, payload: EventPayloads[T]): Promise<void> {
  const event: EventEnvelope<T> = {
    id: randomUUID(),
    type,
    aggregateId: randomUUID(),
    payload,
    occurredAt: new Date().toISOString(),
    correlationId: null,
    producer: 'referral',
  };
  await expect(consumer.handle(event)).resolves.toBe('processed');
}

/** A referral of the person to the provider, as the referral service reports it; accepted unless `pending`. */
async function referTo(personId: string, reference: string, providerAgencyId: string, pending = false): Promise<void> {
  const referralId = randomUUID();
  await deliver('referral.created', { referralId, personId, reference, providerAgencyId, urgent: false });
  if (!pending) await deliver('referral.accepted', { referralId, personId, reference, providerAgencyId });
}

const REASON = 'Vital interests: the person needs urgent medical care';

function overrideInput(personId: string, overrides: Record<string, unknown> = {}) {
  return { personId, granteeAgencyId: 'shelter-a', categories: ['CONTACT_LOCATION'], reason: REASON, ...overrides };
}

function grantInput(personId: string, overrides: Record<string, unknown> = {}) {
  return { personId, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', ...overrides };
}

async function grant(personId: string, overrides: Record<string, unknown> = {}, username = 'ra.officer'): Promise<ConsentGrantView> {
  const result = await as<{ grantConsent: ConsentGrantView }>(username, GRANT, { input: grantInput(personId, overrides) });
  expect(result.errors).toBeUndefined();
  return result.data!.grantConsent;
}

async function readPerson(personId: string, username = 'cm.shelter-a'): Promise<SubgraphResult<PersonView>> {
  return as<PersonView>(username, PERSON, { id: personId });
}

function errorAt(result: SubgraphResult<unknown>, field: string): string | undefined {
  return result.errors?.find((error) => error.path?.join('.') === `person.${field}`)?.extensions.code;
}

async function ledgerRows(personId: string): Promise<number> {
  const [row] = await subgraph.dataSource.query(
    `SELECT (SELECT count(*) FROM identification.consent_grant WHERE person_id = $1)::int
          + (SELECT count(*) FROM identification.legal_basis_override WHERE person_id = $1)::int AS n`,
    [personId],
  );
  return row.n;
}

describe('consent ledger (real PostgreSQL, Redis and signed tokens)', () => {
  describe('grantConsent', () => {
    it('opens IDENTITY to a provider with an accepted referral only once the RA records a grant, and nothing more', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const before = await readPerson(personId);
      expect(before.data!.person!.summary).toEqual({ sex: 'FEMALE' });
      expect(before.data!.person!.identity).toBeNull();
      expect(errorAt(before, 'identity')).toBe('CONSENT_REQUIRED');

      const recorded = await grant(personId);
      expect(recorded).toMatchObject({
        personId,
        granteeAgencyId: 'shelter-a',
        purpose: 'REFERRAL_ASSISTANCE',
        categories: ['IDENTITY'],
        givenBy: 'PERSON',
        recordedByAgencyId: 'responsible-authority',
        expiresAt: null,
        withdrawnAt: null,
        active: true,
      });

      const after = await readPerson(personId);
      expect(after.data!.person!.identity).toEqual({ givenName: GIVEN_NAME });
      expect(after.data!.person!.contactLocation).toBeNull();
      expect(errorAt(after, 'contactLocation')).toBe('CONSENT_REQUIRED');
    });

    it('opens no personal category through a grant for RESEARCH_ANONYMISED, whatever it names', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      await grant(personId, { purpose: 'RESEARCH_ANONYMISED', categories: ['IDENTITY', 'CONTACT_LOCATION'] });
      const result = await readPerson(personId);
      expect(result.data!.person!.summary).toEqual({ sex: 'FEMALE' });
      expect(result.data!.person!.identity).toBeNull();
      expect([errorAt(result, 'identity'), errorAt(result, 'contactLocation')]).toEqual(['CONSENT_REQUIRED', 'CONSENT_REQUIRED']);
      expect(result.text).not.toContain(GIVEN_NAME);
    });

    it('does not open IDENTITY to a provider whose referral is still pending, even with a grant', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a', true);
      await grant(personId);
      const result = await readPerson(personId);
      expect(result.data!.person!.summary).toEqual({ sex: 'FEMALE' });
      expect(result.data!.person!.identity).toBeNull();
      expect(errorAt(result, 'identity')).toBe('CONSENT_REQUIRED');
    });

    it('records many grants at once without exhausting the connection pool', async () => {
      const { personId } = await identifiedPerson();
      // More concurrent ledger writes than the pool has connections: each must read its facts on its own transaction.
      const results = await Promise.all(Array.from({ length: 25 }, () => as<{ grantConsent: ConsentGrantView }>('ra.officer', GRANT, { input: grantInput(personId) })));
      expect(results.filter((result) => result.errors)).toEqual([]);
      expect(new Set(results.map((result) => result.data!.grantConsent.id)).size).toBe(25);
    });

    it('is FORBIDDEN to staff of an agency with no relationship to the person, and writes nothing', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const result = await as('cm.shelter-b', GRANT, { input: grantInput(personId, { granteeAgencyId: 'shelter-b' }) });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(result.text).not.toContain(GIVEN_NAME);
      expect(await ledgerRows(personId)).toBe(0);
    });

    it('lets the provider with the accepted referral record consent it is given itself', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const recorded = await grant(personId, { categories: ['IDENTITY', 'CONTACT_LOCATION'] }, 'cm.shelter-a');
      expect(recorded.recordedByAgencyId).toBe('shelter-a');
      expect((await readPerson(personId)).data!.person!.contactLocation).toEqual({ identifiedInRegion: 'TIRANA' });
    });

    it('is FORBIDDEN to roles that never hold a relationship', async () => {
      const { personId } = await identifiedPerson();
      for (const user of ['coordinator', 'auditor', 'psy.shelter-a']) {
        const result = await as(user, GRANT, { input: grantInput(personId) });
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      expect(await ledgerRows(personId)).toBe(0);
    });

    it("refuses a child's consent given by the child alone, naming input.givenBy", async () => {
      const { personId } = await identifiedPerson(true);
      const result = await as('ra.officer', GRANT, { input: grantInput(personId, { givenBy: 'PERSON' }) });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.givenBy'] });
      expect(await ledgerRows(personId)).toBe(0);
    });

    it("records a guardian's consent for a child, and the child protection worker's only when a child protection worker records it", async () => {
      const { personId } = await identifiedPerson(true);
      expect((await grant(personId, { givenBy: 'GUARDIAN' })).givenBy).toBe('GUARDIAN');
      const byRa = await as('ra.officer', GRANT, { input: grantInput(personId, { givenBy: 'CHILD_PROTECTION_WORKER' }) });
      expect(byRa.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const byCpw = await grant(personId, { givenBy: 'CHILD_PROTECTION_WORKER' }, 'cpw.tirana');
      expect(byCpw).toMatchObject({ givenBy: 'CHILD_PROTECTION_WORKER', recordedByAgencyId: 'cpu-tirana' });
      expect(await ledgerRows(personId)).toBe(2);
    });

    it('names each malformed input field as BAD_USER_INPUT', async () => {
      const { personId } = await identifiedPerson();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ expiresAt: new Date(Date.now() - 60_000).toISOString() }, 'input.expiresAt'],
        [{ categories: [] }, 'input.categories'],
        [{ granteeAgencyId: 'Shelter A' }, 'input.granteeAgencyId'],
        [{ categories: ['IDENTITY', 'IDENTITY'] }, 'input.categories'],
      ];
      for (const [overrides, field] of cases) {
        const result = await as('ra.officer', GRANT, { input: grantInput(personId, overrides) });
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [field] });
      }
      expect(await ledgerRows(personId)).toBe(0);
    });

    it('answers NOT_FOUND for an unknown person', async () => {
      const result = await as('ra.officer', GRANT, { input: grantInput(randomUUID()) });
      expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('withdrawConsent', () => {
    it('is honoured on the very next read and emits exactly one consent.withdrawn carrying ids and the reference only', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const recorded = await grant(personId);
      expect((await readPerson(personId)).data!.person!.identity).toEqual({ givenName: GIVEN_NAME });

      const withdrawn = await as<{ withdrawConsent: ConsentGrantView }>('ra.officer', WITHDRAW, { id: recorded.id, reason: 'Withdrawn in interview' });
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data!.withdrawConsent).toMatchObject({ id: recorded.id, active: false, withdrawalReason: 'Withdrawn in interview' });
      expect(withdrawn.data!.withdrawConsent.withdrawnAt).not.toBeNull();

      const next = await readPerson(personId);
      expect(next.data!.person!.identity).toBeNull();
      expect(errorAt(next, 'identity')).toBe('CONSENT_REQUIRED');
      expect(next.text).not.toContain(GIVEN_NAME);

      const events = await subgraph.dataSource.query(`SELECT type, payload FROM identification.outbox_event WHERE aggregate_id = $1`, [recorded.id]);
      expect(events).toEqual([{ type: 'consent.withdrawn', payload: { grantId: recorded.id, personId, reference, granteeAgencyId: 'shelter-a' } }]);
      // Both ledger changes are in the audit trail, by id, without the withdrawal's free text.
      const audited = await subgraph.dataSource.query(
        `SELECT action, basis, decision, actor_agency_id, reason FROM identification.audit_entry WHERE permission_id = $1 ORDER BY seq`,
        [recorded.id],
      );
      expect(audited.filter((row: { action: string }) => row.action.startsWith('CONSENT_'))).toEqual([
        { action: 'CONSENT_GRANTED', basis: 'CONSENT', decision: 'ALLOWED', actor_agency_id: 'responsible-authority', reason: null },
        { action: 'CONSENT_WITHDRAWN', basis: 'CONSENT', decision: 'ALLOWED', actor_agency_id: 'responsible-authority', reason: null },
      ]);
      // The read the grant allowed names the grant and the purpose the person consented to.
      const reads = await subgraph.dataSource.query(
        `SELECT actor_agency_id, categories, basis, purpose FROM identification.audit_entry WHERE permission_id = $1 AND action = 'READ'`,
        [recorded.id],
      );
      expect(reads).toEqual([{ actor_agency_id: 'shelter-a', categories: ['IDENTITY'], basis: 'CONSENT', purpose: 'REFERRAL_ASSISTANCE' }]);
    });

    it('is idempotent: a second withdrawal keeps the first time and reason and emits nothing more', async () => {
      const { personId } = await identifiedPerson();
      const recorded = await grant(personId);
      const first = await as<{ withdrawConsent: ConsentGrantView }>('ra.officer', WITHDRAW, { id: recorded.id, reason: 'first' });
      const second = await as<{ withdrawConsent: ConsentGrantView }>('ra.head', WITHDRAW, { id: recorded.id, reason: 'second' });
      expect(second.errors).toBeUndefined();
      expect(second.data!.withdrawConsent.withdrawnAt).toBe(first.data!.withdrawConsent.withdrawnAt);
      expect(second.data!.withdrawConsent.withdrawalReason).toBe('first');
      const [row] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.outbox_event WHERE aggregate_id = $1`, [recorded.id]);
      expect(row.n).toBe(1);
    });

    it('lets exactly one of two concurrent withdrawals emit the event', async () => {
      const { personId } = await identifiedPerson();
      const recorded = await grant(personId);
      const results = await Promise.all([as('ra.officer', WITHDRAW, { id: recorded.id }), as('ra.head', WITHDRAW, { id: recorded.id })]);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
      const [row] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.outbox_event WHERE aggregate_id = $1`, [recorded.id]);
      expect(row.n).toBe(1);
    });

    it('is FORBIDDEN to an agency with no relationship, and NOT_FOUND for an unknown grant', async () => {
      const { personId } = await identifiedPerson();
      const recorded = await grant(personId);
      const foreign = await as('cm.shelter-b', WITHDRAW, { id: recorded.id });
      expect(foreign.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const [row] = await subgraph.dataSource.query(`SELECT withdrawn_at FROM identification.consent_grant WHERE id = $1`, [recorded.id]);
      expect(row.withdrawn_at).toBeNull();
      const unknown = await as('ra.officer', WITHDRAW, { id: randomUUID() });
      expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('expiry', () => {
    it('stops honouring a grant the moment it expires, with no job running', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const recorded = await grant(personId, { expiresAt: new Date(Date.now() + 1_000).toISOString() });
      expect((await readPerson(personId)).data!.person!.identity).toEqual({ givenName: GIVEN_NAME });
      await sleep(1_200);
      const after = await readPerson(personId);
      expect(after.data!.person!.identity).toBeNull();
      expect(errorAt(after, 'identity')).toBe('CONSENT_REQUIRED');
      const listed = await as<{ consentGrants: ConsentGrantView[] }>('ra.officer', GRANTS, { personId });
      expect(listed.data!.consentGrants.find((item) => item.id === recorded.id)).toMatchObject({ active: false, withdrawnAt: null });
    });
  });

  describe('consentGrants', () => {
    it('lists active, withdrawn and expired grants with `active` computed at read time', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const active = await grant(personId);
      const withdrawn = await grant(personId, { categories: ['CONTACT_LOCATION'] });
      await as('ra.officer', WITHDRAW, { id: withdrawn.id });
      const expiring = await grant(personId, { categories: ['SUMMARY'], expiresAt: new Date(Date.now() + 500).toISOString() });
      await sleep(700);

      const result = await as<{ consentGrants: ConsentGrantView[] }>('ra.officer', GRANTS, { personId });
      expect(result.errors).toBeUndefined();
      const byId = new Map(result.data!.consentGrants.map((item) => [item.id, item.active]));
      expect(Object.fromEntries(byId)).toEqual({ [active.id]: true, [withdrawn.id]: false, [expiring.id]: false });
    });

    it("shows a provider only the grants naming it or recorded by it, not other agencies' consent", async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const forShelter = await grant(personId);
      await grant(personId, { granteeAgencyId: 'police-sfait-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION' });
      const seen = await as<{ consentGrants: ConsentGrantView[] }>('cm.shelter-a', GRANTS, { personId });
      expect(seen.data!.consentGrants.map((item) => item.id)).toEqual([forShelter.id]);
      const all = await as<{ consentGrants: ConsentGrantView[] }>('police.tirana', GRANTS, { personId });
      expect(all.data!.consentGrants).toHaveLength(2);
    });

    it('is FORBIDDEN to an agency with no relationship and to roles outside the workflow', async () => {
      const { personId } = await identifiedPerson();
      await grant(personId);
      for (const user of ['cm.shelter-b', 'coordinator', 'auditor']) {
        const result = await as(user, GRANTS, { personId });
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('grantLegalBasisOverride', () => {
    it('is FORBIDDEN to everyone but the ra_head, whatever the client sends', async () => {
      const { personId } = await identifiedPerson();
      for (const user of ['ra.officer', 'cm.shelter-a', 'police.tirana', 'cpw.tirana', 'auditor']) {
        const result = await as(user, OVERRIDE, { input: overrideInput(personId) });
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      expect(await ledgerRows(personId)).toBe(0);
    });

    it('refuses a missing, blank or too-short reason, naming input.reason', async () => {
      const { personId } = await identifiedPerson();
      const withoutReason = { personId, granteeAgencyId: 'shelter-a', categories: ['CONTACT_LOCATION'] };
      const missing = await as('ra.head', OVERRIDE, { input: withoutReason });
      expect(missing.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.reason'] });
      for (const reason of ['', '            ', ' too short ']) {
        const result = await as('ra.head', OVERRIDE, { input: overrideInput(personId, { reason }) });
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.reason'] });
      }
      expect(await ledgerRows(personId)).toBe(0);
    });

    it('refuses an expiry beyond the configured maximum or in the past, naming input.expiresAt', async () => {
      const { personId } = await identifiedPerson();
      for (const expiresAt of [Date.now() + (OVERRIDE_MAX_HOURS + 1) * HOUR_MS, Date.now() - 1_000]) {
        const result = await as('ra.head', OVERRIDE, { input: overrideInput(personId, { expiresAt: new Date(expiresAt).toISOString() }) });
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.expiresAt'] });
      }
      expect(await ledgerRows(personId)).toBe(0);
    });

    it('opens the category to the grantee for the configured default time, flagged for review', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      expect(errorAt(await readPerson(personId), 'contactLocation')).toBe('CONSENT_REQUIRED');
      const before = Date.now();
      const result = await as<{ grantLegalBasisOverride: OverrideView }>('ra.head', OVERRIDE, { input: overrideInput(personId) });
      expect(result.errors).toBeUndefined();
      const override = result.data!.grantLegalBasisOverride;
      expect(override).toMatchObject({ personId, granteeAgencyId: 'shelter-a', categories: ['CONTACT_LOCATION'], reason: REASON, flaggedForReview: true });
      const expiresIn = new Date(override.expiresAt).getTime() - before;
      expect(expiresIn).toBeGreaterThanOrEqual(OVERRIDE_DEFAULT_HOURS * HOUR_MS - 1_000);
      expect(expiresIn).toBeLessThanOrEqual(OVERRIDE_DEFAULT_HOURS * HOUR_MS + 5_000);

      const read = await readPerson(personId);
      expect(read.data!.person!.contactLocation).toEqual({ identifiedInRegion: 'TIRANA' });
      expect(errorAt(read, 'identity')).toBe('CONSENT_REQUIRED');
      const [audited] = await subgraph.dataSource.query(
        `SELECT action, basis, flagged_for_review FROM identification.audit_entry WHERE permission_id = $1 AND action = 'OVERRIDE_GRANTED'`,
        [override.id],
      );
      expect(audited).toEqual({ action: 'OVERRIDE_GRANTED', basis: 'OVERRIDE', flagged_for_review: true });
    });

    it('stops at its expiry', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const expiresAt = new Date(Date.now() + 1_000).toISOString();
      const result = await as('ra.head', OVERRIDE, { input: overrideInput(personId, { expiresAt }) });
      expect(result.errors).toBeUndefined();
      expect((await readPerson(personId)).data!.person!.contactLocation).toEqual({ identifiedInRegion: 'TIRANA' });
      await sleep(1_200);
      const after = await readPerson(personId);
      expect(after.data!.person!.contactLocation).toBeNull();
      expect(errorAt(after, 'contactLocation')).toBe('CONSENT_REQUIRED');
    });
  });

  describe('GET /internal/access-facts/:personId (what the shelters service evaluates its records with)', () => {
    interface FactsView {
      personId: string;
      isChild: boolean;
      recordingAgency: boolean;
      relationships: string[];
      permissions: Array<{ id: string; kind: string; granteeAgencyId: string; categories: string[]; purpose: string | null }>;
    }

    it("answers the caller agency's relationships and every grant and override naming it, each grant with its purpose", async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const recorded = await grant(personId, { purpose: 'HEALTH_CARE', categories: ['HEALTH', 'PSYCHOSOCIAL'] });
      const override = await as<{ grantLegalBasisOverride: OverrideView }>('ra.head', OVERRIDE, { input: overrideInput(personId) });
      await grant(personId, { granteeAgencyId: 'police-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['HEALTH'] });

      const facts = await subgraph.get<FactsView>(`/internal/access-facts/${personId}`, await subgraph.tokenFor('cm.shelter-a'));
      expect(facts.status).toBe(200);
      expect(facts.body).toMatchObject({ personId, isChild: false, recordingAgency: false, relationships: ['ACCEPTED_REFERRAL'] });
      expect([...facts.body.permissions].sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
        expect.objectContaining({ id: recorded.id, kind: 'CONSENT', granteeAgencyId: 'shelter-a', categories: ['HEALTH', 'PSYCHOSOCIAL'], purpose: 'HEALTH_CARE' }),
        expect.objectContaining({ id: override.data!.grantLegalBasisOverride.id, kind: 'OVERRIDE', granteeAgencyId: 'shelter-a', purpose: null }),
      ]);
      expect(facts.text).not.toContain(GIVEN_NAME);

      const police = await subgraph.get<FactsView>(`/internal/access-facts/${personId}`, await subgraph.tokenFor('police.tirana'));
      expect(police.body).toMatchObject({ recordingAgency: true, permissions: [expect.objectContaining({ granteeAgencyId: 'police-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION' })] });
      expect(police.body.permissions).toHaveLength(1);
    });
  });

  describe('the ledger in the database', () => {
    it('refuses to delete a grant or rewrite it, and allows a withdrawal only once', async () => {
      const { personId } = await identifiedPerson();
      const recorded = await grant(personId);
      await expect(subgraph.dataSource.query(`DELETE FROM identification.consent_grant WHERE id = $1`, [recorded.id])).rejects.toThrow(/never deleted/);
      await expect(
        subgraph.dataSource.query(`UPDATE identification.consent_grant SET categories = '{IDENTITY,HEALTH}' WHERE id = $1`, [recorded.id]),
      ).rejects.toThrow(/only be withdrawn/);
      await as('ra.officer', WITHDRAW, { id: recorded.id });
      await expect(
        subgraph.dataSource.query(`UPDATE identification.consent_grant SET withdrawn_at = NULL, withdrawn_by = NULL, withdrawn_by_agency_id = NULL WHERE id = $1`, [
          recorded.id,
        ]),
      ).rejects.toThrow(/only be withdrawn/);
    });

    it('refuses to extend an override or delete it', async () => {
      const { personId } = await identifiedPerson();
      const result = await as<{ grantLegalBasisOverride: OverrideView }>('ra.head', OVERRIDE, { input: overrideInput(personId) });
      const { id } = result.data!.grantLegalBasisOverride;
      await expect(
        subgraph.dataSource.query(`UPDATE identification.legal_basis_override SET expires_at = expires_at + interval '1 year' WHERE id = $1`, [id]),
      ).rejects.toThrow(/only be marked reviewed/);
      await expect(subgraph.dataSource.query(`DELETE FROM identification.legal_basis_override WHERE id = $1`, [id])).rejects.toThrow(/never deleted/);
    });
  });
});
