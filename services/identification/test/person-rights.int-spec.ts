import { randomInt, randomUUID } from 'node:crypto';
import { verifyChain } from '@nrm/audit';
import { type EventEnvelope, type EventPayloads, type EventType } from '@nrm/events';
import { type BuiltService, freePorts, internalUrlVariable, startBuiltService, type SubgraphResult, type SubgraphUnderTest } from '@nrm/testing';
import { Client } from 'pg';
import { startIdentification } from './identification-harness';
import { exportPartToken } from '../src/person-rights/export-part-token';

jest.setTimeout(60_000);

const ALL_CATEGORIES = ['SUMMARY', 'IDENTITY', 'CONTACT_LOCATION', 'TRAFFICKING_EXPERIENCE', 'HEALTH', 'PSYCHOSOCIAL', 'LEGAL', 'FAMILY', 'EDUCATION_EMPLOYMENT'];

const SUBMIT = `mutation Submit($input: SubmitInitialIdentificationInput!) { submitInitialIdentification(input: $input) { person { id reference } } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const WITHDRAW = `mutation Withdraw($id: ID!, $reason: String) { withdrawConsent(id: $id, reason: $reason) { id } }`;
const LINK = `mutation Link($input: LinkDuplicatePersonsInput!) { linkDuplicatePersons(input: $input) { aliasPersonId canonicalPersonId } }`;
const OVERRIDE = `mutation Override($input: GrantLegalBasisOverrideInput!) { grantLegalBasisOverride(input: $input) { id } }`;
const PERSON = `query Person($id: ID!) {
  person(id: $id) { id erasedAt summary { sex ageBand isChild citizenshipGroup } identity { givenName familyName dateOfBirth estimatedAge citizenship } }
}`;
const EXPORT = `query Export($personId: ID!, $requestReference: String!) {
  exportPersonData(personId: $personId, requestReference: $requestReference) {
    personId reference requestReference generatedAt auditEntryId document sources { service included note } rendering { language mediaType content }
  }
}`;
const RECORD_REQUEST = `mutation Record($input: RecordSubjectAccessRequestInput!) {
  recordSubjectAccessRequest(input: $input) { id personId requestReference requestedBy identityCheck receivedAt language recordedByAgencyId recordedAt fulfilledAt }
}`;
const SET_HOLD = `mutation Hold($personId: ID!, $reasonCode: String!) {
  setLegalHold(personId: $personId, reasonCode: $reasonCode) { id personId reasonCode setByAgencyId setAt releasedAt releasedByAgencyId }
}`;
const RELEASE_HOLD = `mutation Release($personId: ID!) { releaseLegalHold(personId: $personId) { id releasedAt releasedByAgencyId } }`;
const ERASE = `mutation Erase($personId: ID!, $requestReference: String!) {
  erasePersonData(personId: $personId, requestReference: $requestReference) { personId reference erasedAt requestReference consentsWithdrawn erasedNow }
}`;

interface ExportView {
  exportPersonData: {
    personId: string;
    reference: string;
    requestReference: string;
    rendering: { language: string; mediaType: string; content: string };
    generatedAt: string;
    auditEntryId: string;
    document: {
      formatVersion: number;
      personId: string;
      sources: Array<{ service: string; included: boolean }>;
      referral: { person: Record<string, unknown> | null; referrals: Array<Record<string, unknown>> };
      shelters: { cases: Array<Record<string, unknown>>; needsAssessments: Array<Record<string, unknown>>; auditTrail: Array<Record<string, unknown>> };
      'formal-identification': { formalIdentifications: Array<Record<string, unknown>> };
      notifications: { notifications: Array<Record<string, unknown>> };
      identification: {
        person: Record<string, unknown>;
        erasure: Record<string, unknown> | null;
        initialIdentifications: Array<Record<string, unknown>>;
        consentGrants: Array<Record<string, unknown>>;
        legalBasisOverrides: Array<Record<string, unknown>>;
        relationships: Array<Record<string, unknown>>;
        legalHolds: Array<Record<string, unknown>>;
        subjectAccessRequests: Array<Record<string, unknown>>;
        auditTrail: Array<Record<string, unknown>>;
      };
    };
    sources: Array<{ service: string; included: boolean; note: string | null }>;
  };
}
interface RequestView {
  recordSubjectAccessRequest: {
    id: string;
    personId: string;
    requestReference: string;
    requestedBy: string;
    identityCheck: string;
    receivedAt: string;
    language: string;
    recordedByAgencyId: string;
    fulfilledAt: string | null;
  };
}
interface ErasureView {
  erasePersonData: { personId: string; reference: string; erasedAt: string; requestReference: string; consentsWithdrawn: number; erasedNow: boolean };
}
interface HoldView {
  setLegalHold: { id: string; personId: string; reasonCode: string; setByAgencyId: string; releasedAt: string | null };
}
interface PersonView {
  person: {
    erasedAt: string | null;
    summary: { sex: string; ageBand: string; isChild: boolean; citizenshipGroup: string };
    identity: { givenName: string | null; familyName: string | null; dateOfBirth: string | null; estimatedAge: number | null; citizenship: string[] } | null;
  } | null;
}

/** The services that hold something about a person, each serving its part of the export. */
const PEERS = ['referral', 'shelters', 'formal-identification', 'notifications'] as const;

let subgraph: SubgraphUnderTest;
/** The other services, built and spawned (two code-first subgraphs cannot share a process), trusting identification's tokens. */
const peers = new Map<(typeof PEERS)[number], BuiltService>();
// The login user, to write the other services' rows as their own consumers would have.
let owner: Client;

beforeAll(async () => {
  const ports = await freePorts(PEERS.length + 1);
  subgraph = await startIdentification(Object.fromEntries(PEERS.map((name, index) => [internalUrlVariable(name), `http://127.0.0.1:${ports[index]}`])));
  // The other services call identification back to claim their parts of an export: it listens, as in production.
  const identificationUrl = `http://127.0.0.1:${ports[PEERS.length]}`;
  await subgraph.app.listen(ports[PEERS.length]!, '127.0.0.1');
  await Promise.all(
    PEERS.map(async (name, index) =>
      peers.set(name, await startBuiltService(name, { port: ports[index]!, issuer: subgraph.issuer, env: { IDENTIFICATION_INTERNAL_URL: identificationUrl } })),
    ),
  );
  owner = new Client({ connectionString: process.env['DATABASE_URL'] });
  await owner.connect();
}, 120_000);

afterAll(async () => {
  await owner?.end();
  await Promise.all([...peers.values()].map((peer) => peer.stop()));
  await subgraph?.close();
});

async function as<T>(username: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<SubgraphResult<T>> {
  return subgraph.graphql<T>(query, variables, await subgraph.tokenFor(username), headers);
}

/** Letters only, unique per person, so a search of every table for it cannot hit another test's person. */
function uniqueName(prefix: string): string {
  return prefix + Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

interface Identified {
  personId: string;
  reference: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
}

/** A foreign adult woman identified by the Tirana police, with a unique name. */
async function identifiedPerson(): Promise<Identified> {
  const givenName = uniqueName('Gn');
  const familyName = uniqueName('Fn');
  const dateOfBirth = `19${70 + randomInt(25)}-0${1 + randomInt(9)}-1${randomInt(10)}`;
  const result = await as<{ submitInitialIdentification: { person: { id: string; reference: string } } }>('police.tirana', SUBMIT, {
    input: {
      clientRequestId: `req-${randomUUID()}`,
      person: { givenName, familyName, dateOfBirth, sex: 'FEMALE', citizenship: ['MD'], languages: ['ro'] },
      venue: 'INLAND',
      region: 'TIRANA',
      indicatorCodes: ['A01_RECRUITMENT_DECEPTIVE_OFFER', 'B01_THREAT_TO_PERSON', 'C01_SEXUAL_EXPLOITATION'],
      exploitationTypes: ['SEXUAL'],
      interview: { consentToInterview: true, language: 'ro', interpreterUsed: true },
      immediateNeeds: ['SAFE_ACCOMMODATION', 'MEDICAL'],
    },
  });
  expect(result.errors).toBeUndefined();
  const { id, reference } = result.data!.submitInitialIdentification.person;
  return { personId: id, reference, givenName, familyName, dateOfBirth };
}

/** A referral of the person to shelter-a, accepted, as the referral service reports it (through the inbox). */
async function acceptedReferral(personId: string, reference: string): Promise<void> {
  const referralId = randomUUID();
  await deliver('referral.created', { referralId, personId, reference, providerAgencyId: 'shelter-a', urgent: false });
  await deliver('referral.accepted', { referralId, personId, reference, providerAgencyId: 'shelter-a' });
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
  await expect(subgraph.consumer!.handle(event)).resolves.toBe('processed');
}

/**
 * What the other services hold about the person, written into their schemas as their own consumers and use cases
 * would have: a declined referral, a shelter case with a needs assessment, a formal identification request, and the
 * RA's notification of the identification.
 */
async function othersHold(person: Identified): Promise<{ referralId: string; caseId: string; formalIdentificationId: string; notificationId: string }> {
  const [providerId, referralId, caseId, formalIdentificationId, notificationId] = Array.from({ length: 5 }, () => randomUUID());
  const providerAgency = `export-test-${providerId!.slice(0, 8)}`;
  await owner.query(
    `INSERT INTO referral.service_provider (id, agency_id, agency_type, name, authorised, places_total, places_free, region)
     VALUES ($1, $2, 'SHELTER_NGO', 'Export test shelter', true, 1, 1, 'TIRANA')`,
    [providerId, providerAgency],
  );
  await owner.query(
    `INSERT INTO referral.person_ref (person_id, reference, is_child, sex, is_foreign, accompanying_children, region, recording_agency_id, source_occurred_at)
     VALUES ($1, $2, false, 'FEMALE', true, false, 'TIRANA', 'police-tirana', now())`,
    [person.personId, person.reference],
  );
  await owner.query(
    `INSERT INTO referral.referral (id, person_id, reference, provider_id, provider_agency_id, status, created_by, created_by_agency_id, responded_at,
       responded_by, decline_reason)
     VALUES ($1, $2, $3, $4, $5, 'DECLINED', 'ra-officer-sub', 'responsible-authority', now(), 'cm-sub', 'no place for this need')`,
    [referralId, person.personId, person.reference, providerId, providerAgency],
  );
  await owner.query(
    `INSERT INTO shelters.shelter_case (id, person_id, reference, referral_id, provider_agency_id, status, phase, admitted_at)
     VALUES ($1, $2, $3, $4, 'shelter-a', 'ACTIVE', 'CRISIS_INTERVENTION', now())`,
    [caseId, person.personId, person.reference, randomUUID()],
  );
  await owner.query(
    `INSERT INTO shelters.needs_assessment (id, case_id, person_id, agency_id, area, summary, notes, recorded_by)
     VALUES ($1, $2, $3, 'shelter-a', 'PSYCHOSOCIAL', 'SATISFACTORY', 'sleeps better', 'cm-sub')`,
    [randomUUID(), caseId, person.personId],
  );
  await owner.query(
    `INSERT INTO formal_identification.formal_identification (id, person_id, status, requested_by_agency_id, requested_by)
     VALUES ($1, $2, 'REQUESTED', 'responsible-authority', 'ra-user')`,
    [formalIdentificationId, person.personId],
  );
  await owner.query(
    `INSERT INTO notifications.notification (id, kind, subject_ref, subject_id, audience_agency_id, audience_roles, source_event_id)
     VALUES ($1, 'NEW_IDENTIFICATION', $2, $3, 'responsible-authority', '{ra_officer,ra_head}', $4)`,
    [notificationId, person.reference, randomUUID(), randomUUID()],
  );
  return { referralId: referralId!, caseId: caseId!, formalIdentificationId: formalIdentificationId!, notificationId: notificationId! };
}

let requestCounter = 0;

/** A subject access request of the person, recorded by the RA as received from the person an hour ago. */
async function recordedRequest(personId: string, input: Record<string, unknown> = {}): Promise<RequestView['recordSubjectAccessRequest']> {
  requestCounter += 1;
  const result = await as<RequestView>('ra.officer', RECORD_REQUEST, {
    input: {
      personId,
      requestReference: `SAR-${randomUUID().slice(0, 8)}-${requestCounter}`,
      requestedBy: 'PERSON',
      identityCheck: 'IDENTITY_DOCUMENT_SEEN',
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      ...input,
    },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.recordSubjectAccessRequest;
}

/** The ra_head's export of the person on a freshly recorded request. */
async function exported(personId: string): Promise<SubgraphResult<ExportView>> {
  const request = await recordedRequest(personId);
  return as<ExportView>('ra.head', EXPORT, { personId, requestReference: request.requestReference });
}

/** A GET of another service's part of the export, straight to the service, as an insider with a token would try. */
async function partDirectly(service: (typeof PEERS)[number], personId: string, username: string, exportRequest?: string): Promise<{ status: number; text: string }> {
  const query = exportRequest ? `?exportRequest=${exportRequest}` : '';
  const response = await fetch(`${peers.get(service)!.baseUrl}/internal/person-export/${personId}${query}`, {
    headers: { authorization: `Bearer ${await subgraph.tokenFor(username)}` },
  });
  return { status: response.status, text: await response.text() };
}

async function grantIdentity(personId: string): Promise<string> {
  const result = await as<{ grantConsent: { id: string } }>('ra.officer', GRANT, {
    input: { personId, granteeAgencyId: 'shelter-a', purpose: 'REFERRAL_ASSISTANCE', categories: ['IDENTITY'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0001' },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.grantConsent.id;
}

async function auditEntries(personId: string, action: string): Promise<Array<Record<string, unknown>>> {
  return subgraph.dataSource.query(
    `SELECT id, action, basis, decision, purpose, reason, categories, actor_agency_id, permission_id FROM identification.audit_entry
      WHERE person_id = $1 AND action = $2 ORDER BY seq`,
    [personId, action],
  );
}

/** Every row of every table of the identification schema whose JSON rendering contains `needle`, by table. */
async function rowsContaining(needle: string): Promise<Record<string, number>> {
  const tables: Array<{ table_name: string }> = await subgraph.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'identification' AND table_type = 'BASE TABLE'`,
  );
  expect(tables.length).toBeGreaterThan(8);
  const found: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const [row] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification."${table}" t WHERE strpos(to_jsonb(t)::text, $1) > 0`, [needle]);
    if (row.n > 0) found[table] = row.n;
  }
  return found;
}

const codeOf = (result: SubgraphResult<unknown>) => result.errors?.[0]?.extensions.code;

describe('person rights (real PostgreSQL, Redis and signed tokens)', () => {
  describe('exportPersonData', () => {
    it('returns everything identification holds about the person, with their audit history, and lists every service as included', async () => {
      const person = await identifiedPerson();
      await acceptedReferral(person.personId, person.reference);
      const active = await grantIdentity(person.personId);
      const withdrawn = await grantIdentity(person.personId);
      await as('ra.officer', WITHDRAW, { id: withdrawn, reason: 'asked in interview' });
      // A read by the shelter under the active grant: the export must show who saw what.
      const read = await as<PersonView>('cm.shelter-a', PERSON, { id: person.personId });
      expect(read.data!.person!.identity!.givenName).toBe(person.givenName);

      const request = await recordedRequest(person.personId);
      const result = await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference: request.requestReference });
      expect(result.errors).toBeUndefined();
      const exported = result.data!.exportPersonData;
      expect(exported).toMatchObject({ personId: person.personId, reference: person.reference, requestReference: request.requestReference });
      const { identification } = exported.document;
      expect(exported.document).toMatchObject({ formatVersion: 3, personId: person.personId, requestReference: request.requestReference });
      // The request it fulfils is part of what is held about the person, fulfilled by this export.
      expect(identification.subjectAccessRequests).toEqual([
        expect.objectContaining({ id: request.id, request_reference: request.requestReference, requester: 'PERSON', identity_check: 'IDENTITY_DOCUMENT_SEEN' }),
      ]);
      expect(identification.subjectAccessRequests[0]!['fulfilled_at']).not.toBeNull();
      expect(identification.person).toMatchObject({
        id: person.personId,
        given_name: person.givenName,
        family_name: person.familyName,
        date_of_birth: person.dateOfBirth,
        citizenship: ['MD'],
        languages: ['ro'],
        erased_at: null,
      });
      expect(identification.initialIdentifications).toHaveLength(1);
      expect(identification.initialIdentifications[0]).toMatchObject({ region: 'TIRANA', exploitation_types: ['SEXUAL'], interview: { language: 'ro' } });
      expect(identification.consentGrants.map((grant) => [grant['id'], grant['withdrawn_at'] === null])).toEqual([
        [active, true],
        [withdrawn, false],
      ]);
      expect(identification.relationships.map((link) => link['relationship'])).toEqual(['PENDING_REFERRAL', 'ACCEPTED_REFERRAL']);
      expect(identification.legalHolds).toEqual([]);
      expect(identification.erasure).toBeNull();
      // Who saw what: the shelter's consent-based read is in the trail, by agency and role.
      expect(identification.auditTrail).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'READ', actor_agency_id: 'shelter-a', basis: 'CONSENT', decision: 'ALLOWED', permission_id: active }),
          expect.objectContaining({ action: 'CONSENT_WITHDRAWN', actor_agency_id: 'responsible-authority', permission_id: withdrawn, grantee_agency_id: 'shelter-a' }),
        ]),
      );
      // Staff members' account ids and usernames stay out of a document the person carries away.
      const text = JSON.stringify(exported.document);
      for (const key of ['submitted_by', 'recorded_by', 'actor_subject', 'actor_username', 'input_hash', 'export_token', 'export_started_by', 'fulfilled_by']) {
        expect(text).not.toContain(`"${key}"`);
      }

      expect(exported.sources).toEqual(['identification', ...PEERS].map((service) => ({ service, included: true, note: null })));
      expect(exported.document.sources).toEqual(exported.sources);
    });

    it('is itself audited as a SUBJECT_ACCESS_DISCLOSURE of every category naming the request, and the recording as a WRITE', async () => {
      const person = await identifiedPerson();
      const request = await recordedRequest(person.personId);
      const result = await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference: request.requestReference });
      expect(result.errors).toBeUndefined();
      const entries = await auditEntries(person.personId, 'SUBJECT_ACCESS_DISCLOSURE');
      expect(entries).toEqual([
        {
          id: result.data!.exportPersonData.auditEntryId,
          action: 'SUBJECT_ACCESS_DISCLOSURE',
          basis: 'LEGAL_MANDATE',
          decision: 'ALLOWED',
          purpose: 'SUBJECT_ACCESS_REQUEST',
          reason: null,
          categories: ALL_CATEGORIES,
          actor_agency_id: 'responsible-authority',
          permission_id: request.id,
        },
      ]);
      expect(await auditEntries(person.personId, 'EXPORT')).toEqual([]);
      expect((await auditEntries(person.personId, 'WRITE')).map((entry) => [entry['purpose'], entry['permission_id'], entry['decision']])).toEqual([
        ['SUBJECT_ACCESS_REQUEST', request.id, 'ALLOWED'],
      ]);
    });

    it('needs a recorded request of that person: NOT_FOUND without one or with another person\'s reference; a fulfilled reference is CONFLICT', async () => {
      const person = await identifiedPerson();
      const other = await identifiedPerson();
      await othersHold(person);
      const othersRequest = await recordedRequest(other.personId);
      for (const requestReference of ['SAR-NEVER-RECORDED', othersRequest.requestReference]) {
        const refused = await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference });
        expect(refused.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', fields: ['requestReference'] });
        expect(refused.text).not.toContain(person.givenName);
      }
      const request = await recordedRequest(person.personId);
      const first = await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference: request.requestReference });
      expect(first.errors).toBeUndefined();
      const replay = await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference: request.requestReference });
      expect(replay.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', fields: ['requestReference'] });
      expect(replay.data).toBeNull();
      expect(replay.text).not.toContain(person.givenName);
      expect(replay.text).not.toContain('sleeps better');
      expect((await auditEntries(person.personId, 'SUBJECT_ACCESS_DISCLOSURE')).map((entry) => entry['decision'])).toEqual(['ALLOWED']);
    });

    it("renders the document for the person, labelled in their language (English for a Romanian speaker unless asked for Albanian), and keeps no copy", async () => {
      const person = await identifiedPerson();
      await othersHold(person);
      const english = await recordedRequest(person.personId);
      expect(english.language).toBe('EN');
      const inEnglish = await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference: english.requestReference });
      expect(inEnglish.errors).toBeUndefined();
      const { rendering } = inEnglish.data!.exportPersonData;
      expect(rendering).toMatchObject({ language: 'EN', mediaType: 'text/html; charset=utf-8' });
      for (const text of ['<html lang="en">', 'Your data in the National Referral Mechanism (NRM)', english.requestReference, person.givenName, 'Needs assessments', 'sleeps better']) {
        expect(rendering.content).toContain(text);
      }

      const albanian = await recordedRequest(person.personId, { language: 'SQ' });
      const inAlbanian = await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference: albanian.requestReference });
      expect(inAlbanian.errors).toBeUndefined();
      expect(inAlbanian.data!.exportPersonData.rendering.language).toBe('SQ');
      for (const text of ['<html lang="sq">', 'Të dhënat tuaja në Mekanizmin Kombëtar të Referimit (MKR)', 'Vlerësimet e nevojave', 'Shënime', person.familyName]) {
        expect(inAlbanian.data!.exportPersonData.rendering.content).toContain(text);
      }
      // Handed over, not kept: no row of identification holds the rendering or the document.
      expect(await rowsContaining('National Referral Mechanism')).toEqual({});
      expect(await rowsContaining('Mekanizmin Kombëtar')).toEqual({});
      expect(await rowsContaining('sleeps better')).toEqual({});
    });

    it('takes the language from the interview when the person speaks Albanian', async () => {
      const person = await identifiedPerson();
      await subgraph.dataSource.query(`UPDATE identification.initial_identification SET interview = interview || '{"language": "sq"}' WHERE person_id = $1`, [
        person.personId,
      ]);
      expect((await recordedRequest(person.personId)).language).toBe('SQ');
    });

    it("answers each other service's part only to identification's export request: an ra_head token alone, an unknown id or a replayed one is FORBIDDEN", async () => {
      const person = await identifiedPerson();
      await othersHold(person);
      const request = await recordedRequest(person.personId);
      const result = await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference: request.requestReference });
      expect(result.errors).toBeUndefined();
      const [{ export_token: usedToken }] = await subgraph.dataSource.query(`SELECT export_token FROM identification.subject_access_request WHERE id = $1`, [request.id]);
      expect(usedToken).toEqual(expect.any(String));

      for (const service of PEERS) {
        for (const [username, exportRequest] of [
          ['ra.head', undefined],
          ['ra.head', randomUUID()],
          ['ra.head', usedToken],
          ['ra.officer', usedToken],
        ] as const) {
          const direct = await partDirectly(service, person.personId, username, exportRequest);
          expect([service, username, exportRequest === usedToken, direct.status]).toEqual([service, username, exportRequest === usedToken, 403]);
          expect(direct.text).toBe('{"code":"FORBIDDEN"}');
        }
      }
      // identification answered 8 claims (an unknown and a replayed id, per service) and recorded each refusal.
      const refusals = (await auditEntries(person.personId, 'SUBJECT_ACCESS_DISCLOSURE')).filter((entry) => entry['decision'] === 'DENIED');
      expect(refusals.map((entry) => entry['reason'])).toEqual(Array(8).fill('EXPORT_PART_NOT_RELEASED'));
    });

    it('releases a part once per service, for the person and the ra_head of the export, until the export request expires', async () => {
      const person = await identifiedPerson();
      const request = await recordedRequest(person.personId);
      const token = randomUUID();
      const raHead = JSON.parse(Buffer.from((await subgraph.tokenFor('ra.head')).split('.')[1]!, 'base64url').toString()) as { sub: string };
      // An export under way, as exportPersonData starts it (committed before the parts are asked for).
      await subgraph.dataSource.query(
        `UPDATE identification.subject_access_request SET export_token = $2, export_token_expires_at = now() + interval '5 minutes', export_started_by = $3 WHERE id = $1`,
        [request.id, token, raHead.sub],
      );
      const other = await identifiedPerson();
      const partOf = (service: string) => exportPartToken(token, service);
      // The export's own token never leaves identification, and opens nothing.
      expect((await partDirectly('referral', person.personId, 'ra.head', token)).status).toBe(403);
      expect((await partDirectly('referral', other.personId, 'ra.head', partOf('referral'))).status).toBe(403);
      // A service's token is its own: shelters cannot claim its part with the token handed to notifications.
      expect((await partDirectly('shelters', person.personId, 'ra.head', partOf('notifications'))).status).toBe(403);
      expect((await partDirectly('referral', person.personId, 'ra.head', partOf('referral'))).status).toBe(200);
      expect((await partDirectly('referral', person.personId, 'ra.head', partOf('referral'))).status).toBe(403);
      expect((await partDirectly('formal-identification', person.personId, 'ra.head', partOf('formal-identification'))).status).toBe(200);
      await subgraph.dataSource.query(`UPDATE identification.subject_access_request SET export_token_expires_at = now() - interval '1 second' WHERE id = $1`, [request.id]);
      expect((await partDirectly('shelters', person.personId, 'ra.head', partOf('shelters'))).status).toBe(403);
      const released = await subgraph.dataSource.query(`SELECT service FROM identification.subject_access_part_release WHERE export_token = $1 ORDER BY service`, [token]);
      expect(released).toEqual([{ service: 'formal-identification' }, { service: 'referral' }]);
    });

    it('is FORBIDDEN to an RA officer, a shelter, the recording police and the national coordinator: nothing leaves, each attempt audited as DENIED', async () => {
      const person = await identifiedPerson();
      await acceptedReferral(person.personId, person.reference);
      await othersHold(person);
      const request = await recordedRequest(person.personId);
      for (const user of ['ra.officer', 'cm.shelter-a', 'police.tirana', 'coordinator', 'auditor']) {
        const result = await as(user, EXPORT, { personId: person.personId, requestReference: request.requestReference });
        expect(codeOf(result)).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
        expect(result.text).not.toContain(person.givenName);
        expect(result.text).not.toContain('sleeps better');
      }
      const entries = await auditEntries(person.personId, 'SUBJECT_ACCESS_DISCLOSURE');
      expect(entries.map((entry) => [entry['actor_agency_id'], entry['decision'], entry['reason']])).toEqual([
        ['responsible-authority', 'DENIED', 'FORBIDDEN'],
        ['shelter-a', 'DENIED', 'FORBIDDEN'],
        ['police-tirana', 'DENIED', 'FORBIDDEN'],
        [expect.any(String), 'DENIED', 'FORBIDDEN'],
        [expect.any(String), 'DENIED', 'FORBIDDEN'],
      ]);
      // The request is still open for the ra_head, and no service handed out its part.
      const [row] = await subgraph.dataSource.query(`SELECT fulfilled_at, export_token FROM identification.subject_access_request WHERE id = $1`, [request.id]);
      expect(row).toEqual({ fulfilled_at: null, export_token: null });
    });

    it('writes a refusal about an id that names no person without a person, and at most 10 a minute per user', async () => {
      const probes = Array.from({ length: 14 }, () => randomUUID());
      const correlationIds = probes.map(() => randomUUID());
      for (const [index, personId] of probes.entries()) {
        const result = await as('cm.shelter-b', EXPORT, { personId, requestReference: 'SAR-2026-0001' }, { 'x-correlation-id': correlationIds[index]! });
        expect(codeOf(result)).toBe('FORBIDDEN');
      }
      const rows = await subgraph.dataSource.query(`SELECT person_id, decision, action FROM identification.audit_entry WHERE correlation_id = ANY($1)`, [correlationIds]);
      expect(rows).toHaveLength(10);
      expect(rows.every((row: { person_id: string | null; decision: string; action: string }) => row.person_id === null && row.decision === 'DENIED' && row.action === 'SUBJECT_ACCESS_DISCLOSURE')).toBe(true);
      expect(await subgraph.dataSource.query(`SELECT 1 FROM identification.audit_entry WHERE person_id = ANY($1)`, [probes])).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown person and BAD_USER_INPUT for a malformed id or request reference', async () => {
      expect(codeOf(await as('ra.head', EXPORT, { personId: randomUUID(), requestReference: 'SAR-2026-0001' }))).toBe('NOT_FOUND');
      expect(codeOf(await as('ra.head', EXPORT, { personId: 'not-an-id', requestReference: 'SAR-2026-0001' }))).toBe('BAD_USER_INPUT');
      const person = await identifiedPerson();
      const named = await as('ra.head', EXPORT, { personId: person.personId, requestReference: 'Letter from Ms X' });
      expect(named.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['requestReference'] });
    });

    it("assembles every other service's part under its name: referrals, shelter cases and records, formal identifications, notifications", async () => {
      const person = await identifiedPerson();
      const rows = await othersHold(person);

      const request = await recordedRequest(person.personId);
      const result = await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference: request.requestReference });
      expect(result.errors).toBeUndefined();
      const { document } = result.data!.exportPersonData;
      expect(document.referral.person).toMatchObject({ person_id: person.personId, reference: person.reference });
      expect(document.referral.referrals).toEqual([
        expect.objectContaining({ id: rows.referralId, status: 'DECLINED', decline_reason: 'no place for this need', provider_name: 'Export test shelter' }),
      ]);
      expect(document.shelters.cases).toEqual([expect.objectContaining({ id: rows.caseId, provider_agency_id: 'shelter-a', status: 'ACTIVE' })]);
      expect(document.shelters.needsAssessments).toEqual([expect.objectContaining({ area: 'PSYCHOSOCIAL', summary: 'SATISFACTORY', notes: 'sleeps better' })]);
      expect(document['formal-identification'].formalIdentifications).toEqual([expect.objectContaining({ id: rows.formalIdentificationId, status: 'REQUESTED' })]);
      expect(document.notifications.notifications).toEqual([expect.objectContaining({ id: rows.notificationId, kind: 'NEW_IDENTIFICATION', subject_ref: person.reference })]);
      // Staff accounts stay out of every part, as out of identification's.
      const text = JSON.stringify(document);
      for (const key of ['created_by', 'responded_by', 'recorded_by', 'requested_by', 'police_member_id', 'actor_username', 'actor_subject']) {
        expect(text).not.toContain(`"${key}"`);
      }
      // The shelters service records its part of the disclosure in its own chain, naming the request; identification the whole.
      const { rows: sheltersExports } = await owner.query(
        `SELECT actor_username, purpose, permission_id FROM shelters.audit_entry WHERE person_id = $1 AND action = 'SUBJECT_ACCESS_DISCLOSURE'`,
        [person.personId],
      );
      expect(sheltersExports).toEqual([{ actor_username: 'ra.head', purpose: 'SUBJECT_ACCESS_REQUEST', permission_id: request.id }]);
      expect(await auditEntries(person.personId, 'SUBJECT_ACCESS_DISCLOSURE')).toHaveLength(1);
    });
  });

  describe('exportPersonData of linked records', () => {
    it("includes the alias record's data in the canonical person's export: identification's rows, the link, formal identification's rows", async () => {
      const canonical = await identifiedPerson();
      const alias = await identifiedPerson();
      const aliasGrant = await grantIdentity(alias.personId);
      const linked = await as('ra.head', LINK, { input: { personId: alias.personId, duplicateOfPersonId: canonical.personId, reason: 'Same person: the RA checked the identity document copy' } });
      expect(linked.errors).toBeUndefined();
      // The other services hold rows made under the alias and have projected the link, as their consumers would.
      const held = await othersHold(alias);
      const formalIdentificationId = held.formalIdentificationId;
      for (const schema of ['referral', 'shelters', 'formal_identification']) {
        await owner.query(`INSERT INTO ${schema}.person_alias (alias_id, canonical_id, linked_at) VALUES ($1, $2, now())`, [alias.personId, canonical.personId]);
      }

      const result = await exported(canonical.personId);
      expect(result.errors).toBeUndefined();
      const { document, rendering } = result.data!.exportPersonData;
      const identification = document.identification as ExportView['exportPersonData']['document']['identification'] & {
        linkedRecords: Array<Record<string, unknown>>;
        aliasRecords: Array<{ person: Record<string, unknown>; initialIdentifications: unknown[]; consentGrants: Array<Record<string, unknown>> }>;
      };
      expect(identification.person['id']).toBe(canonical.personId);
      expect(identification.linkedRecords).toEqual([
        { alias_id: alias.personId, canonical_id: canonical.personId, linked_at: expect.any(String), linked_by_agency_id: 'responsible-authority' },
      ]);
      expect(identification.aliasRecords).toHaveLength(1);
      expect(identification.aliasRecords[0]!.person).toMatchObject({ id: alias.personId, given_name: alias.givenName, family_name: alias.familyName });
      expect(identification.aliasRecords[0]!.initialIdentifications).toHaveLength(1);
      expect(identification.aliasRecords[0]!.consentGrants.map((grant) => grant['id'])).toEqual([aliasGrant]);
      // The RA's account and the link's written reason stay out.
      expect(JSON.stringify(identification.linkedRecords)).not.toContain('identity document copy');
      expect(document['formal-identification'].formalIdentifications.map((row) => [row['id'], row['person_id']])).toEqual([[formalIdentificationId, alias.personId]]);
      expect(document.referral.referrals.map((row) => [row['id'], row['person_id']])).toEqual([[held.referralId, alias.personId]]);
      expect(document.shelters.cases.map((row) => [row['id'], row['person_id']])).toEqual([[held.caseId, alias.personId]]);
      expect(document.shelters.needsAssessments.map((row) => row['person_id'])).toEqual([alias.personId]);
      expect(rendering.content).toContain(alias.familyName);
      expect(rendering.content).toContain('Records linked to this person');

      // The alias's own export is its own record, naming the link but not carrying the canonical person's data.
      const ofAlias = await exported(alias.personId);
      expect(ofAlias.errors).toBeUndefined();
      const aliasDocument = ofAlias.data!.exportPersonData.document.identification as unknown as { aliasRecords: unknown[]; linkedRecords: unknown[] };
      expect(aliasDocument.aliasRecords).toEqual([]);
      expect(aliasDocument.linkedRecords).toHaveLength(1);
      expect(JSON.stringify(ofAlias.data!.exportPersonData.document)).not.toContain(canonical.familyName);
    });
  });

  describe('recordSubjectAccessRequest', () => {
    it('records who asked, when, how their identity was checked and the language, by the RA only', async () => {
      const person = await identifiedPerson();
      const receivedAt = new Date(Date.now() - 86_400_000).toISOString();
      const request = await recordedRequest(person.personId, {
        requestedBy: 'LEGAL_REPRESENTATIVE',
        identityCheck: 'LEGAL_REPRESENTATIVE_MANDATE_SEEN',
        receivedAt,
      });
      expect(request).toMatchObject({
        personId: person.personId,
        requestedBy: 'LEGAL_REPRESENTATIVE',
        identityCheck: 'LEGAL_REPRESENTATIVE_MANDATE_SEEN',
        receivedAt,
        language: 'EN',
        recordedByAgencyId: 'responsible-authority',
        fulfilledAt: null,
      });
      for (const user of ['cm.shelter-a', 'police.tirana', 'auditor']) {
        const refused = await as(user, RECORD_REQUEST, {
          input: { personId: person.personId, requestReference: `SAR-${randomUUID().slice(0, 8)}`, requestedBy: 'PERSON', identityCheck: 'KNOWN_TO_STAFF', receivedAt },
        });
        expect(codeOf(refused)).toBe('FORBIDDEN');
      }
    });

    it('refuses an identity check that does not fit the requester, a date in the future, a taken reference and an unknown person', async () => {
      const person = await identifiedPerson();
      const taken = await recordedRequest(person.personId);
      const base = { personId: person.personId, requestedBy: 'PERSON', identityCheck: 'IDENTITY_DOCUMENT_SEEN', receivedAt: new Date().toISOString() };
      const cases: Array<[Record<string, unknown>, Record<string, unknown>]> = [
        [{ requestedBy: 'LEGAL_REPRESENTATIVE' }, { code: 'BAD_USER_INPUT', fields: ['input.identityCheck'] }],
        [{ identityCheck: 'LEGAL_REPRESENTATIVE_MANDATE_SEEN' }, { code: 'BAD_USER_INPUT', fields: ['input.identityCheck'] }],
        [{ receivedAt: new Date(Date.now() + 86_400_000).toISOString() }, { code: 'BAD_USER_INPUT', fields: ['input.receivedAt'] }],
        [{ requestReference: taken.requestReference }, { code: 'CONFLICT', fields: ['input.requestReference'] }],
        [{ personId: randomUUID() }, { code: 'NOT_FOUND', fields: ['input.personId'] }],
        [{ requestReference: 'Letter from Ms X' }, { code: 'BAD_USER_INPUT', fields: ['input.requestReference'] }],
      ];
      for (const [override, extensions] of cases) {
        const result = await as('ra.head', RECORD_REQUEST, { input: { ...base, requestReference: `SAR-${randomUUID().slice(0, 8)}`, ...override } });
        expect([override, result.errors?.[0]?.extensions]).toEqual([override, extensions]);
      }
      const [row] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.subject_access_request WHERE person_id = $1`, [person.personId]);
      expect(row.n).toBe(1);
    });

    it('cannot be deleted, rewritten, or changed once fulfilled, in the database', async () => {
      const person = await identifiedPerson();
      const request = await recordedRequest(person.personId);
      await expect(subgraph.dataSource.query(`DELETE FROM identification.subject_access_request WHERE id = $1`, [request.id])).rejects.toThrow(/never deleted/);
      await expect(subgraph.dataSource.query(`UPDATE identification.subject_access_request SET requester = 'LEGAL_REPRESENTATIVE' WHERE id = $1`, [request.id])).rejects.toThrow(
        /fulfilled once/,
      );
      expect((await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference: request.requestReference })).errors).toBeUndefined();
      await expect(
        subgraph.dataSource.query(`UPDATE identification.subject_access_request SET fulfilled_at = NULL, fulfilled_by = NULL, fulfilled_by_agency_id = NULL WHERE id = $1`, [request.id]),
      ).rejects.toThrow(/fulfilled once/);
    });
  });

  describe('legal hold', () => {
    it('is FORBIDDEN to everyone but the ra_head, and writes nothing', async () => {
      const person = await identifiedPerson();
      for (const user of ['ra.officer', 'police.tirana', 'cm.shelter-a', 'auditor']) {
        expect(codeOf(await as(user, SET_HOLD, { personId: person.personId, reasonCode: 'CRIMINAL_PROCEEDINGS' }))).toBe('FORBIDDEN');
      }
      const [row] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.legal_hold WHERE person_id = $1`, [person.personId]);
      expect(row.n).toBe(0);
      const entries = await auditEntries(person.personId, 'WRITE');
      expect(entries.map((entry) => [entry['decision'], entry['reason']])).toEqual(Array(4).fill(['DENIED', 'FORBIDDEN']));
    });

    it('is set and released by the ra_head, each change audited as WRITE for LEGAL_HOLD; setting twice keeps one hold', async () => {
      const person = await identifiedPerson();
      const set = await as<HoldView>('ra.head', SET_HOLD, { personId: person.personId, reasonCode: 'CRIMINAL_PROCEEDINGS' });
      expect(set.errors).toBeUndefined();
      expect(set.data!.setLegalHold).toMatchObject({ personId: person.personId, reasonCode: 'CRIMINAL_PROCEEDINGS', setByAgencyId: 'responsible-authority', releasedAt: null });
      const again = await as<HoldView>('ra.head', SET_HOLD, { personId: person.personId, reasonCode: 'CRIMINAL_PROCEEDINGS' });
      expect(again.data!.setLegalHold.id).toBe(set.data!.setLegalHold.id);

      const released = await as<{ releaseLegalHold: { id: string; releasedAt: string | null } }>('ra.head', RELEASE_HOLD, { personId: person.personId });
      expect(released.errors).toBeUndefined();
      expect(released.data!.releaseLegalHold.releasedAt).not.toBeNull();
      expect(codeOf(await as('ra.head', RELEASE_HOLD, { personId: person.personId }))).toBe('NOT_FOUND');

      const entries = await auditEntries(person.personId, 'WRITE');
      expect(entries.map((entry) => [entry['purpose'], entry['basis'], entry['permission_id']])).toEqual([
        ['LEGAL_HOLD', 'LEGAL_MANDATE', set.data!.setLegalHold.id],
        ['LEGAL_HOLD', 'LEGAL_MANDATE', set.data!.setLegalHold.id],
      ]);
    });

    it('takes a code, never free text, as its reason', async () => {
      const person = await identifiedPerson();
      const result = await as('ra.head', SET_HOLD, { personId: person.personId, reasonCode: 'Case against her trafficker' });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['reasonCode'] });
    });

    it('takes only a code of the enumeration that legalHoldReasonCodes lists, refusing any other code', async () => {
      const person = await identifiedPerson();
      const listed = await as<{ legalHoldReasonCodes: Array<{ code: string; label: string }> }>('ra.head', `{ legalHoldReasonCodes(locale: "sq") { code label } }`, {});
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.legalHoldReasonCodes.map((reason) => reason.code)).toEqual([
        'CRIMINAL_PROCEEDINGS',
        'CRIMINAL_INVESTIGATION',
        'PRESERVATION_ORDER',
        'COMPENSATION_CLAIM',
      ]);
      expect(listed.data!.legalHoldReasonCodes[0]!.label).toBe('Procedim penal në vazhdim');
      const refused = await as('ra.head', SET_HOLD, { personId: person.personId, reasonCode: 'WHATEVER_CODE' });
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['reasonCode'] });
      const [row] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.legal_hold WHERE person_id = $1`, [person.personId]);
      expect(row.n).toBe(0);
      for (const { code } of listed.data!.legalHoldReasonCodes.slice(1, 2)) {
        expect((await as('ra.head', SET_HOLD, { personId: person.personId, reasonCode: code })).errors).toBeUndefined();
      }
    });

    it('cannot be deleted or rewritten in the database', async () => {
      const person = await identifiedPerson();
      const set = await as<HoldView>('ra.head', SET_HOLD, { personId: person.personId, reasonCode: 'CRIMINAL_PROCEEDINGS' });
      const { id } = set.data!.setLegalHold;
      await expect(subgraph.dataSource.query(`DELETE FROM identification.legal_hold WHERE id = $1`, [id])).rejects.toThrow(/never deleted/);
      await expect(subgraph.dataSource.query(`UPDATE identification.legal_hold SET reason_code = 'OTHER' WHERE id = $1`, [id])).rejects.toThrow(
        /only be released/,
      );
    });
  });

  describe('erasePersonData', () => {
    it('is FORBIDDEN to everyone but the ra_head', async () => {
      const person = await identifiedPerson();
      for (const user of ['ra.officer', 'police.tirana', 'cm.shelter-a', 'coordinator']) {
        expect(codeOf(await as(user, ERASE, { personId: person.personId, requestReference: 'SAR-2026-0001' }))).toBe('FORBIDDEN');
      }
      const [row] = await subgraph.dataSource.query(`SELECT given_name FROM identification.person WHERE id = $1`, [person.personId]);
      expect(row.given_name).toBe(person.givenName);
      const entries = await auditEntries(person.personId, 'ERASURE');
      expect(entries.map((entry) => [entry['decision'], entry['reason']])).toEqual(Array(4).fill(['DENIED', 'FORBIDDEN']));
    });

    it('is refused with CONFLICT while a legal hold is in force, the refusal audited, and allowed once it is released', async () => {
      const person = await identifiedPerson();
      await as('ra.head', SET_HOLD, { personId: person.personId, reasonCode: 'CRIMINAL_PROCEEDINGS' });

      const refused = await as('ra.head', ERASE, { personId: person.personId, requestReference: 'SAR-2026-0002' });
      expect(codeOf(refused)).toBe('CONFLICT');
      const [kept] = await subgraph.dataSource.query(`SELECT given_name, erased_at FROM identification.person WHERE id = $1`, [person.personId]);
      expect(kept).toEqual({ given_name: person.givenName, erased_at: null });
      expect((await auditEntries(person.personId, 'ERASURE')).map((entry) => [entry['decision'], entry['reason']])).toEqual([['DENIED', 'LEGAL_HOLD_ACTIVE']]);
      const [events] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.outbox_event WHERE type = 'person.erased' AND aggregate_id = $1`, [
        person.personId,
      ]);
      expect(events.n).toBe(0);

      await as('ra.head', RELEASE_HOLD, { personId: person.personId });
      const erased = await as<ErasureView>('ra.head', ERASE, { personId: person.personId, requestReference: 'SAR-2026-0002' });
      expect(erased.errors).toBeUndefined();
      expect(erased.data!.erasePersonData).toMatchObject({ personId: person.personId, reference: person.reference, requestReference: 'SAR-2026-0002', erasedNow: true });
    });

    it('leaves no name, date of birth or free text about the person in any table, keeps the statistical facts, and keeps the audit chain intact', async () => {
      const person = await identifiedPerson();
      await acceptedReferral(person.personId, person.reference);
      const active = await grantIdentity(person.personId);
      const withdrawn = await grantIdentity(person.personId);
      // Free text written by staff that names the person: erasure must reach it too.
      await as('ra.officer', WITHDRAW, { id: withdrawn, reason: `${person.givenName} asked to stop` });
      const override = await as('ra.head', OVERRIDE, {
        input: { personId: person.personId, granteeAgencyId: 'shelter-a', categories: ['CONTACT_LOCATION'], reason: `Vital interests of ${person.givenName}` },
      });
      expect(override.errors).toBeUndefined();
      await as('cm.shelter-a', PERSON, { id: person.personId });
      const [before] = await subgraph.dataSource.query(
        `SELECT p.sex, p.age_band, p.is_child, p.citizenship_group, p.identification_status, p.recording_agency_id, p.reference,
                i.venue, i.region, i.exploitation_types, i.status, i.meets_threshold, i.submitted_at
           FROM identification.person p JOIN identification.initial_identification i ON i.person_id = p.id WHERE p.id = $1`,
        [person.personId],
      );
      expect(await rowsContaining(person.givenName)).not.toEqual({});

      const result = await as<ErasureView>('ra.head', ERASE, { personId: person.personId, requestReference: 'SAR-2026-0003' });
      expect(result.errors).toBeUndefined();
      expect(result.data!.erasePersonData).toMatchObject({ consentsWithdrawn: 1, erasedNow: true });

      expect(await rowsContaining(person.givenName)).toEqual({});
      expect(await rowsContaining(person.familyName)).toEqual({});
      const [personRow] = await subgraph.dataSource.query(
        `SELECT given_name, family_name, date_of_birth, estimated_age, citizenship, languages, needs, erased_at FROM identification.person WHERE id = $1`,
        [person.personId],
      );
      expect(personRow).toEqual({
        given_name: null,
        family_name: null,
        date_of_birth: null,
        estimated_age: null,
        citizenship: [],
        languages: [],
        needs: [],
        erased_at: expect.any(Date),
      });
      const [identification] = await subgraph.dataSource.query(
        `SELECT indicator_codes, immediate_needs, missing_groups, interview, input_hash FROM identification.initial_identification WHERE person_id = $1`,
        [person.personId],
      );
      expect(identification).toEqual({ indicator_codes: [], immediate_needs: [], missing_groups: [], interview: { consentToInterview: true, erased: true }, input_hash: 'ERASED' });
      // No row anywhere still holds the date of birth next to the person's id.
      const [withBirthDate] = await subgraph.dataSource.query(
        `SELECT count(*)::int AS n FROM identification.person p WHERE p.id = $1 AND strpos(to_jsonb(p)::text, $2) > 0`,
        [person.personId, person.dateOfBirth],
      );
      expect(withBirthDate.n).toBe(0);

      // The aggregate-only facts the statistics count are intact.
      const [after] = await subgraph.dataSource.query(
        `SELECT p.sex, p.age_band, p.is_child, p.citizenship_group, p.identification_status, p.recording_agency_id, p.reference,
                i.venue, i.region, i.exploitation_types, i.status, i.meets_threshold, i.submitted_at
           FROM identification.person p JOIN identification.initial_identification i ON i.person_id = p.id WHERE p.id = $1`,
        [person.personId],
      );
      expect(after).toEqual(before);
      expect(after).toMatchObject({ sex: 'FEMALE', is_child: false, citizenship_group: 'FOREIGN', region: 'TIRANA', exploitation_types: ['SEXUAL'] });

      // The active grant is withdrawn; the ledger keeps who gave what to whom.
      const grants = await subgraph.dataSource.query(`SELECT id, withdrawn_at IS NOT NULL AS withdrawn FROM identification.consent_grant WHERE person_id = $1 ORDER BY recorded_at`, [
        person.personId,
      ]);
      expect(grants).toEqual([
        { id: active, withdrawn: true },
        { id: withdrawn, withdrawn: true },
      ]);

      // The trail is untouched and still verifies; the erasure is its newest entry about the person.
      const verification = await verifyChain(subgraph.dataSource, 'identification');
      expect(verification).toMatchObject({ ok: true, firstBrokenAt: null });
      const erasures = await auditEntries(person.personId, 'ERASURE');
      expect(erasures).toEqual([expect.objectContaining({ decision: 'ALLOWED', basis: 'LEGAL_MANDATE', purpose: 'ERASURE_REQUEST', categories: ALL_CATEGORIES })]);
      // The grant the erasure withdrew names its grantee in the trail, which outlives the redacted ledger.
      const [erasureWithdrawal] = await subgraph.dataSource.query(
        `SELECT grantee_agency_id FROM identification.audit_entry WHERE permission_id = $1 AND action = 'CONSENT_WITHDRAWN'`,
        [active],
      );
      expect(erasureWithdrawal).toEqual({ grantee_agency_id: 'shelter-a' });
      const [reads] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.audit_entry WHERE person_id = $1 AND action = 'READ'`, [
        person.personId,
      ]);
      expect(reads.n).toBeGreaterThan(0);

      // Exactly one person.erased, carrying ids and the reference only; the live grant's withdrawal is announced too.
      const events = await subgraph.dataSource.query(
        `SELECT type, payload FROM identification.outbox_event WHERE (type = 'person.erased' AND aggregate_id = $1) OR (type = 'consent.withdrawn' AND aggregate_id = $2)`,
        [person.personId, active],
      );
      expect(events).toEqual(
        expect.arrayContaining([
          { type: 'person.erased', payload: { personId: person.personId, reference: person.reference } },
          { type: 'consent.withdrawn', payload: { grantId: active, personId: person.personId, reference: person.reference, granteeAgencyId: 'shelter-a', granteeAgencyType: null } },
        ]),
      );
      expect(events).toHaveLength(2);
    });

    it('names the agency type of a grant to every agency of a type in the withdrawal entry it writes', async () => {
      const person = await identifiedPerson();
      const granted = await as<{ grantConsent: { id: string } }>('ra.officer', GRANT, {
        input: {
          personId: person.personId,
          granteeAgencyType: 'SHELTER_STATE',
          purpose: 'REFERRAL_ASSISTANCE',
          categories: ['IDENTITY'],
          givenBy: 'PERSON',
          evidenceReference: 'CF-2026-0009',
        },
      });
      expect(granted.errors).toBeUndefined();
      const typeGrant = granted.data!.grantConsent.id;
      const result = await as<ErasureView>('ra.head', ERASE, { personId: person.personId, requestReference: 'SAR-2026-0009' });
      expect(result.data!.erasePersonData).toMatchObject({ consentsWithdrawn: 1, erasedNow: true });
      const withdrawals = await subgraph.dataSource.query(
        `SELECT grantee_agency_id, grantee_agency_type FROM identification.audit_entry WHERE permission_id = $1 AND action = 'CONSENT_WITHDRAWN'`,
        [typeGrant],
      );
      expect(withdrawals).toEqual([{ grantee_agency_id: null, grantee_agency_type: 'SHELTER_STATE' }]);
      expect(await verifyChain(subgraph.dataSource, 'identification')).toMatchObject({ ok: true, firstBrokenAt: null });
    });

    it('answers identity with nulls and erasedAt afterwards, and a second request changes and emits nothing', async () => {
      const person = await identifiedPerson();
      const before = await as<PersonView>('police.tirana', PERSON, { id: person.personId });
      expect(before.data!.person!.erasedAt).toBeNull();
      const first = await as<ErasureView>('ra.head', ERASE, { personId: person.personId, requestReference: 'SAR-2026-0004' });
      expect(first.errors).toBeUndefined();

      const read = await as<PersonView>('police.tirana', PERSON, { id: person.personId });
      expect(read.errors).toBeUndefined();
      expect(read.data!.person).toMatchObject({
        erasedAt: first.data!.erasePersonData.erasedAt,
        summary: before.data!.person!.summary,
        identity: { givenName: null, familyName: null, dateOfBirth: null, estimatedAge: null, citizenship: [] },
      });
      expect(read.text).not.toContain(person.givenName);

      const second = await as<ErasureView>('ra.head', ERASE, { personId: person.personId, requestReference: 'SAR-2026-9999' });
      expect(second.data!.erasePersonData).toMatchObject({ erasedAt: first.data!.erasePersonData.erasedAt, requestReference: 'SAR-2026-0004', erasedNow: false });
      const [events] = await subgraph.dataSource.query(`SELECT count(*)::int AS n FROM identification.outbox_event WHERE type = 'person.erased' AND aggregate_id = $1`, [
        person.personId,
      ]);
      expect(events.n).toBe(1);
      expect(await auditEntries(person.personId, 'ERASURE')).toHaveLength(1);
      // Nothing left to hold.
      expect(codeOf(await as('ra.head', SET_HOLD, { personId: person.personId, reasonCode: 'CRIMINAL_PROCEEDINGS' }))).toBe('CONFLICT');
    });

    it('names a request reference that is not a code as BAD_USER_INPUT', async () => {
      const person = await identifiedPerson();
      const result = await as('ra.head', ERASE, { personId: person.personId, requestReference: 'Letter from Ms X' });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['requestReference'] });
    });

    it('exports what remains after an erasure, with the erasure record', async () => {
      const person = await identifiedPerson();
      await as('ra.head', ERASE, { personId: person.personId, requestReference: 'SAR-2026-0005' });
      const result = await exported(person.personId);
      expect(result.errors).toBeUndefined();
      const { identification } = result.data!.exportPersonData.document;
      expect(identification.person).toMatchObject({ given_name: null, date_of_birth: null });
      expect(identification.erasure).toMatchObject({ request_reference: 'SAR-2026-0005', erased_by_agency_id: 'responsible-authority', consents_withdrawn: 0 });
      expect(identification.erasure).not.toHaveProperty('erased_by');
      expect(result.text).not.toContain(person.givenName);
    });
  });

  // Last: it stops the notifications service.
  describe('exportPersonData when a service holding data about people cannot be reached', () => {
    it('fails as a whole, naming the service, and records no export: never a silently partial document', async () => {
      const person = await identifiedPerson();
      const request = await recordedRequest(person.personId);
      await peers.get('notifications')!.stop();
      const result = await as<ExportView>('ra.head', EXPORT, { personId: person.personId, requestReference: request.requestReference });
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({ message: 'Subject access export unavailable: the notifications service did not answer', extensions: { code: 'INTERNAL' } }),
      ]);
      expect(result.text).not.toContain(person.givenName);
      expect(result.text).not.toMatch(/ECONNREFUSED|\bat .*\(|127\.0\.0\.1/);
      // The disclosure entry rolled back with the export, and the request is still open for another try.
      expect(await auditEntries(person.personId, 'SUBJECT_ACCESS_DISCLOSURE')).toEqual([]);
      const [row] = await subgraph.dataSource.query(`SELECT fulfilled_at FROM identification.subject_access_request WHERE id = $1`, [request.id]);
      expect(row.fulfilled_at).toBeNull();
    });
  });
});
