import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AuditAction, AuditWriter } from '@nrm/audit';
import { AccessDecision, DataCategory, LegalBasis } from '@nrm/domain';
import type { EventEnvelope } from '@nrm/events';
import { PERSON_EXPORT_SOURCE, type PersonExportPart, type PersonExportSource } from '@nrm/service-kit';
import { raHeadPrincipal } from '@nrm/testing';
import { startShelters, type SheltersUnderTest } from './shelters-harness';

/*
 * The internal REST endpoints of the shelters service (docs/architecture.md, "Internal REST between services"), in-process against real PostgreSQL and Redis with
 * tokens signed by the dev identity provider: its audit chain for identification's federated `auditTrail` and
 * `verifyAuditTrail` (AuditTrailController from @nrm/audit), and its part of the subject access export.
 */

const RECORD = `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id } }`;

interface TrailBody {
  entries: Array<{ id: string; at: string; actorUsername: string; actorAgencyId: string; action: string; basis: string | null; decision: string; personId: string }>;
}
interface VerifyBody {
  ok: boolean;
  entriesChecked: number;
  firstBrokenAt: string | null;
  headHash: string | null;
}
interface ExportBody {
  service: string;
  personId: string;
  data: { cases: Array<Record<string, unknown>>; needsAssessments: Array<Record<string, unknown>>; auditTrail: Array<Record<string, unknown>> };
}

describe('shelters internal endpoints (audit chain and export part)', () => {
  let subgraph: SheltersUnderTest;
  // The login user (a superuser in dev and CI), as an administrator or an intruder with database access would be.
  let owner: Client;
  let personId: string;
  let caseId: string;
  let raRead: string;
  let policeDenied: string;

  const token = (username: string): Promise<string> => subgraph.tokenFor(username);

  /** An entry of the shelters chain about the person, through the service's own writer (as a read by someone else is). */
  async function appendEntry(agencyId: string, username: string, role: string, decision: AccessDecision, at?: Date): Promise<string> {
    const [entry] = await subgraph.app.get(AuditWriter).appendNow([
      {
        actor: { subject: randomUUID(), username, agencyId, role },
        correlationId: null,
        personId,
        categories: [DataCategory.HEALTH],
        action: AuditAction.READ,
        basis: decision === AccessDecision.ALLOWED ? LegalBasis.CONSENT : null,
        decision,
        reason: decision === AccessDecision.DENIED ? 'CONSENT_REQUIRED' : null,
        permissionId: decision === AccessDecision.ALLOWED ? randomUUID() : null,
        at,
      },
    ]);
    return entry!.id;
  }

  async function chainEntries(action: string): Promise<Array<{ actor_username: string; person_id: string | null; purpose: string | null; basis: string | null }>> {
    const { rows } = await owner.query(
      `SELECT actor_username, person_id, purpose, basis FROM shelters.audit_entry WHERE action = $1 AND (person_id = $2 OR person_id IS NULL) ORDER BY seq`,
      [action, personId],
    );
    return rows;
  }

  /** Edits a row as a superuser who switched the append-only trigger off for this one transaction. */
  async function editAsSuperuser(sql: string, params: unknown[]): Promise<void> {
    await owner.query('BEGIN');
    try {
      await owner.query('SET LOCAL session_replication_role = replica');
      await owner.query(sql, params);
      await owner.query('COMMIT');
    } catch (error) {
      await owner.query('ROLLBACK');
      throw error;
    }
  }

  beforeAll(async () => {
    subgraph = await startShelters();
    owner = new Client({ connectionString: process.env['DATABASE_URL'] });
    await owner.connect();
    personId = randomUUID();
    const referralId = randomUUID();
    const event: EventEnvelope<'referral.accepted'> = {
      id: randomUUID(),
      type: 'referral.accepted',
      aggregateId: referralId,
      payload: { referralId, personId, reference: 'NRM-2026-770001', providerAgencyId: 'shelter-a' },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'referral',
    };
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
    [{ id: caseId }] = await owner.query<{ id: string }>(`SELECT id FROM shelters.shelter_case WHERE referral_id = $1`, [referralId]).then((result) => result.rows);
    const recorded = await subgraph.graphql(
      RECORD,
      { input: { caseId, area: 'HEALTH', summary: 'SOME_DIFFICULTIES', notes: 'follow-up with the clinic' } },
      await token('cm.shelter-a'),
    );
    expect(recorded.errors).toBeUndefined();
    policeDenied = await appendEntry('police-tirana', 'police.tirana', 'first_responder', AccessDecision.DENIED, new Date(Date.now() - 60_000));
    raRead = await appendEntry('responsible-authority', 'ra.officer', 'ra_officer', AccessDecision.ALLOWED);
  }, 60_000);

  afterAll(async () => {
    await owner?.end();
    await subgraph?.close();
  });

  describe('GET /internal/audit/trail/:personId', () => {
    const path = (query = '') => `/internal/audit/trail/${personId}${query}`;

    it('is refused without a valid token (401) and to roles without oversight (403), with a code and nothing else', async () => {
      for (const [bearer, status, code] of [
        [undefined, 401, 'UNAUTHENTICATED'],
        ['not-a-token', 401, 'UNAUTHENTICATED'],
        [await token('cm.shelter-a'), 403, 'FORBIDDEN'],
        [await token('ra.officer'), 403, 'FORBIDDEN'],
        [await token('coordinator'), 403, 'FORBIDDEN'],
      ] as const) {
        const result = await subgraph.get(path(), bearer);
        expect([result.status, result.body]).toEqual([status, { code }]);
      }
    });

    it("gives the auditor and the ra_head the person's entries of this chain, newest first", async () => {
      for (const user of ['auditor', 'ra.head']) {
        const result = await subgraph.get<TrailBody>(path('?agencyId=responsible-authority'), await token(user));
        expect(result.status).toBe(200);
        expect(result.body.entries.filter((entry) => entry.action === 'READ').map((entry) => entry.id)).toEqual([raRead]);
      }
      const all = await subgraph.get<TrailBody>(path(), await token('auditor'));
      const reads = all.body.entries.filter((entry) => entry.action === 'READ');
      expect(reads.map((entry) => [entry.id, entry.actorAgencyId, entry.decision])).toEqual([
        [raRead, 'responsible-authority', 'ALLOWED'],
        [policeDenied, 'police-tirana', 'DENIED'],
      ]);
      expect(all.body.entries.every((entry) => entry.personId === personId)).toBe(true);
      const times = all.body.entries.map((entry) => Date.parse(entry.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('applies the filters of auditTrail: agency, basis, time and page size', async () => {
      const auditor = await token('auditor');
      const ids = async (query: string) => (await subgraph.get<TrailBody>(path(query), auditor)).body.entries.filter((entry) => entry.action === 'READ').map((entry) => entry.id);
      expect(await ids('?agencyId=police-tirana')).toEqual([policeDenied]);
      expect(await ids('?basis=CONSENT')).toEqual([raRead]);
      expect(await ids(`?to=${encodeURIComponent(new Date(Date.now() - 30_000).toISOString())}`)).toEqual([policeDenied]);
      expect(await ids(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
      const page = await subgraph.get<TrailBody>(path('?first=1'), auditor);
      expect(page.body.entries).toHaveLength(1);
    });

    it('records each read of the chain as AUDIT_READ in the chain itself', async () => {
      const before = (await chainEntries('AUDIT_READ')).length;
      await subgraph.get(path(), await token('auditor'));
      const after = await chainEntries('AUDIT_READ');
      expect(after).toHaveLength(before + 1);
      expect(after.at(-1)).toMatchObject({ actor_username: 'auditor', person_id: personId, basis: 'LEGAL_MANDATE' });
    });

    it('answers BAD_USER_INPUT (400) naming the parameter at fault', async () => {
      const auditor = await token('auditor');
      expect((await subgraph.get('/internal/audit/trail/not-an-id', auditor)).body).toEqual({ code: 'BAD_USER_INPUT', fields: ['personId'] });
      for (const [query, field] of [
        ['?first=0', 'first'],
        ['?first=1001', 'first'],
        ['?basis=WHIM', 'basis'],
        ['?from=yesterday', 'from'],
        ['?agencyId=Not%20An%20Agency', 'agencyId'],
        ['?personName=x', 'personName'],
      ]) {
        const result = await subgraph.get(path(query), auditor);
        expect([query, result.status, result.body]).toEqual([query, 400, { code: 'BAD_USER_INPUT', fields: [field] }]);
      }
    });
  });

  describe('GET /internal/audit/verify', () => {
    it('is the auditor’s only: 401 without a token, 403 for the ra_head and the others', async () => {
      expect((await subgraph.get('/internal/audit/verify')).status).toBe(401);
      for (const user of ['ra.head', 'ra.officer', 'cm.shelter-a']) {
        const result = await subgraph.get('/internal/audit/verify', await token(user));
        expect([user, result.status, result.body]).toEqual([user, 403, { code: 'FORBIDDEN' }]);
      }
    });

    it('verifies the chain, is recorded as AUDIT_VERIFY, and names a row edited in the database', async () => {
      const auditor = await token('auditor');
      const intact = await subgraph.get<VerifyBody>('/internal/audit/verify', auditor);
      expect(intact.status).toBe(200);
      expect(intact.body).toMatchObject({ ok: true, firstBrokenAt: null, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(intact.body.entriesChecked).toBeGreaterThanOrEqual(2);
      const { rows } = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM shelters.audit_entry WHERE action = 'AUDIT_VERIFY' AND actor_username = 'auditor'`);
      expect(rows[0]!.n).toBeGreaterThanOrEqual(1);

      // Make it look as if the shelter itself had read the data.
      await editAsSuperuser(`UPDATE shelters.audit_entry SET actor_agency_id = 'shelter-a' WHERE id = $1`, [raRead]);
      try {
        const broken = await subgraph.get<VerifyBody>('/internal/audit/verify', auditor);
        expect(broken.body).toMatchObject({ ok: false, firstBrokenAt: raRead });
      } finally {
        // Put the row back so the chain verifies again for the suites that share this database.
        await editAsSuperuser(`UPDATE shelters.audit_entry SET actor_agency_id = 'responsible-authority' WHERE id = $1`, [raRead]);
      }
      expect((await subgraph.get<VerifyBody>('/internal/audit/verify', auditor)).body).toMatchObject({ ok: true });
    });
  });

  /*
   * The part is answered only once identification released it for an export under way (its callback is covered with
   * every service running in identification's person-rights spec); here, the refusals and what the part holds.
   */
  describe('GET /internal/person-export/:personId', () => {
    const path = () => `/internal/person-export/${personId}`;
    const part = (id: string, subjectAccessRequestId: string): Promise<PersonExportPart> =>
      subgraph.app.get<PersonExportSource>(PERSON_EXPORT_SOURCE).export({ personId: id, reference: 'NRM-2026-770001', subjectAccessRequestId, principal: raHeadPrincipal() });

    it('is refused without a token (401), to every role but the ra_head (403), and to the ra_head without an export request of identification (403)', async () => {
      expect((await subgraph.get(path())).status).toBe(401);
      for (const user of ['ra.officer', 'cm.shelter-a', 'psy.shelter-a', 'police.tirana', 'auditor', 'coordinator']) {
        const result = await subgraph.get(path(), await token(user));
        expect([user, result.status, result.body]).toEqual([user, 403, { code: 'FORBIDDEN' }]);
        expect(result.text).not.toContain('follow-up with the clinic');
      }
      for (const url of [path(), `${path()}?exportRequest=not-an-id`]) {
        const result = await subgraph.get(url, await token('ra.head'));
        expect([url, result.status, result.body]).toEqual([url, 403, { code: 'FORBIDDEN' }]);
        expect(result.text).not.toContain('follow-up with the clinic');
      }
      expect(await chainEntries('SUBJECT_ACCESS_DISCLOSURE')).toEqual([]);
    });

    it("answers the person's cases, needs assessments and audit entries, without the staff who wrote them, and records the disclosure naming the request", async () => {
      const requests = [randomUUID(), randomUUID()];
      for (const request of requests) {
        const body = (await part(personId, request)) as ExportBody;
        expect(body).toMatchObject({ service: 'shelters', personId });
        const { cases, needsAssessments, auditTrail } = body.data;
        expect(cases).toEqual([expect.objectContaining({ id: caseId, person_id: personId, provider_agency_id: 'shelter-a', reference: 'NRM-2026-770001' })]);
        expect(needsAssessments).toEqual([
          expect.objectContaining({ case_id: caseId, area: 'HEALTH', summary: 'SOME_DIFFICULTIES', notes: 'follow-up with the clinic', agency_id: 'shelter-a' }),
        ]);
        expect(auditTrail).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ id: raRead, action: 'READ', actor_agency_id: 'responsible-authority', basis: 'CONSENT' }),
            expect.objectContaining({ id: policeDenied, action: 'READ', decision: 'DENIED', reason: 'CONSENT_REQUIRED' }),
          ]),
        );
        for (const key of ['recorded_by', 'actor_subject', 'actor_username', 'hash', 'prev_hash']) expect(JSON.stringify(body)).not.toContain(`"${key}"`);
      }
      const { rows } = await owner.query(
        `SELECT actor_username, basis, purpose, permission_id FROM shelters.audit_entry WHERE action = 'SUBJECT_ACCESS_DISCLOSURE' AND person_id = $1 ORDER BY seq`,
        [personId],
      );
      expect(rows).toEqual(requests.map((request) => ({ actor_username: 'ra.head', basis: 'LEGAL_MANDATE', purpose: 'SUBJECT_ACCESS_REQUEST', permission_id: request })));
    });

    it('answers empty lists for a person the service knows nothing of, and BAD_USER_INPUT for a malformed id', async () => {
      const unknown = randomUUID();
      expect(await part(unknown, randomUUID())).toEqual({ service: 'shelters', personId: unknown, data: { cases: [], needsAssessments: [], reintegrationPlans: [], monitoringContacts: [], complaints: [], auditTrail: [] } });
      const malformed = await subgraph.get(`/internal/person-export/42?exportRequest=${randomUUID()}`, await token('ra.head'));
      expect([malformed.status, malformed.body]).toEqual([400, { code: 'BAD_USER_INPUT', fields: ['personId'] }]);
    });
  });
});
