import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { EventEnvelope } from '@nrm/events';
import { startShelters, type SheltersUnderTest } from './shelters-harness';

/*
 * GET /internal/case-team/person/:personId (docs/domain.md §3, "Within a shelter: the case team"): whether an open case
 * of the person at the caller's own shelter names the caller, as identification asks it with the caller's own token.
 * In-process against real PostgreSQL, with tokens signed by the dev identity provider.
 */

const CM_A = '00000000-0000-4000-8000-000000000009';
const PSY_A = '00000000-0000-4000-8000-000000000010';

describe('shelters GET /internal/case-team/person/:personId', () => {
  let subgraph: SheltersUnderTest;
  let owner: Client;

  /** A case opened by referral.accepted at the agency, for the person; its id. */
  async function openCase(personId: string, providerAgencyId: 'shelter-a' | 'shelter-b'): Promise<string> {
    const referralId = randomUUID();
    const event: EventEnvelope<'referral.accepted'> = {
      id: randomUUID(),
      type: 'referral.accepted',
      aggregateId: referralId,
      payload: { referralId, personId, reference: `NRM-2026-${String(Math.floor(Math.random() * 900000) + 100000)}`, providerAgencyId },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'referral',
    };
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
    const { rows } = await owner.query<{ id: string }>(`SELECT id FROM shelters.shelter_case WHERE referral_id = $1`, [referralId]);
    return rows[0]!.id;
  }
  /** The case's team and case manager as setCaseTeam and assignCaseManager leave them. */
  const setTrack = (caseId: string, changes: { team?: string[]; caseManagerId?: string | null; status?: string }) =>
    owner.query(
      `UPDATE shelters.shelter_case SET team_member_ids = COALESCE($2, team_member_ids), case_manager_id = CASE WHEN $3 THEN $4 ELSE case_manager_id END,
              status = COALESCE($5, status), closed_at = CASE WHEN $5::text IS NULL THEN closed_at ELSE now() END WHERE id = $1`,
      [caseId, changes.team ?? null, 'caseManagerId' in changes, changes.caseManagerId ?? null, changes.status ?? null],
    );
  const ask = async (username: string, personId: string) => subgraph.get<{ personId: string; onCaseTeam: boolean }>(`/internal/case-team/person/${personId}`, await subgraph.tokenFor(username));

  beforeAll(async () => {
    subgraph = await startShelters();
    owner = new Client({ connectionString: process.env['DATABASE_URL'] });
    await owner.connect();
  }, 60_000);

  afterAll(async () => {
    await owner?.end();
    await subgraph?.close();
  });

  it('answers yes only while an open case of the person at the caller’s shelter names the caller, at once both ways', async () => {
    const personId = randomUUID();
    const caseId = await openCase(personId, 'shelter-a');
    expect((await ask('psy.shelter-a', personId)).body).toEqual({ personId, onCaseTeam: false });
    await setTrack(caseId, { team: [PSY_A] });
    expect((await ask('psy.shelter-a', personId)).body).toEqual({ personId, onCaseTeam: true });
    // The case manager is named by the case itself; another user of the shelter is not.
    expect((await ask('cm.shelter-a', personId)).body).toEqual({ personId, onCaseTeam: false });
    await setTrack(caseId, { caseManagerId: CM_A });
    expect((await ask('cm.shelter-a', personId)).body).toEqual({ personId, onCaseTeam: true });
    expect((await ask('head.shelter-a', personId)).body).toEqual({ personId, onCaseTeam: false });
    await setTrack(caseId, { team: [] });
    expect((await ask('psy.shelter-a', personId)).body).toEqual({ personId, onCaseTeam: false });
    // A closed case (here by a transfer) names no one any more.
    await setTrack(caseId, { team: [PSY_A] });
    expect((await ask('psy.shelter-a', personId)).body).toEqual({ personId, onCaseTeam: true });
    await setTrack(caseId, { status: 'CLOSED_REFERRED' });
    expect((await ask('psy.shelter-a', personId)).body).toEqual({ personId, onCaseTeam: false });
  });

  it("is about the caller's own agency: another shelter's team naming the same user id is no yes", async () => {
    const personId = randomUUID();
    const caseId = await openCase(personId, 'shelter-b');
    await setTrack(caseId, { team: [PSY_A], caseManagerId: PSY_A });
    expect((await ask('psy.shelter-a', personId)).body).toEqual({ personId, onCaseTeam: false });
    // An unknown person: the same answer as a person the shelter has no case of.
    const unknown = randomUUID();
    expect((await ask('psy.shelter-a', unknown)).body).toEqual({ personId: unknown, onCaseTeam: false });
  });

  it('refuses roles outside a shelter (403), no token (401), and a malformed id (404)', async () => {
    const personId = randomUUID();
    for (const username of ['police.tirana', 'ra.officer', 'coordinator', 'auditor', 'cm.shelter-b']) {
      const status = (await ask(username, personId)).status;
      expect({ username, status }).toEqual({ username, status: username === 'cm.shelter-b' ? 200 : 403 });
    }
    expect((await subgraph.get(`/internal/case-team/person/${personId}`)).status).toBe(401);
    expect((await ask('psy.shelter-a', encodeURIComponent("x' OR 1=1"))).status).toBe(404);
  });
});
