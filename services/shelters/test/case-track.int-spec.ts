import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventEnvelope } from '@nrm/events';
import { startShelters, type SheltersUnderTest } from './shelters-harness';

/*
 * The case track (docs/domain.md, "The case track"; docs/api.md, "Cases"): admission, case manager, team, phases,
 * follow-up, closure, and the transfer that closes a case as CLOSED_REFERRED. Identification's directory lookup
 * (GET /internal/directory/members/:userId, answered for the caller's own agency) is stood in for by a small HTTP server
 * listing the demo users as the development realm does, plus a second case manager of shelter-a.
 */

const CM_A = '00000000-0000-4000-8000-000000000009';
const PSY_A = '00000000-0000-4000-8000-000000000010';
const CM_B = '00000000-0000-4000-8000-000000000011';
const HEAD_A = '00000000-0000-4000-8000-000000000017';
const CM2_A = '00000000-0000-4000-8000-0000000000c2';

const DIRECTORY: Record<string, { agencyId: string; roles: string[]; teamFunction: string | null }> = {
  [CM_A]: { agencyId: 'shelter-a', roles: ['case_manager'], teamFunction: null },
  [PSY_A]: { agencyId: 'shelter-a', roles: ['shelter_staff'], teamFunction: 'PSYCHOLOGIST' },
  [CM_B]: { agencyId: 'shelter-b', roles: ['case_manager'], teamFunction: null },
  [HEAD_A]: { agencyId: 'shelter-a', roles: ['shelter_head'], teamFunction: null },
  [CM2_A]: { agencyId: 'shelter-a', roles: ['case_manager'], teamFunction: null },
};

const CASE_FIELDS = `id status phase admittedAt placementType assessmentsDueAt caseManagerId teamMemberIds phaseStartedAt phaseReviewDueAt
  followUpStartedAt closedAt closureType closureReviewNotes transferredToReferralId
  caseManagerChangeRequests { id outcome previousCaseManagerId newCaseManagerId recordedBy decidedBy }`;
const CASE = `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
const CASES = `query { cases(first: 100) { edges { node { id } } } }`;
const ADMIT = `mutation ($input: AdmitToCaseInput!) { admitToCase(input: $input) { ${CASE_FIELDS} } }`;
const ASSIGN = `mutation ($input: AssignCaseManagerInput!) { assignCaseManager(input: $input) { ${CASE_FIELDS} } }`;
const REQUEST_CHANGE = `mutation ($input: RequestCaseManagerChangeInput!) { requestCaseManagerChange(input: $input) { id outcome previousCaseManagerId } }`;
const DECIDE_CHANGE = `mutation ($input: DecideCaseManagerChangeInput!) { decideCaseManagerChange(input: $input) { id outcome newCaseManagerId decidedBy } }`;
const SET_TEAM = `mutation ($input: SetCaseTeamInput!) { setCaseTeam(input: $input) { ${CASE_FIELDS} } }`;
const MOVE = `mutation ($input: MoveCasePhaseInput!) { moveCasePhase(input: $input) { ${CASE_FIELDS} } }`;
const FOLLOW_UP = `mutation ($caseId: ID!) { startFollowUp(caseId: $caseId) { ${CASE_FIELDS} } }`;
const CLOSE = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { ${CASE_FIELDS} } }`;
const RECORD = `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id } }`;

interface CaseView {
  id: string;
  status: string;
  phase: string | null;
  admittedAt: string | null;
  placementType: string | null;
  assessmentsDueAt: string | null;
  caseManagerId: string | null;
  teamMemberIds: string[];
  phaseReviewDueAt: string | null;
  followUpStartedAt: string | null;
  closedAt: string | null;
  closureType: string | null;
  closureReviewNotes: string | null;
  transferredToReferralId: string | null;
  caseManagerChangeRequests: Array<{ id: string; outcome: string | null; previousCaseManagerId: string | null; newCaseManagerId: string | null }>;
}

function agencyOf(authorization: string | undefined): string | null {
  const payload = authorization?.split(' ')[1]?.split('.')[1];
  if (!payload) return null;
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { agency_id?: string }).agency_id ?? null;
}

describe('the case track (shelters)', () => {
  let subgraph: SheltersUnderTest;
  let directory: Server;
  let directoryDown = false;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    directory = createServer((req: IncomingMessage, res) => {
      req.resume();
      const match = /^\/internal\/directory\/members\/([^/?]+)$/.exec(req.url ?? '');
      const member = match ? DIRECTORY[decodeURIComponent(match[1]!)] : undefined;
      if (directoryDown) return void res.writeHead(503).end();
      if (!match || !member || member.agencyId !== agencyOf(req.headers.authorization)) {
        return void res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'NOT_FOUND' }));
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: decodeURIComponent(match[1]!), ...member }));
    });
    await new Promise<void>((resolve) => directory.listen(0, '127.0.0.1', resolve));
    const { port } = directory.address() as AddressInfo;
    subgraph = await startShelters({ IDENTIFICATION_INTERNAL_URL: `http://127.0.0.1:${port}` });
    for (const user of ['cm.shelter-a', 'psy.shelter-a', 'head.shelter-a', 'cm.shelter-b']) tokens[user] = await subgraph.tokenFor(user);
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
    await new Promise((resolve) => directory?.close(resolve));
  });

  async function openCase(providerAgencyId = 'shelter-a'): Promise<{ caseId: string; referralId: string; personId: string }> {
    const referralId = randomUUID();
    const personId = randomUUID();
    const caseId = randomUUID();
    const event: EventEnvelope<'referral.accepted'> = {
      id: randomUUID(),
      type: 'referral.accepted',
      aggregateId: referralId,
      payload: { referralId, personId, reference: `NRM-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`, providerAgencyId, caseId },
      occurredAt: new Date().toISOString(),
      correlationId: null,
      producer: 'referral',
    };
    await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
    return { caseId, referralId, personId };
  }

  async function as<T = Record<string, CaseView>>(user: string, query: string, variables: Record<string, unknown>) {
    return subgraph.graphql<T>(query, variables, tokens[user]);
  }

  function errorOf(result: { errors?: Array<{ message: string; extensions: Record<string, unknown> }> }) {
    expect(result.errors).toBeDefined();
    return { code: result.errors![0]!.extensions['code'], message: result.errors![0]!.message, fields: result.errors![0]!.extensions['fields'] };
  }

  async function stored(caseId: string): Promise<Record<string, unknown>> {
    const [row] = await subgraph.dataSource.query(`SELECT * FROM shelters.shelter_case WHERE id = $1`, [caseId]);
    return row;
  }

  async function events(type: string, caseId: string): Promise<Array<{ payload: Record<string, unknown> }>> {
    return subgraph.dataSource.query(`SELECT payload FROM shelters.outbox_event WHERE type = $1 AND aggregate_id = $2`, [type, caseId]);
  }

  const admitted = (caseId: string, at = new Date(Date.now() - 60_000)) => ({ input: { caseId, admittedAt: at.toISOString(), placementType: 'RESIDENTIAL_SHELTER' } });

  /** A case admitted by cm.shelter-a and assigned to them. */
  async function activeCase(): Promise<{ caseId: string; referralId: string; personId: string }> {
    const opened = await openCase();
    expect((await as('cm.shelter-a', ADMIT, admitted(opened.caseId))).errors).toBeUndefined();
    expect((await as('cm.shelter-a', ASSIGN, { input: { caseId: opened.caseId, caseManagerId: CM_A } })).errors).toBeUndefined();
    return opened;
  }

  describe('admission', () => {
    it('moves ACCEPTED to ACTIVE in phase I, sets the assessment due date (14 days) and the phase review (6 months), and emits case.admitted', async () => {
      const { caseId, personId } = await openCase();
      const at = new Date('2026-11-20T09:30:00.000Z');
      const before = await stored(caseId);
      expect(before).toMatchObject({ status: 'ACCEPTED', phase: null });
      const result = await as('cm.shelter-a', ADMIT, { input: { caseId, admittedAt: at.toISOString(), placementType: 'PROTECTED_APARTMENT' } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.admitToCase).toMatchObject({
        status: 'ACTIVE',
        phase: 'CRISIS_INTERVENTION',
        placementType: 'PROTECTED_APARTMENT',
        admittedAt: at.toISOString(),
        assessmentsDueAt: '2026-12-04T09:30:00.000Z',
        phaseReviewDueAt: '2027-05-20T09:30:00.000Z',
      });
      const [event] = await events('case.admitted', caseId);
      expect(event!.payload).toMatchObject({ caseId, personId, providerAgencyId: 'shelter-a', placementType: 'PROTECTED_APARTMENT', assessmentsDueAt: '2026-12-04T09:30:00.000Z' });
      // Admitting twice is a CONFLICT naming the state the case is in and the one asked for.
      const again = errorOf(await as('cm.shelter-a', ADMIT, admitted(caseId)));
      expect(again.code).toBe('CONFLICT');
      expect(again.message).toMatch(/ACTIVE.*ACTIVE/);
      expect(await events('case.admitted', caseId)).toHaveLength(1);
    });

    it('refuses an admission in the future or long before the case opened, naming input.admittedAt', async () => {
      const { caseId } = await openCase();
      for (const at of [new Date(Date.now() + 3_600_000), new Date(Date.now() - 90 * 86_400_000)]) {
        const refused = errorOf(await as('cm.shelter-a', ADMIT, admitted(caseId, at)));
        expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.admittedAt'] });
      }
      expect(await stored(caseId)).toMatchObject({ status: 'ACCEPTED' });
    });

    it('refuses a placement type no form offers, a forged case id, and bytes no form would send', async () => {
      const { caseId } = await openCase();
      expect((await as('cm.shelter-a', ADMIT, { input: { caseId, admittedAt: new Date().toISOString(), placementType: 'CASTLE' } })).errors).toBeDefined();
      for (const forged of ['not-a-uuid', `${caseId}' OR 1=1 --`, caseId.replace(/-/g, '')]) {
        expect(errorOf(await as('cm.shelter-a', ADMIT, admitted(forged))).code).toBe('BAD_USER_INPUT');
      }
      expect(errorOf(await as('cm.shelter-a', ADMIT, { input: { caseId, admittedAt: 'yesterday', placementType: 'OTHER' } })).code).toBeDefined();
      expect(await stored(caseId)).toMatchObject({ status: 'ACCEPTED' });
    });

    it("refuses shelter_staff, another shelter's case manager, and an unknown case alike", async () => {
      const { caseId } = await openCase();
      expect(errorOf(await as('psy.shelter-a', ADMIT, admitted(caseId))).code).toBe('FORBIDDEN');
      const other = errorOf(await as('cm.shelter-b', ADMIT, admitted(caseId)));
      const unknown = errorOf(await as('cm.shelter-b', ADMIT, admitted(randomUUID())));
      expect(other).toEqual(unknown);
      expect(other.code).toBe('FORBIDDEN');
      expect(await stored(caseId)).toMatchObject({ status: 'ACCEPTED' });
    });
  });

  describe('case manager', () => {
    it('lets a case manager take an unassigned case, and no other change; the head assigns and reassigns', async () => {
      const { caseId } = await openCase();
      expect(errorOf(await as('cm.shelter-a', ASSIGN, { input: { caseId, caseManagerId: CM2_A } })).code).toBe('FORBIDDEN');
      expect((await as('cm.shelter-a', ASSIGN, { input: { caseId, caseManagerId: CM_A } })).data!.assignCaseManager.caseManagerId).toBe(CM_A);
      expect(errorOf(await as('cm.shelter-a', ASSIGN, { input: { caseId, caseManagerId: CM_A } })).code).toBe('FORBIDDEN');
      expect((await as('head.shelter-a', ASSIGN, { input: { caseId, caseManagerId: CM2_A } })).data!.assignCaseManager.caseManagerId).toBe(CM2_A);
    });

    it('names only a case manager of the shelter the directory lists', async () => {
      const { caseId } = await openCase();
      for (const caseManagerId of [PSY_A, CM_B, 'ghost-user', HEAD_A]) {
        expect(errorOf(await as('head.shelter-a', ASSIGN, { input: { caseId, caseManagerId } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.caseManagerId'] });
      }
      expect(errorOf(await as('head.shelter-a', ASSIGN, { input: { caseId, caseManagerId: 'a/../../x' } })).code).toBe('BAD_USER_INPUT');
      expect((await stored(caseId))['case_manager_id']).toBeNull();
    });

    it('fails closed when the directory cannot answer', async () => {
      const { caseId } = await openCase();
      directoryDown = true;
      try {
        expect(errorOf(await as('head.shelter-a', ASSIGN, { input: { caseId, caseManagerId: CM_A } })).code).toBe('INTERNAL');
      } finally {
        directoryDown = false;
      }
      expect((await stored(caseId))['case_manager_id']).toBeNull();
    });

    it('records the request for another case manager and its outcome; only the head decides, once', async () => {
      const { caseId } = await activeCase();
      const request = await as<{ requestCaseManagerChange: { id: string; outcome: string | null; previousCaseManagerId: string } }>('cm.shelter-a', REQUEST_CHANGE, { input: { caseId } });
      expect(request.errors).toBeUndefined();
      expect(request.data!.requestCaseManagerChange).toMatchObject({ outcome: null, previousCaseManagerId: CM_A });
      const requestId = request.data!.requestCaseManagerChange.id;
      expect(errorOf(await as('cm.shelter-a', REQUEST_CHANGE, { input: { caseId } })).code).toBe('CONFLICT');
      expect(errorOf(await as('cm.shelter-a', DECIDE_CHANGE, { input: { requestId, outcome: 'REFUSED' } })).code).toBe('FORBIDDEN');
      expect(errorOf(await as('head.shelter-a', DECIDE_CHANGE, { input: { requestId, outcome: 'GRANTED' } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.newCaseManagerId'] });
      expect(errorOf(await as('head.shelter-a', DECIDE_CHANGE, { input: { requestId, outcome: 'GRANTED', newCaseManagerId: CM_A } })).code).toBe('BAD_USER_INPUT');
      const granted = await as<{ decideCaseManagerChange: { outcome: string; newCaseManagerId: string; decidedBy: string } }>('head.shelter-a', DECIDE_CHANGE, {
        input: { requestId, outcome: 'GRANTED', newCaseManagerId: CM2_A },
      });
      expect(granted.errors).toBeUndefined();
      expect(granted.data!.decideCaseManagerChange).toMatchObject({ outcome: 'GRANTED', newCaseManagerId: CM2_A, decidedBy: HEAD_A });
      expect(errorOf(await as('head.shelter-a', DECIDE_CHANGE, { input: { requestId, outcome: 'REFUSED' } })).code).toBe('CONFLICT');
      const view = (await as('head.shelter-a', CASE, { id: caseId })).data!.case!;
      expect(view.caseManagerId).toBe(CM2_A);
      expect(view.caseManagerChangeRequests).toEqual([expect.objectContaining({ id: requestId, outcome: 'GRANTED', previousCaseManagerId: CM_A, newCaseManagerId: CM2_A })]);
      // cm.shelter-a no longer manages the case: the phase is not theirs to move.
      expect(errorOf(await as('cm.shelter-a', MOVE, { input: { caseId, phase: 'STABILISATION' } })).code).toBe('FORBIDDEN');
      // Another shelter's head or case manager cannot decide or even find the request.
      expect(errorOf(await as('cm.shelter-b', DECIDE_CHANGE, { input: { requestId, outcome: 'REFUSED' } })).code).toBe('FORBIDDEN');
    });
  });

  describe('the team and shelter_staff', () => {
    it('shows a case to shelter_staff only once its team names them, and lets them record on it then only', async () => {
      const { caseId } = await activeCase();
      const idsFor = async (user: string) => ((await as<{ cases: { edges: Array<{ node: { id: string } }> } }>(user, CASES, {})).data!.cases.edges.map((edge) => edge.node.id));
      expect(await idsFor('psy.shelter-a')).not.toContain(caseId);
      expect(errorOf(await as('psy.shelter-a', CASE, { id: caseId })).code).toBe('FORBIDDEN');
      expect(errorOf(await as('psy.shelter-a', RECORD, { input: { caseId, area: 'HEALTH', summary: 'GOOD' } })).code).toBe('FORBIDDEN');
      expect(errorOf(await as('psy.shelter-a', SET_TEAM, { input: { caseId, memberIds: [PSY_A] } })).code).toBe('FORBIDDEN');

      const team = await as('cm.shelter-a', SET_TEAM, { input: { caseId, memberIds: [PSY_A] } });
      expect(team.errors).toBeUndefined();
      expect(team.data!.setCaseTeam.teamMemberIds).toEqual([PSY_A]);
      expect(await idsFor('psy.shelter-a')).toContain(caseId);
      expect((await as('psy.shelter-a', CASE, { id: caseId })).data!.case!.teamMemberIds).toEqual([PSY_A]);
      expect((await as('psy.shelter-a', RECORD, { input: { caseId, area: 'HEALTH', summary: 'GOOD' } })).errors).toBeUndefined();
      // shelter_staff on the team record the person's request but move nothing.
      expect((await as('psy.shelter-a', REQUEST_CHANGE, { input: { caseId } })).errors).toBeUndefined();
      expect(errorOf(await as('psy.shelter-a', MOVE, { input: { caseId, phase: 'STABILISATION' } })).code).toBe('FORBIDDEN');

      expect((await as('head.shelter-a', SET_TEAM, { input: { caseId, memberIds: [] } })).errors).toBeUndefined();
      expect(errorOf(await as('psy.shelter-a', CASE, { id: caseId })).code).toBe('FORBIDDEN');
    });

    it("names only the shelter's staff: not another shelter's, not a head, not an unknown id, not twice, not bytes no form sends", async () => {
      const { caseId } = await activeCase();
      expect(errorOf(await as('cm.shelter-a', SET_TEAM, { input: { caseId, memberIds: [PSY_A, CM_B] } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.memberIds.1'] });
      expect(errorOf(await as('cm.shelter-a', SET_TEAM, { input: { caseId, memberIds: [HEAD_A] } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.memberIds.0'] });
      expect(errorOf(await as('cm.shelter-a', SET_TEAM, { input: { caseId, memberIds: ['nobody'] } })).code).toBe('BAD_USER_INPUT');
      expect(errorOf(await as('cm.shelter-a', SET_TEAM, { input: { caseId, memberIds: [PSY_A, PSY_A] } })).code).toBe('BAD_USER_INPUT');
      expect(errorOf(await as('cm.shelter-a', SET_TEAM, { input: { caseId, memberIds: ['psy\u0000'] } })).code).toBe('BAD_USER_INPUT');
      expect(errorOf(await as('cm.shelter-a', SET_TEAM, { input: { caseId, memberIds: Array.from({ length: 21 }, (_, i) => `user-${i}`) } })).code).toBe('BAD_USER_INPUT');
      expect((await stored(caseId))['team_member_ids']).toEqual([]);
      expect(errorOf(await as('cm.shelter-b', SET_TEAM, { input: { caseId, memberIds: [CM_B] } })).code).toBe('FORBIDDEN');
    });
  });

  describe('phases, follow-up and closure', () => {
    it('moves I → II → III one step at a time, refusing a skip or a step back with CONFLICT naming both phases', async () => {
      const { caseId } = await activeCase();
      const skip = errorOf(await as('cm.shelter-a', MOVE, { input: { caseId, phase: 'SOCIAL_INCLUSION' } }));
      expect(skip.code).toBe('CONFLICT');
      expect(skip.message).toMatch(/CRISIS_INTERVENTION.*SOCIAL_INCLUSION/);
      const admittedAt = new Date((await stored(caseId))['admitted_at'] as Date);
      const second = await as('cm.shelter-a', MOVE, { input: { caseId, phase: 'STABILISATION' } });
      expect(second.data!.moveCasePhase).toMatchObject({ phase: 'STABILISATION', status: 'ACTIVE' });
      expect(new Date(second.data!.moveCasePhase.phaseReviewDueAt!).getUTCFullYear()).toBe(admittedAt.getUTCFullYear() + 1);
      expect(errorOf(await as('cm.shelter-a', MOVE, { input: { caseId, phase: 'CRISIS_INTERVENTION' } })).code).toBe('CONFLICT');
      expect((await as('cm.shelter-a', MOVE, { input: { caseId, phase: 'SOCIAL_INCLUSION' } })).data!.moveCasePhase.phase).toBe('SOCIAL_INCLUSION');
      expect(errorOf(await as('cm.shelter-a', MOVE, { input: { caseId, phase: 'SOCIAL_INCLUSION' } })).code).toBe('CONFLICT');
    });

    it('emits case.phase_moved with the next monitoring contact due by the new cadence (docs/domain.md §4), once per move', async () => {
      const { caseId, personId } = await activeCase();
      const moved = async () =>
        (await subgraph.dataSource.query(`SELECT payload FROM shelters.outbox_event WHERE type = 'case.phase_moved' AND aggregate_id = $1 ORDER BY position`, [caseId])).map(
          (row: { payload: Record<string, unknown> }) => row.payload,
        );
      // Before any contact: nothing is due yet.
      await as('cm.shelter-a', MOVE, { input: { caseId, phase: 'STABILISATION' } });
      expect(await moved()).toEqual([expect.objectContaining({ caseId, personId, providerAgencyId: 'shelter-a', phase: 'STABILISATION', nextContactDueAt: null })]);

      const contactedAt = new Date(Date.now() - 3 * 86_400_000);
      contactedAt.setUTCMilliseconds(0);
      await subgraph.dataSource.query(
        `INSERT INTO shelters.monitoring_contact (id, case_id, person_id, agency_id, mode, areas, contacted_at, phase, recorded_by, recorded_at)
         VALUES ($1, $2, $3, 'shelter-a', 'VISIT', '{FAMILY}', $4, 'STABILISATION', 'cm', now())`,
        [randomUUID(), caseId, personId, contactedAt],
      );
      await as('cm.shelter-a', MOVE, { input: { caseId, phase: 'SOCIAL_INCLUSION' } });
      const monthLater = new Date(contactedAt);
      monthLater.setUTCMonth(monthLater.getUTCMonth() + 1);
      expect((await moved())[1]).toMatchObject({ phase: 'SOCIAL_INCLUSION', nextContactDueAt: monthLater.toISOString() });
      expect(typeof (await moved())[1]?.['reference']).toBe('string');
    });

    it('refuses a phase move before admission, naming ACCEPTED', async () => {
      const { caseId } = await openCase();
      // Until a case manager is assigned, only the head decides on the case.
      expect(errorOf(await as('cm.shelter-a', MOVE, { input: { caseId, phase: 'STABILISATION' } })).code).toBe('FORBIDDEN');
      const refused = errorOf(await as('head.shelter-a', MOVE, { input: { caseId, phase: 'STABILISATION' } }));
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toMatch(/ACCEPTED/);
    });

    it('closes ACTIVE → FOLLOW_UP → CLOSED after the review, emits case.closed, and refuses everything after with CONFLICT naming CLOSED', async () => {
      const { caseId, personId, referralId } = await activeCase();
      const early = errorOf(await as('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'Goals met.' } }));
      expect(early.code).toBe('CONFLICT');
      expect(early.message).toMatch(/ACTIVE.*CLOSED/);

      const followUp = await as('cm.shelter-a', FOLLOW_UP, { caseId });
      expect(followUp.data!.startFollowUp).toMatchObject({ status: 'FOLLOW_UP' });
      expect(followUp.data!.startFollowUp.followUpStartedAt).not.toBeNull();
      expect(errorOf(await as('cm.shelter-a', FOLLOW_UP, { caseId })).message).toMatch(/FOLLOW_UP.*FOLLOW_UP/);

      // The review is required: missing is refused by the schema, blank by the service; bytes no form sends too.
      expect((await as('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL' } })).errors).toBeDefined();
      expect(errorOf(await as('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: '  \n ' } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.reviewNotes'] });
      expect(errorOf(await as('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'ok\u0007' } })).code).toBe('BAD_USER_INPUT');
      expect((await as('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'FINISHED', reviewNotes: 'ok' } })).errors).toBeDefined();
      expect(errorOf(await as('cm.shelter-b', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'x' } })).code).toBe('FORBIDDEN');
      expect(errorOf(await as('psy.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'x' } })).code).toBe('FORBIDDEN');
      expect(await stored(caseId)).toMatchObject({ status: 'FOLLOW_UP', closed_at: null });

      const closed = await as('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'PLANNED_MUTUAL', reviewNotes: 'Review held with the person; goals met.' } });
      expect(closed.errors).toBeUndefined();
      expect(closed.data!.closeCase).toMatchObject({ status: 'CLOSED', closureType: 'PLANNED_MUTUAL', closureReviewNotes: 'Review held with the person; goals met.' });
      const [event] = await events('case.closed', caseId);
      expect(event!.payload).toEqual({ caseId, referralId, personId, providerAgencyId: 'shelter-a', status: 'CLOSED', closureType: 'PLANNED_MUTUAL' });
      expect(JSON.stringify(event!.payload)).not.toContain('goals');

      for (const [query, variables] of [
        [ADMIT, admitted(caseId)],
        [MOVE, { input: { caseId, phase: 'STABILISATION' } }],
        [FOLLOW_UP, { caseId }],
        [CLOSE, { input: { caseId, closureType: 'UNPLANNED', reviewNotes: 'again' } }],
        [ASSIGN, { input: { caseId, caseManagerId: CM2_A } }],
        [SET_TEAM, { input: { caseId, memberIds: [PSY_A] } }],
        [REQUEST_CHANGE, { input: { caseId } }],
      ] as const) {
        const refused = errorOf(await as('head.shelter-a', query, variables));
        expect(refused.code).toBe('CONFLICT');
        expect(refused.message).toMatch(/CLOSED/);
      }
      // The person's erasure empties the closure review and keeps the closure's type and date.
      const erased: EventEnvelope<'person.erased'> = {
        id: randomUUID(),
        type: 'person.erased',
        aggregateId: personId,
        payload: { personId, reference: 'NRM-2026-000000' },
        occurredAt: new Date().toISOString(),
        correlationId: null,
        producer: 'identification',
      };
      await expect(subgraph.consumer.handle(erased)).resolves.toBe('processed');
      expect(await stored(caseId)).toMatchObject({ status: 'CLOSED', closure_type: 'PLANNED_MUTUAL', closure_review_notes: '' });
      const afterAdmit = errorOf(await as('head.shelter-a', ADMIT, admitted(caseId)));
      expect(afterAdmit.message).toMatch(/CLOSED.*ACTIVE/);
      // A closed case takes no new records.
      expect(errorOf(await as('cm.shelter-a', RECORD, { input: { caseId, area: 'HEALTH', summary: 'GOOD' } })).code).toBe('CONFLICT');
      expect(await events('case.closed', caseId)).toHaveLength(1);
    });

    it('closes an unplanned case straight from ACTIVE (the person left), and refuses a mutual closure from ACCEPTED', async () => {
      const { caseId } = await activeCase();
      const result = await as('head.shelter-a', CLOSE, { input: { caseId, closureType: 'UNPLANNED', reviewNotes: 'Left the shelter; no address.' } });
      expect(result.data!.closeCase).toMatchObject({ status: 'CLOSED', closureType: 'UNPLANNED' });
      const fresh = await openCase();
      const refused = errorOf(await as('head.shelter-a', CLOSE, { input: { caseId: fresh.caseId, closureType: 'NOT_MUTUAL', reviewNotes: 'Discussed.' } }));
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toMatch(/ACCEPTED.*CLOSED \(NOT_MUTUAL\)/);
    });
  });

  describe('GET /internal/cases/:caseId/closure (the referral service, for the RA who refers again at once)', () => {
    const path = (caseId: string) => `/internal/cases/${caseId}/closure`;

    it('answers the RA a CLOSED case’s ids, status and time, never the review', async () => {
      const { caseId, referralId, personId } = await activeCase();
      const closed = await as('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'UNPLANNED', reviewNotes: 'Left; the review names her aunt in Durrës.' } });
      expect(closed.errors).toBeUndefined();
      for (const user of ['ra.officer', 'ra.head']) {
        const answer = await subgraph.get<Record<string, unknown>>(path(caseId.toUpperCase()), await subgraph.tokenFor(user));
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({ caseId, referralId, personId, providerAgencyId: 'shelter-a', status: 'CLOSED', closedAt: closed.data!.closeCase.closedAt });
      }
    });

    it('is a 404 for an open case, a case closed as referred on, an unknown or malformed id', async () => {
      const ra = await subgraph.tokenFor('ra.officer');
      const open = await activeCase();
      const referredOn = await activeCase();
      await expect(subgraph.consumer.handle({
        id: randomUUID(),
        type: 'referral.closed',
        aggregateId: referredOn.referralId,
        payload: { referralId: referredOn.referralId, personId: referredOn.personId, reference: 'NRM-2026-000778', providerAgencyId: 'shelter-a', reason: 'TRANSFERRED', transferredToReferralId: randomUUID() },
        occurredAt: new Date().toISOString(),
        correlationId: null,
        producer: 'referral',
      } satisfies EventEnvelope<'referral.closed'>)).resolves.toBe('processed');
      for (const caseId of [open.caseId, referredOn.caseId, randomUUID(), 'not-a-case']) {
        expect({ caseId, status: (await subgraph.get(path(caseId), ra)).status }).toEqual({ caseId, status: 404 });
      }
    });

    it('is refused without a token (401) and to the shelter’s own staff and everyone but the RA (403)', async () => {
      const { caseId } = await activeCase();
      await as('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'UNPLANNED', reviewNotes: 'Left.' } });
      expect((await subgraph.get(path(caseId))).status).toBe(401);
      for (const user of ['cm.shelter-a', 'head.shelter-a', 'cm.shelter-b', 'police.tirana', 'coordinator', 'auditor']) {
        expect({ user, status: (await subgraph.get(path(caseId), await subgraph.tokenFor(user))).status }).toEqual({ user, status: 403 });
      }
    });
  });

  describe('a transfer (referral.closed)', () => {
    function transferred(referralId: string, personId: string): EventEnvelope<'referral.closed'> {
      return {
        id: randomUUID(),
        type: 'referral.closed',
        aggregateId: referralId,
        payload: { referralId, personId, reference: 'NRM-2026-000777', providerAgencyId: 'shelter-a', reason: 'TRANSFERRED', transferredToReferralId: randomUUID() },
        occurredAt: new Date().toISOString(),
        correlationId: 'corr-transfer',
        producer: 'referral',
      };
    }

    it('closes the old provider’s case as CLOSED_REFERRED with case.closed, once, and the shelter stops writing to it', async () => {
      const { caseId, referralId, personId } = await activeCase();
      const event = transferred(referralId, personId);
      await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
      await expect(subgraph.consumer.handle(event)).resolves.toBe('duplicate');
      await expect(subgraph.consumer.handle({ ...event, id: randomUUID() })).resolves.toBe('processed');
      const view = (await as('cm.shelter-a', CASE, { id: caseId })).data!.case!;
      expect(view).toMatchObject({ status: 'CLOSED_REFERRED', closureType: null, transferredToReferralId: event.payload.transferredToReferralId });
      expect(view.closedAt).not.toBeNull();
      const closed = await events('case.closed', caseId);
      expect(closed).toHaveLength(1);
      expect(closed[0]!.payload).toEqual({ caseId, referralId, personId, providerAgencyId: 'shelter-a', status: 'CLOSED_REFERRED', closureType: null });
      const refused = errorOf(await as('cm.shelter-a', FOLLOW_UP, { caseId }));
      expect(refused).toMatchObject({ code: 'CONFLICT' });
      expect(refused.message).toMatch(/CLOSED_REFERRED.*FOLLOW_UP/);
      expect(errorOf(await as('cm.shelter-a', RECORD, { input: { caseId, area: 'HEALTH', summary: 'GOOD' } })).code).toBe('CONFLICT');
    });

    it('changes nothing on a placement ended by its own case’s closure (reason CASE_CLOSED)', async () => {
      const { caseId, referralId, personId } = await activeCase();
      const ended = transferred(referralId, personId);
      await expect(subgraph.consumer.handle({ ...ended, payload: { ...ended.payload, reason: 'CASE_CLOSED', transferredToReferralId: null } })).resolves.toBe('processed');
      expect(await stored(caseId)).toMatchObject({ status: 'ACTIVE', closed_at: null });
      expect(await events('case.closed', caseId)).toHaveLength(0);
    });

    it('leaves a case already closed as it was', async () => {
      const { caseId, referralId, personId } = await activeCase();
      await as('cm.shelter-a', CLOSE, { input: { caseId, closureType: 'UNPLANNED', reviewNotes: 'Left.' } });
      await expect(subgraph.consumer.handle(transferred(referralId, personId))).resolves.toBe('processed');
      expect(await stored(caseId)).toMatchObject({ status: 'CLOSED', closure_type: 'UNPLANNED' });
      expect(await events('case.closed', caseId)).toHaveLength(1);
    });
  });
});
