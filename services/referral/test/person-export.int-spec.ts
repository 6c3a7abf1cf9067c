import { randomUUID } from 'node:crypto';
import { ReferralStatus } from '@nrm/domain';
import { PERSON_EXPORT_SOURCE, type PersonExportPart, type PersonExportSource } from '@nrm/service-kit';
import { raHeadPrincipal } from '@nrm/testing';
import { identifiedPerson, referralInState, type ReferralUnderTest, seededProvider, startReferralWithProviders } from './referral-harness';

const SHELTER_A = seededProvider('shelter-a');
const SHELTER_B = seededProvider('shelter-b');

interface ExportBody {
  service: string;
  personId: string;
  data: { person: Record<string, unknown> | null; referrals: Array<Record<string, unknown>>; auditTrail: Array<Record<string, unknown>> };
}

/**
 * The referral part of the subject access export: GET /internal/person-export/:personId, real PostgreSQL and tokens.
 * The part is answered only once identification released it for an export under way (its callback is covered with
 * every service running in identification's person-rights spec); here, the refusals and what the part holds.
 */
describe('referral internal endpoint: the person export part', () => {
  let subgraph: ReferralUnderTest;
  const part = (personId: string, reference: string, subjectAccessRequestId = randomUUID()): Promise<PersonExportPart> =>
    subgraph.app.get<PersonExportSource>(PERSON_EXPORT_SOURCE).export({ personId, reference, subjectAccessRequestId, principal: raHeadPrincipal() });

  beforeAll(async () => {
    subgraph = await startReferralWithProviders();
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  it('is refused without a token (401), to every role but the ra_head (403), and to the ra_head without an export request of identification (403)', async () => {
    const person = await identifiedPerson(subgraph);
    await referralInState(subgraph, person, SHELTER_B, ReferralStatus.DECLINED, 'no place for this need');
    const path = `/internal/person-export/${person.personId}`;
    const anonymous = await subgraph.get(path);
    expect([anonymous.status, anonymous.body]).toEqual([401, { code: 'UNAUTHENTICATED' }]);
    for (const user of ['ra.officer', 'cm.shelter-a', 'police.tirana', 'auditor', 'coordinator']) {
      const result = await subgraph.get(path, await subgraph.tokenFor(user));
      expect([user, result.status, result.body]).toEqual([user, 403, { code: 'FORBIDDEN' }]);
    }
    for (const url of [path, `${path}?exportRequest=`, `${path}?exportRequest=not-an-id`]) {
      const result = await subgraph.get(url, await subgraph.tokenFor('ra.head'));
      expect([url, result.status, result.body]).toEqual([url, 403, { code: 'FORBIDDEN' }]);
      expect(result.text).not.toContain('no place for this need');
    }
  });

  it("answers the person's referrals with their providers' names and the projection, without the staff who made or answered them", async () => {
    const person = await identifiedPerson(subgraph);
    const other = await identifiedPerson(subgraph);
    const declined = await referralInState(subgraph, person, SHELTER_B, ReferralStatus.DECLINED, 'no place for this need');
    const accepted = await referralInState(subgraph, person, SHELTER_A, ReferralStatus.ACCEPTED);
    await referralInState(subgraph, other, SHELTER_A, ReferralStatus.PENDING);

    const result = (await part(person.personId, person.reference)) as ExportBody;
    expect(result).toMatchObject({ service: 'referral', personId: person.personId });
    expect(result.data.person).toMatchObject({ person_id: person.personId, reference: person.reference, region: 'TIRANA', recording_agency_id: 'police-tirana' });
    expect(result.data.referrals.map((referral) => [referral['id'], referral['status'], referral['provider_name'], referral['decline_reason']])).toEqual(
      expect.arrayContaining([
        [declined, 'DECLINED', SHELTER_B.name, 'no place for this need'],
        [accepted, 'ACCEPTED', SHELTER_A.name, null],
      ]),
    );
    expect(result.data.referrals).toHaveLength(2);
    expect(result.data.referrals[0]).toMatchObject({ created_by_agency_id: 'responsible-authority' });
    const text = JSON.stringify(result);
    for (const key of ['created_by', 'responded_by']) expect(text).not.toContain(`"${key}"`);
  });

  it('answers no referrals and no projection for a person the service knows nothing of; BAD_USER_INPUT for a malformed id', async () => {
    const unknown = randomUUID();
    expect(await part(unknown, 'NRM-2026-000001')).toEqual({ service: 'referral', personId: unknown, data: { person: null, referrals: [], auditTrail: [] } });
    const malformed = await subgraph.get(`/internal/person-export/x?exportRequest=${randomUUID()}`, await subgraph.tokenFor('ra.head'));
    expect([malformed.status, malformed.body]).toEqual([400, { code: 'BAD_USER_INPUT', fields: ['personId'] }]);
  });

  it("answers the person's entries of this service's chain without the staff's accounts, and records the disclosure under the request", async () => {
    const person = await identifiedPerson(subgraph);
    // A first responder may not refer: a DENIED entry about the person in this chain.
    const refused = await subgraph.graphql(
      `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
      { input: { personId: person.personId, providerId: SHELTER_A.id } },
      await subgraph.tokenFor('police.tirana'),
    );
    expect(refused.errors?.[0]?.extensions['code']).toBe('FORBIDDEN');
    const requestId = randomUUID();
    const result = (await part(person.personId, person.reference, requestId)) as ExportBody;
    expect(result.data.auditTrail).toEqual([
      expect.objectContaining({ actor_agency_id: 'police-tirana', actor_role: 'first_responder', action: 'WRITE', decision: 'DENIED', reason: 'FORBIDDEN' }),
    ]);
    expect(JSON.stringify(result.data.auditTrail)).not.toMatch(/police\.tirana|actor_subject|correlation_id/);
    const disclosures: unknown[] = await subgraph.dataSource.query(
      `SELECT actor_username, basis, purpose, permission_id FROM referral.audit_entry WHERE action = 'SUBJECT_ACCESS_DISCLOSURE' AND person_id = $1`,
      [person.personId],
    );
    expect(disclosures).toEqual([{ actor_username: 'ra.head', basis: 'LEGAL_MANDATE', purpose: 'SUBJECT_ACCESS_REQUEST', permission_id: requestId }]);
  });
});
