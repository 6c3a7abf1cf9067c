import { randomUUID } from 'node:crypto';
import { ReferralStatus } from '@nrm/domain';
import { identifiedPerson, referralInState, type ReferralUnderTest, seededProvider, startReferralWithProviders } from './referral-harness';

const SHELTER_A = seededProvider('shelter-a');
const SHELTER_B = seededProvider('shelter-b');

interface ExportBody {
  service: string;
  personId: string;
  data: { person: Record<string, unknown> | null; referrals: Array<Record<string, unknown>> };
}

/** The referral part of the subject access export (issue 3): GET /internal/person-export/:personId, real PostgreSQL and tokens. */
describe('referral internal endpoint: the person export part', () => {
  let subgraph: ReferralUnderTest;

  beforeAll(async () => {
    subgraph = await startReferralWithProviders();
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  it('is refused without a token (401) and to every role but the RA (403), with a code only', async () => {
    const person = await identifiedPerson(subgraph);
    const path = `/internal/person-export/${person.personId}`;
    const anonymous = await subgraph.get(path);
    expect([anonymous.status, anonymous.body]).toEqual([401, { code: 'UNAUTHENTICATED' }]);
    for (const user of ['cm.shelter-a', 'police.tirana', 'auditor', 'coordinator']) {
      const result = await subgraph.get(path, await subgraph.tokenFor(user));
      expect([user, result.status, result.body]).toEqual([user, 403, { code: 'FORBIDDEN' }]);
    }
  });

  it("answers the person's referrals with their providers' names and the projection, without the staff who made or answered them", async () => {
    const person = await identifiedPerson(subgraph);
    const other = await identifiedPerson(subgraph);
    const declined = await referralInState(subgraph, person, SHELTER_B, ReferralStatus.DECLINED, 'no place for this need');
    const accepted = await referralInState(subgraph, person, SHELTER_A, ReferralStatus.ACCEPTED);
    await referralInState(subgraph, other, SHELTER_A, ReferralStatus.PENDING);

    for (const user of ['ra.officer', 'ra.head']) {
      const result = await subgraph.get<ExportBody>(`/internal/person-export/${person.personId}`, await subgraph.tokenFor(user));
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ service: 'referral', personId: person.personId });
      expect(result.body.data.person).toMatchObject({ person_id: person.personId, reference: person.reference, region: 'TIRANA', recording_agency_id: 'police-tirana' });
      expect(result.body.data.referrals.map((referral) => [referral['id'], referral['status'], referral['provider_name'], referral['decline_reason']])).toEqual(
        expect.arrayContaining([
          [declined, 'DECLINED', SHELTER_B.name, 'no place for this need'],
          [accepted, 'ACCEPTED', SHELTER_A.name, null],
        ]),
      );
      expect(result.body.data.referrals).toHaveLength(2);
      expect(result.body.data.referrals[0]).toMatchObject({ created_by_agency_id: 'responsible-authority' });
      for (const key of ['created_by', 'responded_by']) expect(result.text).not.toContain(`"${key}"`);
    }
  });

  it('answers no referrals and no projection for a person the service knows nothing of; BAD_USER_INPUT for a malformed id', async () => {
    const unknown = randomUUID();
    const token = await subgraph.tokenFor('ra.officer');
    expect((await subgraph.get(`/internal/person-export/${unknown}`, token)).body).toEqual({ service: 'referral', personId: unknown, data: { person: null, referrals: [] } });
    const malformed = await subgraph.get('/internal/person-export/x', token);
    expect([malformed.status, malformed.body]).toEqual([400, { code: 'BAD_USER_INPUT', fields: ['personId'] }]);
  });
});
