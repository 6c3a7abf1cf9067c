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

const GRANT_FIELDS = `id personId granteeAgencyId purpose categories givenBy recordedAt recordedByAgencyId expiresAt withdrawnAt withdrawalReason active
  evidenceReference flaggedForReview reviewedAt reviewOutcome`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { ${GRANT_FIELDS} } }`;
const WITHDRAW = `mutation Withdraw($id: ID!, $reason: String) { withdrawConsent(id: $id, reason: $reason) { ${GRANT_FIELDS} } }`;
const GRANTS = `query Grants($personId: ID!) { consentGrants(personId: $personId) { ${GRANT_FIELDS} } }`;
const OVERRIDE_FIELDS = `id personId granteeAgencyId categories reason grantedAt expiresAt flaggedForReview grantedByAgencyId reviewedAt reviewOutcome reviewNote`;
const OVERRIDE = `mutation Override($input: GrantLegalBasisOverrideInput!) { grantLegalBasisOverride(input: $input) { ${OVERRIDE_FIELDS} } }`;
const OVERRIDES = `query Overrides($filter: LedgerReviewFilter) { legalBasisOverrides(filter: $filter) { ${OVERRIDE_FIELDS} } }`;
const REVIEW_OVERRIDE = `mutation Review($id: ID!, $outcome: ReviewOutcome!, $note: String) {
  reviewLegalBasisOverride(id: $id, outcome: $outcome, note: $note) { ${OVERRIDE_FIELDS} }
}`;
const GRANTS_FOR_REVIEW = `query ForReview($filter: LedgerReviewFilter) { consentGrantsForReview(filter: $filter) { ${GRANT_FIELDS} } }`;
const REVIEW_GRANT = `mutation Review($id: ID!, $outcome: ReviewOutcome!, $note: String) { reviewConsentGrant(id: $id, outcome: $outcome, note: $note) { ${GRANT_FIELDS} } }`;
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
  evidenceReference: string | null;
  flaggedForReview: boolean;
  reviewedAt: string | null;
  reviewOutcome: string | null;
}
interface OverrideView {
  id: string;
  personId: string;
  granteeAgencyId: string;
  categories: string[];
  reason: string | null;
  grantedAt: string;
  expiresAt: string;
  flaggedForReview: boolean;
  grantedByAgencyId: string;
  reviewedAt: string | null;
  reviewOutcome: string | null;
  reviewNote: string | null;
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
const EVIDENCE = 'CF-2026-0042';

function overrideInput(personId: string, overrides: Record<string, unknown> = {}) {
  return { personId, granteeAgencyId: 'shelter-a', categories: ['CONTACT_LOCATION'], reason: REASON, ...overrides };
}

function grantInput(personId: string, overrides: Record<string, unknown> = {}) {
  return { personId, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: EVIDENCE, ...overrides };
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
        evidenceReference: EVIDENCE,
        flaggedForReview: false,
      });

      const after = await readPerson(personId);
      expect(after.data!.person!.identity).toEqual({ givenName: GIVEN_NAME });
      expect(after.data!.person!.contactLocation).toBeNull();
      expect(errorAt(after, 'contactLocation')).toBe('CONSENT_REQUIRED');
    });

    it('refuses a grant for RESEARCH_ANONYMISED that names a personal category, naming input.categories', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      // To an NGO, an agency type anonymised research may go to: the categories are what is refused.
      const refused = await as('ra.officer', GRANT, {
        input: grantInput(personId, { granteeAgencyId: 'ngo-outreach', purpose: 'RESEARCH_ANONYMISED', categories: ['IDENTITY', 'CONTACT_LOCATION'] }),
      });
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.categories'] });
      expect(await ledgerRows(personId)).toBe(0);
      const result = await readPerson(personId);
      expect(result.data!.person!.identity).toBeNull();
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
      const result = await as('cm.shelter-b', GRANT, { input: grantInput(personId, { granteeAgencyId: 'cpu-tirana' }) });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(result.text).not.toContain(GIVEN_NAME);
      expect(await ledgerRows(personId)).toBe(0);
      const denied = await subgraph.dataSource.query(
        `SELECT actor_agency_id, categories, decision, reason, purpose, grantee_agency_id FROM identification.audit_entry WHERE person_id = $1 AND action = 'CONSENT_GRANTED'`,
        [personId],
      );
      expect(denied).toEqual([
        { actor_agency_id: 'shelter-b', categories: ['IDENTITY'], decision: 'DENIED', reason: 'FORBIDDEN', purpose: 'REFERRAL_ASSISTANCE', grantee_agency_id: 'cpu-tirana' },
      ]);
    });

    it('never lets an agency record a grant that opens data to itself, and audits the attempt', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const attempts: Array<[string, Record<string, unknown>]> = [
        ['police.tirana', { granteeAgencyId: 'police-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['HEALTH', 'PSYCHOSOCIAL'] }],
        ['cm.shelter-a', { granteeAgencyId: 'shelter-a', categories: ['IDENTITY'] }],
        ['ra.officer', { granteeAgencyId: 'responsible-authority', purpose: 'REFERRAL_ASSISTANCE', categories: ['HEALTH'] }],
      ];
      for (const [username, overrides] of attempts) {
        const result = await as(username, GRANT, { input: grantInput(personId, overrides) });
        expect({ username, code: result.errors?.[0]?.extensions.code }).toEqual({ username, code: 'FORBIDDEN' });
        expect(result.errors?.[0]?.message).not.toContain(reference);
      }
      expect(await ledgerRows(personId)).toBe(0);
      expect((await readPerson(personId)).data!.person!.identity).toBeNull();
      const denied = await subgraph.dataSource.query(
        `SELECT actor_agency_id, action, decision, reason FROM identification.audit_entry WHERE person_id = $1 AND action = 'CONSENT_GRANTED' ORDER BY seq`,
        [personId],
      );
      expect(denied).toEqual(
        ['police-tirana', 'shelter-a', 'responsible-authority'].map((agency) => ({ actor_agency_id: agency, action: 'CONSENT_GRANTED', decision: 'DENIED', reason: 'FORBIDDEN' })),
      );
    });

    it('is recorded only by an agency with the person for the purpose: not by the identifying police, nor by a pending provider', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-b', true);
      const byPolice = await as('police.tirana', GRANT, { input: grantInput(personId) });
      expect(byPolice.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const byPending = await as('cm.shelter-b', GRANT, { input: grantInput(personId) });
      expect(byPending.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(await ledgerRows(personId)).toBe(0);
    });

    it('lets the shelter holding the case record consent for another agency, with its evidence, flagging law-enforcement cooperation for review', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const recorded = await grant(
        personId,
        { granteeAgencyId: 'police-sfait-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['HEALTH'], evidenceReference: 'CF-A/2026.17' },
        'cm.shelter-a',
      );
      expect(recorded).toMatchObject({ recordedByAgencyId: 'shelter-a', evidenceReference: 'CF-A/2026.17', flaggedForReview: true, reviewedAt: null });
      const [row] = await subgraph.dataSource.query(`SELECT evidence_reference, flagged_for_review FROM identification.consent_grant WHERE id = $1`, [recorded.id]);
      expect(row).toEqual({ evidence_reference: 'CF-A/2026.17', flagged_for_review: true });
      const [audited] = await subgraph.dataSource.query(
        `SELECT flagged_for_review FROM identification.audit_entry WHERE permission_id = $1 AND action = 'CONSENT_GRANTED'`,
        [recorded.id],
      );
      expect(audited).toEqual({ flagged_for_review: true });
    });

    it('refuses a purpose the grantee agency may not receive, naming input.purpose and the agency types it goes to', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const attempts: Array<[string, Record<string, unknown>, string]> = [
        // A hostile insider: the RA passing the person's data to a shelter as "law-enforcement cooperation".
        ['ra.officer', { granteeAgencyId: 'shelter-a', purpose: 'LAW_ENFORCEMENT_COOPERATION' }, 'STATE_POLICE, BORDER_POLICE, not to one of type SHELTER_NGO'],
        ['ra.officer', { granteeAgencyId: null, granteeAgencyType: 'SHELTER_STATE', purpose: 'LAW_ENFORCEMENT_COOPERATION' }, 'not to one of type SHELTER_STATE'],
        ['ra.officer', { granteeAgencyId: 'police-tirana', purpose: 'HEALTH_CARE', categories: ['CONTACT_LOCATION'] }, 'HEALTH, SHELTER_NGO, SHELTER_STATE, not to one of type STATE_POLICE'],
        ['ra.officer', { granteeAgencyId: 'platform', purpose: 'REFERRAL_ASSISTANCE' }, 'not to one of type PLATFORM'],
        ['ra.officer', { granteeAgencyId: null, granteeAgencyType: 'OVERSIGHT', purpose: 'RESEARCH_ANONYMISED' }, 'not to one of type OVERSIGHT'],
        ['cm.shelter-a', { granteeAgencyId: 'border-kakavije', purpose: 'REFERRAL_ASSISTANCE' }, 'not to one of type BORDER_POLICE'],
      ];
      for (const [username, overrides, expected] of attempts) {
        const result = await as(username, GRANT, { input: grantInput(personId, overrides) });
        expect({ overrides, error: result.errors?.[0]?.extensions }).toEqual({ overrides, error: { code: 'BAD_USER_INPUT', fields: ['input.purpose'] } });
        expect(result.errors?.[0]?.message).toContain(expected);
        expect(result.errors?.[0]?.message).toMatch(/^A grant for [A-Z_]+ goes only to agencies of type /);
      }
      expect(await ledgerRows(personId)).toBe(0);
      // The same grants with a fitting purpose are recorded.
      await grant(personId, { granteeAgencyId: 'police-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION' });
      await grant(personId, { granteeAgencyId: null, granteeAgencyType: 'SHELTER_STATE', purpose: 'HEALTH_CARE' });
      expect(await ledgerRows(personId)).toBe(2);
    });

    it('refuses a grantee outside the directory and categories the purpose can never open to its agency type', async () => {
      const { personId } = await identifiedPerson();
      const unknown = await as('ra.officer', GRANT, { input: grantInput(personId, { granteeAgencyId: 'no-such-agency' }) });
      expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.granteeAgencyId'] });
      const closed = await as('ra.officer', GRANT, {
        input: grantInput(personId, { granteeAgencyId: 'police-tirana', purpose: 'FORMAL_IDENTIFICATION', categories: ['IDENTITY', 'HEALTH'] }),
      });
      expect(closed.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.categories'] });
      // Anonymised research may go to the national coordinator, but its agency never reads a person: no category opens.
      const toCoordinator = await as('ra.officer', GRANT, {
        input: grantInput(personId, { granteeAgencyId: 'national-coordinator', purpose: 'RESEARCH_ANONYMISED', categories: ['IDENTITY'] }),
      });
      expect(toCoordinator.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.categories'] });
      expect(await ledgerRows(personId)).toBe(0);
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
        [{ evidenceReference: undefined }, 'input.evidenceReference'],
        [{ evidenceReference: '' }, 'input.evidenceReference'],
        [{ evidenceReference: 'signed by Arta Test' }, 'input.evidenceReference'],
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
      expect(events).toEqual([{ type: 'consent.withdrawn', payload: { grantId: recorded.id, personId, reference, granteeAgencyId: 'shelter-a', granteeAgencyType: null } }]);
      // Both ledger changes are in the audit trail, by id, without the withdrawal's free text.
      const audited = await subgraph.dataSource.query(
        `SELECT action, basis, decision, actor_agency_id, reason, grantee_agency_id FROM identification.audit_entry WHERE permission_id = $1 ORDER BY seq`,
        [recorded.id],
      );
      // Each names its grantee: the trail shows to whom the data was opened and closed without the ledger row.
      expect(audited.filter((row: { action: string }) => row.action.startsWith('CONSENT_'))).toEqual([
        { action: 'CONSENT_GRANTED', basis: 'CONSENT', decision: 'ALLOWED', actor_agency_id: 'responsible-authority', reason: null, grantee_agency_id: 'shelter-a' },
        { action: 'CONSENT_WITHDRAWN', basis: 'CONSENT', decision: 'ALLOWED', actor_agency_id: 'responsible-authority', reason: null, grantee_agency_id: 'shelter-a' },
      ]);
      // The read the grant allowed names the grant and the purpose the person consented to; its reader is the grantee.
      const reads = await subgraph.dataSource.query(
        `SELECT actor_agency_id, categories, basis, purpose, grantee_agency_id FROM identification.audit_entry WHERE permission_id = $1 AND action = 'READ'`,
        [recorded.id],
      );
      expect(reads).toEqual([{ actor_agency_id: 'shelter-a', categories: ['IDENTITY'], basis: 'CONSENT', purpose: 'REFERRAL_ASSISTANCE', grantee_agency_id: null }]);
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

    it('is FORBIDDEN to a linked agency that neither recorded the grant nor holds a mandate, and audited', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const recorded = await grant(personId, { granteeAgencyId: 'shelter-a' });
      // The identifying police and the grantee itself are linked to the person, yet may not withdraw the RA's grant.
      for (const username of ['police.tirana', 'cm.shelter-a']) {
        const result = await as(username, WITHDRAW, { id: recorded.id });
        expect({ username, code: result.errors?.[0]?.extensions.code }).toEqual({ username, code: 'FORBIDDEN' });
      }
      const [row] = await subgraph.dataSource.query(`SELECT withdrawn_at FROM identification.consent_grant WHERE id = $1`, [recorded.id]);
      expect(row.withdrawn_at).toBeNull();
      const denied = await subgraph.dataSource.query(
        `SELECT actor_agency_id, decision, reason, grantee_agency_id FROM identification.audit_entry WHERE permission_id = $1 AND action = 'CONSENT_WITHDRAWN' ORDER BY seq`,
        [recorded.id],
      );
      expect(denied).toEqual([
        { actor_agency_id: 'police-tirana', decision: 'DENIED', reason: 'FORBIDDEN', grantee_agency_id: 'shelter-a' },
        { actor_agency_id: 'shelter-a', decision: 'DENIED', reason: 'FORBIDDEN', grantee_agency_id: 'shelter-a' },
      ]);
    });

    it('lets the agency that recorded the grant withdraw it', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const recorded = await grant(personId, { granteeAgencyId: 'responsible-authority', purpose: 'REFERRAL_ASSISTANCE', categories: ['HEALTH'] }, 'cm.shelter-a');
      const withdrawn = await as<{ withdrawConsent: ConsentGrantView }>('cm.shelter-a', WITHDRAW, { id: recorded.id });
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data!.withdrawConsent.active).toBe(false);
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
      const all = await as<{ consentGrants: ConsentGrantView[] }>('ra.head', GRANTS, { personId });
      expect(all.data!.consentGrants).toHaveLength(2);
    });

    it('does not show the identifying police the grants naming the shelter (the placement), only those naming the police', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      await grant(personId);
      const forPolice = await grant(personId, { granteeAgencyId: 'police-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['IDENTITY'] });
      const seen = await as<{ consentGrants: ConsentGrantView[] }>('police.tirana', GRANTS, { personId });
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.consentGrants.map((item) => item.id)).toEqual([forPolice.id]);
      expect(seen.text).not.toContain('shelter-a');
    });

    it('does not tell the police which agency recorded a grant to them: the shelter holding the case would reveal the placement', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const recorded = await grant(
        personId,
        { granteeAgencyId: 'police-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['IDENTITY'], evidenceReference: 'SHELTER-A-FORM-7' },
        'cm.shelter-a',
      );
      expect(recorded.recordedByAgencyId).toBe('shelter-a');
      const seen = await as<{ consentGrants: ConsentGrantView[] }>('police.tirana', GRANTS, { personId });
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.consentGrants).toEqual([expect.objectContaining({ id: recorded.id, recordedByAgencyId: null, evidenceReference: null, withdrawalReason: null })]);
      expect(seen.text).not.toContain('shelter-a');
      expect(seen.text).not.toContain('SHELTER-A');
      // The recorder and the RA still see it whole.
      const byRecorder = await as<{ consentGrants: ConsentGrantView[] }>('cm.shelter-a', GRANTS, { personId });
      expect(byRecorder.data!.consentGrants).toContainEqual(expect.objectContaining({ id: recorded.id, recordedByAgencyId: 'shelter-a', evidenceReference: 'SHELTER-A-FORM-7' }));
    });

    it('shows the child protection unit every grant of a child', async () => {
      const { personId } = await identifiedPerson(true);
      await grant(personId, { givenBy: 'GUARDIAN' });
      const seen = await as<{ consentGrants: ConsentGrantView[] }>('cpw.tirana', GRANTS, { personId });
      expect(seen.data!.consentGrants.map((item) => item.granteeAgencyId)).toEqual(['shelter-a']);
    });

    it('is FORBIDDEN to an agency with no relationship and to roles outside the workflow', async () => {
      const { personId } = await identifiedPerson();
      await grant(personId);
      for (const user of ['cm.shelter-b', 'coordinator', 'auditor']) {
        const result = await as(user, GRANTS, { personId });
        expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      const denied = await subgraph.dataSource.query(
        `SELECT actor_agency_id, action, decision, reason FROM identification.audit_entry WHERE person_id = $1 AND decision = 'DENIED'`,
        [personId],
      );
      expect(denied).toContainEqual({ actor_agency_id: 'shelter-b', action: 'READ', decision: 'DENIED', reason: 'FORBIDDEN' });
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

    it('refuses a reason without real text once invisible characters are removed, and stores the normalised reason', async () => {
      const { personId } = await identifiedPerson();
      const invisible = ['a' + '\u200b'.repeat(20) + 'b', '\u200e\u200f\u2060\ufeff'.repeat(5) + 'ok', '1234567890 -- !!', 'a\u0000b\u0007c\u200bd'.repeat(2)];
      for (const reason of invisible) {
        const result = await as('ra.head', OVERRIDE, { input: overrideInput(personId, { reason }) });
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.reason'] });
      }
      expect(await ledgerRows(personId)).toBe(0);
      const result = await as<{ grantLegalBasisOverride: OverrideView }>('ra.head', OVERRIDE, {
        input: overrideInput(personId, { reason: '  Vital\u200b interests:\n\n urgent   medical care ' }),
      });
      expect(result.data!.grantLegalBasisOverride.reason).toBe('Vital interests: urgent medical care');
    });

    it('refuses a grantee outside the directory and categories an override can never open to its agency type', async () => {
      const { personId } = await identifiedPerson();
      for (const granteeAgencyId of ['no-such-agency', 'cpu-nowhere']) {
        const result = await as('ra.head', OVERRIDE, { input: overrideInput(personId, { granteeAgencyId }) });
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.granteeAgencyId'] });
      }
      for (const [granteeAgencyId, categories] of [
        ['police-tirana', ['HEALTH']],
        ['border-kakavije', ['LEGAL', 'PSYCHOSOCIAL']],
        ['oversight', ['SUMMARY']],
      ] as const) {
        const result = await as('ra.head', OVERRIDE, { input: overrideInput(personId, { granteeAgencyId, categories }) });
        expect({ granteeAgencyId, extensions: result.errors?.[0]?.extensions }).toEqual({ granteeAgencyId, extensions: { code: 'BAD_USER_INPUT', fields: ['input.categories'] } });
      }
      expect(await ledgerRows(personId)).toBe(0);
    });

    it('gives the child protection unit the access it names on an adult, whom it has no relationship to', async () => {
      const { personId } = await identifiedPerson();
      const before = await readPerson(personId, 'cpw.tirana');
      expect(before.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const result = await as<{ grantLegalBasisOverride: OverrideView }>('ra.head', OVERRIDE, {
        input: overrideInput(personId, { granteeAgencyId: 'cpu-tirana', categories: ['IDENTITY'] }),
      });
      expect(result.errors).toBeUndefined();
      const after = await readPerson(personId, 'cpw.tirana');
      expect(after.data!.person!.summary).toEqual({ sex: 'FEMALE' });
      expect(after.data!.person!.identity).toEqual({ givenName: GIVEN_NAME });
      expect(errorAt(after, 'contactLocation')).toBe('CONSENT_REQUIRED');
      // Other agencies gain nothing from it.
      expect((await readPerson(personId, 'cm.shelter-b')).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
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

      // Its review is a deadline (docs/domain.md §4): due 72 h after the grant, whatever the override's own expiry.
      const [event] = await subgraph.dataSource.query(`SELECT type, payload FROM identification.outbox_event WHERE aggregate_id = $1`, [override.id]);
      expect(event.type).toBe('legal_basis_override.granted');
      expect(event.payload).toMatchObject({ overrideId: override.id, personId, reference });
      expect(new Date(event.payload.reviewDueAt).getTime() - new Date(event.payload.grantedAt).getTime()).toBe(72 * HOUR_MS);
      expect(JSON.stringify(event.payload)).not.toContain(REASON);
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

  describe('review of overrides (legalBasisOverrides, reviewLegalBasisOverride)', () => {
    /** An override granted by another ra_head than the demo realm's one, as the ledger holds it. */
    async function overrideByAnotherHead(personId: string, granteeAgencyId = 'shelter-a'): Promise<string> {
      const id = randomUUID();
      await subgraph.dataSource.query(
        `INSERT INTO identification.legal_basis_override (id, person_id, grantee_agency_id, categories, reason, granted_by, granted_by_agency_id, granted_at, expires_at, flagged_for_review)
         VALUES ($1, $2, $3, '{CONTACT_LOCATION}', $4, $5, 'responsible-authority', now(), now() + interval '1 day', true)`,
        [id, personId, granteeAgencyId, REASON, `another-ra-head-${randomUUID()}`],
      );
      return id;
    }

    it('lists overrides waiting for review to the ra_head (with the reason) and the auditor (without it: case data), and to no one else', async () => {
      const { personId } = await identifiedPerson();
      const granted = await as<{ grantLegalBasisOverride: OverrideView }>('ra.head', OVERRIDE, { input: overrideInput(personId) });
      const { id } = granted.data!.grantLegalBasisOverride;
      for (const [username, reason] of [['ra.head', REASON], ['auditor', null]] as const) {
        const listed = await as<{ legalBasisOverrides: OverrideView[] }>(username, OVERRIDES, { filter: { pendingReviewOnly: true, personId } });
        expect(listed.errors).toBeUndefined();
        expect(listed.data!.legalBasisOverrides).toEqual([
          expect.objectContaining({ id, granteeAgencyId: 'shelter-a', reason, grantedByAgencyId: 'responsible-authority', reviewedAt: null }),
        ]);
      }
      for (const username of ['ra.officer', 'cm.shelter-a', 'police.tirana', 'coordinator']) {
        expect((await as(username, OVERRIDES, { filter: { personId } })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      const reads = await subgraph.dataSource.query(
        `SELECT actor_username FROM identification.audit_entry WHERE person_id = $1 AND action = 'AUDIT_READ' ORDER BY seq`,
        [personId],
      );
      expect(reads.map((row: { actor_username: string }) => row.actor_username)).toEqual(['ra.head', 'auditor']);
    });

    it('is never reviewed by the ra_head who granted it, nor by anyone but an ra_head', async () => {
      const { personId } = await identifiedPerson();
      const granted = await as<{ grantLegalBasisOverride: OverrideView }>('ra.head', OVERRIDE, { input: overrideInput(personId) });
      const { id } = granted.data!.grantLegalBasisOverride;
      const own = await as('ra.head', REVIEW_OVERRIDE, { id, outcome: 'UPHELD' });
      expect(own.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      for (const username of ['ra.officer', 'auditor']) {
        expect((await as(username, REVIEW_OVERRIDE, { id, outcome: 'UPHELD' })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
      const [row] = await subgraph.dataSource.query(`SELECT reviewed_at FROM identification.legal_basis_override WHERE id = $1`, [id]);
      expect(row.reviewed_at).toBeNull();
    });

    it("is reviewed once by a second ra_head, the review audited by outcome code without the note's text", async () => {
      const { personId } = await identifiedPerson();
      const id = await overrideByAnotherHead(personId);
      const note = 'Checked with the hospital: justified';
      const reviewed = await as<{ reviewLegalBasisOverride: OverrideView }>('ra.head', REVIEW_OVERRIDE, { id, outcome: 'UPHELD', note });
      expect(reviewed.errors).toBeUndefined();
      expect(reviewed.data!.reviewLegalBasisOverride).toMatchObject({ id, reviewOutcome: 'UPHELD', reviewNote: note });
      expect(reviewed.data!.reviewLegalBasisOverride.reviewedAt).not.toBeNull();
      const again = await as('ra.head', REVIEW_OVERRIDE, { id, outcome: 'REVOKED' });
      expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
      const pending = await as<{ legalBasisOverrides: OverrideView[] }>('ra.head', OVERRIDES, { filter: { pendingReviewOnly: true, personId } });
      expect(pending.data!.legalBasisOverrides).toEqual([]);
      const entries = await subgraph.dataSource.query(
        `SELECT action, basis, decision, reason, actor_username FROM identification.audit_entry WHERE permission_id = $1`,
        [id],
      );
      expect(entries).toEqual([{ action: 'OVERRIDE_REVIEWED', basis: 'OVERRIDE', decision: 'ALLOWED', reason: 'UPHELD', actor_username: 'ra.head' }]);
      const trail = JSON.stringify(await subgraph.dataSource.query(`SELECT * FROM identification.audit_entry WHERE person_id = $1`, [personId]));
      expect(trail).not.toContain('hospital');
      await expect(subgraph.dataSource.query(`UPDATE identification.legal_basis_override SET review_outcome = 'REVOKED' WHERE id = $1`, [id])).rejects.toThrow(
        /reviewed once/,
      );

      // The review meets the override's review deadline (docs/domain.md §4): ids and times, never the note.
      const events: Array<{ type: string; payload: Record<string, string> }> = await subgraph.dataSource.query(
        `SELECT type, payload FROM identification.outbox_event WHERE aggregate_id = $1 ORDER BY position`,
        [id],
      );
      expect(events).toEqual([
        {
          type: 'legal_basis_override.reviewed',
          payload: { overrideId: id, personId, reference: expect.any(String), outcome: 'UPHELD', reviewedAt: reviewed.data!.reviewLegalBasisOverride.reviewedAt },
        },
      ]);
      expect(JSON.stringify(events)).not.toMatch(/hospital|Vital|interest/i);
    });

    it('validates the list filter written inline in the query: a malformed person id is BAD_USER_INPUT naming it', async () => {
      const inline = (personId: string) => `query { legalBasisOverrides(filter: { personId: "${personId}" }) { id } }`;
      const malformed = await as('ra.head', inline('not-a-uuid'), {});
      expect(malformed.errors?.map((error) => [error.extensions.code, error.extensions['fields']])).toEqual([['BAD_USER_INPUT', ['filter.personId']]]);
      const wellFormed = await as<{ legalBasisOverrides: unknown[] }>('ra.head', inline(randomUUID()), {});
      expect(wellFormed.errors).toBeUndefined();
      expect(wellFormed.data!.legalBasisOverrides).toEqual([]);
    });

    it('ends the override at once when the review revokes it', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const id = await overrideByAnotherHead(personId);
      expect((await readPerson(personId)).data!.person!.contactLocation).toEqual({ identifiedInRegion: 'TIRANA' });
      const reviewed = await as('ra.head', REVIEW_OVERRIDE, { id, outcome: 'REVOKED', note: 'No vital interest remained at the time' });
      expect(reviewed.errors).toBeUndefined();
      const after = await readPerson(personId);
      expect(after.data!.person!.contactLocation).toBeNull();
      expect(errorAt(after, 'contactLocation')).toBe('CONSENT_REQUIRED');
    });

    it('refuses a note without real text, naming note', async () => {
      const { personId } = await identifiedPerson();
      const id = await overrideByAnotherHead(personId);
      const result = await as('ra.head', REVIEW_OVERRIDE, { id, outcome: 'UPHELD', note: 'o\u200bk\u200b'.repeat(4) + '!!! ...' });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['note'] });
    });
  });

  describe('review of law-enforcement grants (consentGrantsForReview, reviewConsentGrant)', () => {
    it('lists the flagged grant to the RA and lets a reviewer other than its recorder revoke it, withdrawing it', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      const recorded = await grant(personId, { granteeAgencyId: 'police-sfait-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['HEALTH'] }, 'cm.shelter-a');
      await grant(personId);
      const listed = await as<{ consentGrantsForReview: ConsentGrantView[] }>('ra.officer', GRANTS_FOR_REVIEW, { filter: { pendingReviewOnly: true, personId } });
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.consentGrantsForReview.map((item) => item.id)).toEqual([recorded.id]);
      expect((await as('cm.shelter-a', GRANTS_FOR_REVIEW, { filter: { personId } })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect((await as('cm.shelter-a', REVIEW_GRANT, { id: recorded.id, outcome: 'UPHELD' })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');

      const reviewed = await as<{ reviewConsentGrant: ConsentGrantView }>('ra.officer', REVIEW_GRANT, { id: recorded.id, outcome: 'REVOKED' });
      expect(reviewed.errors).toBeUndefined();
      expect(reviewed.data!.reviewConsentGrant).toMatchObject({ reviewOutcome: 'REVOKED', active: false });
      expect((await as('ra.head', REVIEW_GRANT, { id: recorded.id, outcome: 'UPHELD' })).errors?.[0]?.extensions.code).toBe('CONFLICT');
      const entries = await subgraph.dataSource.query(`SELECT action, reason, grantee_agency_id FROM identification.audit_entry WHERE permission_id = $1 ORDER BY seq`, [
        recorded.id,
      ]);
      expect(entries).toEqual([
        { action: 'CONSENT_GRANTED', reason: null, grantee_agency_id: 'police-sfait-tirana' },
        { action: 'CONSENT_WITHDRAWN', reason: null, grantee_agency_id: 'police-sfait-tirana' },
        { action: 'CONSENT_REVIEWED', reason: 'REVOKED', grantee_agency_id: 'police-sfait-tirana' },
      ]);
      const events = await subgraph.dataSource.query(`SELECT type FROM identification.outbox_event WHERE aggregate_id = $1`, [recorded.id]);
      expect(events).toEqual([{ type: 'consent.withdrawn' }]);
    });

    it('is never reviewed by the user who recorded it', async () => {
      const { personId } = await identifiedPerson();
      const recorded = await grant(personId, { granteeAgencyId: 'police-sfait-tirana', purpose: 'LAW_ENFORCEMENT_COOPERATION', categories: ['IDENTITY'] });
      const own = await as('ra.officer', REVIEW_GRANT, { id: recorded.id, outcome: 'UPHELD' });
      expect(own.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const other = await as<{ reviewConsentGrant: ConsentGrantView }>('ra.head', REVIEW_GRANT, { id: recorded.id, outcome: 'UPHELD' });
      expect(other.data!.reviewConsentGrant).toMatchObject({ reviewOutcome: 'UPHELD', active: true });
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

    it('answers an agency that holds only a consent grant, with no relationship, like an unknown person: a grant extends a link, it is none', async () => {
      const { personId, reference } = await identifiedPerson();
      await referTo(personId, reference, 'shelter-a');
      // A grant to every SHELTER_STATE agency: shelter-b is of that type but has nothing to do with the person.
      const typeGrant = await as('ra.officer', GRANT, {
        input: { ...grantInput(personId, { purpose: 'HEALTH_CARE', categories: ['HEALTH'] }), granteeAgencyId: null, granteeAgencyType: 'SHELTER_STATE' },
      });
      expect(typeGrant.errors).toBeUndefined();
      const unrelated = await subgraph.get(`/internal/access-facts/${personId}`, await subgraph.tokenFor('cm.shelter-b'));
      const unknown = await subgraph.get(`/internal/access-facts/${randomUUID()}`, await subgraph.tokenFor('cm.shelter-b'));
      expect(unrelated.status).toBe(404);
      expect(unrelated.text).toBe(unknown.text);
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
