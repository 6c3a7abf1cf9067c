import { Client } from 'pg';
import { startStack, type Stack, waitFor } from '@nrm/testing';
import { CASES, CREATE_REFERRAL, createReferral, errorsOn, GRANT, mustSucceed, providerIds, RESPOND, submitPerson, WITHDRAW } from './support/nrm-fixtures';

/**
 * Across services, through the gateway with real tokens: `auditTrail`, `auditEntries` and `verifyAuditTrail` cover the
 * chains of shelters, referral and formal identification as well as identification's, and `exportPersonData`
 * assembles every service's part.
 */
const HEALTH = `query ($id: ID!) { person(id: $id) { id health { assessments { area summary } } } }`;
const RECORD = `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id } }`;
const TRAIL = `query ($personId: ID!) {
  auditTrail(personId: $personId, first: 200) { id service at actorAgencyId actorRole action decision reason categories }
}`;
const ENTRIES = `query ($personId: ID!) {
  auditEntries(personId: $personId, first: 80) { edges { node { id service actorUsername actorRole personId action decision reason categories } } }
}`;
const VERIFY = `{ verifyAuditTrail { ok entriesChecked firstBrokenAt chains { service ok entriesChecked firstBrokenAt } } }`;
const EXPORT = `query ($personId: ID!, $requestReference: String!) {
  exportPersonData(personId: $personId, requestReference: $requestReference) { personId sources { service included note } document rendering { language content } }
}`;
const RECORD_REQUEST = `mutation ($input: RecordSubjectAccessRequestInput!) { recordSubjectAccessRequest(input: $input) { id requestReference } }`;
/** The services that hold something about a person, each serving its part of the export to identification only. */
const PART_SERVICES = ['referral', 'shelters', 'formal-identification', 'notifications'] as const;

interface TrailEntry {
  id: string;
  service: string;
  at: string;
  actorAgencyId: string;
  actorRole: string;
  action: string;
  decision: string;
  reason: string | null;
  categories: string[];
}
interface Verification {
  ok: boolean;
  entriesChecked: number;
  firstBrokenAt: string | null;
  chains: Array<{ service: string; ok: boolean; entriesChecked: number; firstBrokenAt: string | null }>;
}
type Rows = Array<Record<string, unknown>>;
interface ExportDocument {
  sources: Array<{ service: string; included: boolean }>;
  identification: { person: Record<string, unknown> };
  referral: { person: Record<string, unknown> | null; referrals: Rows };
  shelters: { cases: Rows; needsAssessments: Rows; auditTrail: Rows };
  'formal-identification': { formalIdentifications: Rows };
  notifications: { notifications: Rows };
}

describe('federated audit trail and subject access export through the gateway', () => {
  let stack: Stack;
  // The login user (a superuser in dev and CI), as an administrator or an intruder with database access would be.
  let db: Client;
  let personId: string;
  let reference: string;
  let referralId: string;
  let caseId: string;
  /** The RA's refused read of the shelter's health record: an entry of the shelters chain only. */
  let sheltersEntryId: string;
  /** A first responder's refused createReferral: an entry of the referral chain only. */
  let referralEntryId: string;

  /** Edits a row as a superuser who switched the append-only trigger off for this one transaction. */
  async function editAsSuperuser(sql: string, params: unknown[]): Promise<void> {
    await db.query('BEGIN');
    try {
      await db.query('SET LOCAL session_replication_role = replica');
      await db.query(sql, params);
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  }

  const verify = async (): Promise<Verification> => (await mustSucceed<{ verifyAuditTrail: Verification }>(stack, 'auditor', VERIFY)).verifyAuditTrail;

  /** The person's request for a copy of their data, as the RA records it when it is received. */
  async function recordedRequest(requestReference: string): Promise<{ id: string; requestReference: string }> {
    const input = { personId, requestReference, requestedBy: 'PERSON', identityCheck: 'IDENTITY_DOCUMENT_SEEN', receivedAt: new Date().toISOString(), language: 'EN' };
    return (await mustSucceed<{ recordSubjectAccessRequest: { id: string; requestReference: string } }>(stack, 'ra.officer', RECORD_REQUEST, { input }))
      .recordSubjectAccessRequest;
  }

  /** A GET of a service's export part straight to the service, bypassing identification, as an insider could try. */
  async function partDirectly(service: string, username: string, exportRequest?: string): Promise<{ status: number; text: string }> {
    const query = exportRequest ? `?exportRequest=${exportRequest}` : '';
    const response = await fetch(`${stack.subgraphUrls[service]}/internal/person-export/${personId}${query}`, {
      headers: { authorization: `Bearer ${await stack.tokenFor(username)}` },
    });
    return { status: response.status, text: await response.text() };
  }

  beforeAll(async () => {
    stack = await startStack();
    db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
    const providers = await providerIds(stack);
    ({ personId, reference } = await submitPerson(stack, 'police.tirana', { givenName: 'Drita', familyName: 'Federatedaudit' }));
    referralId = await createReferral(stack, personId, providers['shelter-a']!);
    await mustSucceed(stack, 'cm.shelter-a', RESPOND, { input: { referralId, decision: 'ACCEPT' } });
    caseId = await waitFor(
      async () => {
        const data = await mustSucceed<{ cases: { edges: Array<{ node: { id: string; person: { id: string } } }> } }>(stack, 'cm.shelter-a', CASES);
        return data.cases.edges.find((edge) => edge.node.person.id === personId)?.node.id;
      },
      { timeoutMs: 20_000, description: 'the case of the accepted referral' },
    );
    await mustSucceed(stack, 'cm.shelter-a', RECORD, { input: { caseId, area: 'HEALTH', summary: 'SOME_DIFFICULTIES', notes: 'sees the nurse weekly' } });
    // The RA reads the person's summary by legal mandate: an entry of identification's chain.
    await mustSucceed(stack, 'ra.officer', `query ($id: ID!) { person(id: $id) { id summary { sex } } }`, { id: personId });
    // The RA has no consent for HEALTH: the shelters service refuses and records the attempt in its own chain.
    const refused = await stack.graphql(HEALTH, { id: personId }, await stack.tokenFor('ra.officer'));
    expect(errorsOn(refused, ['person', 'health'])).toEqual(['CONSENT_REQUIRED']);
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM shelters.audit_entry WHERE person_id = $1 AND actor_agency_id = 'responsible-authority' AND decision = 'DENIED' ORDER BY seq DESC LIMIT 1`,
      [personId],
    );
    sheltersEntryId = rows[0]!.id;
    // A first responder may not refer: the referral service refuses and records the attempt in its own chain.
    const refusedReferral = await stack.graphql(CREATE_REFERRAL, { input: { personId, providerId: providers['shelter-b']! } }, await stack.tokenFor('police.tirana'));
    expect(errorsOn(refusedReferral, ['createReferral'])).toEqual(['FORBIDDEN']);
    const { rows: referralRows } = await db.query<{ id: string }>(
      `SELECT id FROM referral.audit_entry WHERE person_id = $1 AND actor_username = 'police.tirana' AND decision = 'DENIED'`,
      [personId],
    );
    expect(referralRows).toHaveLength(1);
    referralEntryId = referralRows[0]!.id;
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  }, 30_000);

  it("shows the auditor the shelters chain's entries in the person's trail, each naming its service, newest first", async () => {
    const { auditTrail } = await mustSucceed<{ auditTrail: TrailEntry[] }>(stack, 'auditor', TRAIL, { personId });
    expect(auditTrail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: sheltersEntryId,
          service: 'shelters',
          actorAgencyId: 'responsible-authority',
          actorRole: 'ra_officer',
          action: 'READ',
          decision: 'DENIED',
          reason: 'CONSENT_REQUIRED',
          categories: ['HEALTH'],
        }),
        expect.objectContaining({ service: 'identification', actorAgencyId: 'responsible-authority', action: 'READ', decision: 'ALLOWED', categories: ['SUMMARY'] }),
      ]),
    );
    const times = auditTrail.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("shows the auditor a first responder's refused createReferral from the referral chain, in auditTrail and auditEntries", async () => {
    const denied = { id: referralEntryId, service: 'referral', actorRole: 'first_responder', action: 'WRITE', decision: 'DENIED', reason: 'FORBIDDEN', categories: [] };
    const { auditTrail } = await mustSucceed<{ auditTrail: TrailEntry[] }>(stack, 'auditor', TRAIL, { personId });
    expect(auditTrail).toContainEqual(expect.objectContaining({ ...denied, actorAgencyId: 'police-tirana' }));
    const { auditEntries } = await mustSucceed<{ auditEntries: { edges: Array<{ node: Record<string, unknown> }> } }>(stack, 'auditor', ENTRIES, { personId });
    expect(auditEntries.edges.map((edge) => edge.node)).toContainEqual({ ...denied, actorUsername: 'police.tirana', personId });
  });

  it('verifies every chain: identification, shelters, referral and formal identification, ok only if all are', async () => {
    const result = await verify();
    expect(result).toMatchObject({ ok: true, firstBrokenAt: null });
    expect(result.chains.map((chain) => [chain.service, chain.ok])).toEqual([
      ['identification', true],
      ['shelters', true],
      ['referral', true],
      ['formal-identification', true],
    ]);
    expect(result.entriesChecked).toBe(result.chains.reduce((sum, chain) => sum + chain.entriesChecked, 0));
    expect(result.chains[1]!.entriesChecked).toBeGreaterThan(0);
    expect(result.chains[2]!.entriesChecked).toBeGreaterThan(0);
  });

  it('names a row of shelters.audit_entry edited directly in the database', async () => {
    // Make it look as if the refused reader had been the police instead of the RA.
    await editAsSuperuser(`UPDATE shelters.audit_entry SET actor_agency_id = 'police-tirana' WHERE id = $1`, [sheltersEntryId]);
    try {
      const result = await verify();
      expect(result).toMatchObject({ ok: false, firstBrokenAt: sheltersEntryId });
      expect(result.chains.map((chain) => [chain.service, chain.ok, chain.firstBrokenAt])).toEqual([
        ['identification', true, null],
        ['shelters', false, sheltersEntryId],
        ['referral', true, null],
        ['formal-identification', true, null],
      ]);
    } finally {
      // Put the row back: the later suites of this run verify the chains too.
      await editAsSuperuser(`UPDATE shelters.audit_entry SET actor_agency_id = 'responsible-authority' WHERE id = $1`, [sheltersEntryId]);
    }
    expect(await verify()).toMatchObject({ ok: true });
  });

  it("exports the referral, the shelters case and records, and the notifications in one document, every source included", async () => {
    // Notifications are written by the notifications service from the events; wait for the acceptance's.
    await waitFor(
      async () => {
        const { rows } = await db.query(`SELECT 1 FROM notifications.notification WHERE subject_ref = $1 AND kind = 'REFERRAL_ACCEPTED'`, [reference]);
        return rows.length > 0;
      },
      { timeoutMs: 15_000, description: 'the notification of the acceptance' },
    );
    const request = await recordedRequest('SAR-E2E-0001');
    const { exportPersonData } = await mustSucceed<{ exportPersonData: { personId: string; sources: Array<{ service: string; included: boolean }>; document: ExportDocument } }>(
      stack,
      'ra.head',
      EXPORT,
      { personId, requestReference: request.requestReference },
    );
    expect(exportPersonData.sources.map((source) => [source.service, source.included])).toEqual([
      ['identification', true],
      ['referral', true],
      ['shelters', true],
      ['formal-identification', true],
      ['notifications', true],
    ]);
    const { document } = exportPersonData;
    expect(document.identification.person).toMatchObject({ id: personId, given_name: 'Drita' });
    expect(document.referral.referrals).toEqual([expect.objectContaining({ id: referralId, status: 'ACCEPTED', provider_agency_id: 'shelter-a', case_id: caseId })]);
    expect(document.referral.person).toMatchObject({ person_id: personId, reference });
    expect(document.shelters.cases).toEqual([expect.objectContaining({ id: caseId, referral_id: referralId, provider_agency_id: 'shelter-a' })]);
    expect(document.shelters.needsAssessments).toEqual([expect.objectContaining({ area: 'HEALTH', summary: 'SOME_DIFFICULTIES', notes: 'sees the nurse weekly' })]);
    expect(document.shelters.auditTrail).toEqual(expect.arrayContaining([expect.objectContaining({ id: sheltersEntryId, decision: 'DENIED' })]));
    expect(document['formal-identification'].formalIdentifications).toEqual([]);
    expect(new Set(document.notifications.notifications.map((notification) => notification['kind']))).toEqual(
      new Set(['NEW_IDENTIFICATION', 'REFERRAL_RECEIVED', 'REFERRAL_ACCEPTED']),
    );
    // Staff accounts stay out of every part.
    const text = JSON.stringify(document);
    for (const key of ['submitted_by', 'created_by', 'responded_by', 'recorded_by', 'actor_username', 'actor_subject']) expect(text).not.toContain(`"${key}"`);
    // Each chain records the disclosure naming the request: identification the whole, shelters its part.
    for (const schema of ['identification', 'shelters']) {
      const { rows } = await db.query(
        `SELECT actor_username, permission_id FROM ${schema}.audit_entry WHERE person_id = $1 AND action = 'SUBJECT_ACCESS_DISCLOSURE' AND decision = 'ALLOWED'`,
        [personId],
      );
      expect([schema, rows]).toEqual([schema, [{ actor_username: 'ra.head', permission_id: request.id }]]);
    }
  });

  it("does not open what consent closes to the RA: after the HEALTH grant is withdrawn, no officer's export, and the ra_head's export on the person's request changes no ordinary read", async () => {
    const notes = 'sees the nurse weekly';
    // The shelter records the person's consent to share their health record with the RA; the RA reads it.
    const grant = await mustSucceed<{ grantConsent: { id: string } }>(stack, 'cm.shelter-a', GRANT, {
      input: { personId, granteeAgencyId: 'responsible-authority', purpose: 'REFERRAL_ASSISTANCE', categories: ['HEALTH'], givenBy: 'PERSON', evidenceReference: 'CF-2026-0101' },
    });
    const granted = await stack.graphql<{ person: { health: { assessments: Array<{ area: string }> } | null } }>(HEALTH, { id: personId }, await stack.tokenFor('ra.officer'));
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.person.health!.assessments).toEqual([{ area: 'HEALTH', summary: 'SOME_DIFFICULTIES' }]);
    await mustSucceed(stack, 'cm.shelter-a', WITHDRAW, { id: grant.grantConsent.id });
    expect(errorsOn(await stack.graphql(HEALTH, { id: personId }, await stack.tokenFor('ra.officer')), ['person', 'health'])).toEqual(['CONSENT_REQUIRED']);

    // The officer cannot export, even on a recorded request; the ra_head cannot export without one.
    const request = await recordedRequest('SAR-E2E-0002');
    const byOfficer = await stack.graphql(EXPORT, { personId, requestReference: request.requestReference }, await stack.tokenFor('ra.officer'));
    expect(byOfficer.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    expect(byOfficer.data).toBeNull();
    expect(JSON.stringify(byOfficer)).not.toContain(notes);
    const unrecorded = await stack.graphql(EXPORT, { personId, requestReference: 'SAR-E2E-NEVER' }, await stack.tokenFor('ra.head'));
    expect(unrecorded.errors?.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(unrecorded)).not.toContain(notes);

    // The ra_head's export on the person's request holds everything, for the person to read.
    const { exportPersonData } = await mustSucceed<{ exportPersonData: { document: ExportDocument; rendering: { language: string; content: string } } }>(
      stack,
      'ra.head',
      EXPORT,
      { personId, requestReference: request.requestReference },
    );
    expect(exportPersonData.document.shelters.needsAssessments).toEqual([expect.objectContaining({ area: 'HEALTH', notes })]);
    expect(exportPersonData.rendering.language).toBe('EN');
    expect(exportPersonData.rendering.content).toContain(notes);

    // The export opens nothing: the RA's ordinary reads are as consent left them, for the officer and the head alike.
    for (const username of ['ra.officer', 'ra.head']) {
      const after = await stack.graphql(HEALTH, { id: personId }, await stack.tokenFor(username));
      expect([username, errorsOn(after, ['person', 'health'])]).toEqual([username, ['CONSENT_REQUIRED']]);
      expect(JSON.stringify(after)).not.toContain(notes);
    }
    // The request is fulfilled once: replaying its reference exports nothing.
    const replay = await stack.graphql(EXPORT, { personId, requestReference: request.requestReference }, await stack.tokenFor('ra.head'));
    expect(replay.errors?.map((error) => error.extensions.code)).toEqual(['CONFLICT']);
    expect(JSON.stringify(replay)).not.toContain(notes);
  });

  it("refuses every service's export part called directly with an RA token, and the used export request id replayed", async () => {
    const { rows } = await db.query<{ export_token: string }>(
      `SELECT export_token FROM identification.subject_access_request WHERE person_id = $1 AND fulfilled_at IS NOT NULL ORDER BY fulfilled_at DESC LIMIT 1`,
      [personId],
    );
    const usedToken = rows[0]!.export_token;
    for (const service of PART_SERVICES) {
      for (const [username, exportRequest] of [
        ['ra.head', undefined],
        ['ra.officer', undefined],
        ['ra.head', usedToken],
      ] as const) {
        const direct = await partDirectly(service, username, exportRequest);
        expect([service, username, Boolean(exportRequest), direct.status, direct.text]).toEqual([service, username, Boolean(exportRequest), 403, '{"code":"FORBIDDEN"}']);
      }
    }
  });
});
