import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventEnvelope, EventPayloads } from '@nrm/events';
import { startShelters, type SheltersUnderTest } from './shelters-harness';

/*
 * The case-management records of docs/domain.md §2 steps 4–7 on the shelters subgraph with real tokens and a real
 * database: the reintegration plan (versions locked by signatures, the guardian of a child), monitoring contacts and
 * the next contact due by phase, complaints read only by their addressee, and the urgent alert on suicide risk written
 * with the assessment. Identification's access facts are stood in for by a small HTTP server (a child when listed).
 */

jest.setTimeout(60_000);

const SAVE = `mutation ($input: SaveReintegrationPlanInput!) { saveReintegrationPlan(input: $input) {
  id version status guardianRequired objectives { area objective actions { description responsible responsibleUserId reviewDate successIndicator } }
  personSignedAt caseManagerSignedAt guardianSignedAt signedAt } }`;
const SIGN = `mutation ($input: SignReintegrationPlanInput!) { signReintegrationPlan(input: $input) { id version status signedAt } }`;
const PLANS = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { reintegrationPlans { version status objectives { area objective } } } } }`;
const CONTACT = `mutation ($input: RecordMonitoringContactInput!) { recordMonitoringContact(input: $input) { contact { id mode areas phase contactedAt } nextContactDueAt } }`;
const CONTACTS = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { monitoringContacts { id mode areas } } } }`;
const CASE_DUE = `query ($id: ID!) { case(id: $id) { id phase nextMonitoringContactDueAt } }`;
const LODGE = `mutation ($input: LodgeComplaintInput!) { lodgeComplaint(input: $input) { id addressee anonymous lodgedAt } }`;
const COMPLAINTS = `query { complaints(first: 200) { id addressee description personId outcome } }`;
const OUTCOME = `mutation ($input: RecordComplaintOutcomeInput!) { recordComplaintOutcome(input: $input) { id outcome outcomeRecordedAt } }`;
const ASSESS = `mutation ($input: RecordNeedsAssessmentInput!) { recordNeedsAssessment(input: $input) { id suicideRisk } }`;

const children = new Set<string>();
let identification: Server;
let subgraph: SheltersUnderTest;

beforeAll(async () => {
  identification = createServer((request, response) => {
    const personId = /^\/internal\/access-facts\/([0-9a-f-]{36})$/.exec(request.url ?? '')?.[1];
    if (!personId) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ isChild: children.has(personId), recordingAgency: false, relationships: [], permissions: [] }));
  });
  await new Promise<void>((resolve) => identification.listen(0, '127.0.0.1', resolve));
  const { port } = identification.address() as AddressInfo;
  subgraph = await startShelters({
    IDENTIFICATION_INTERNAL_URL: `http://127.0.0.1:${port}`,
    MONITORING_STABILISATION_DAYS: '7',
    MONITORING_SOCIAL_INCLUSION_MONTHS: '1',
    COMPLAINTS_STATE_SOCIAL_SERVICES: 'shelter-a=rdsss-tirana,shelter-b=rdsss-elsewhere',
  });
});

afterAll(async () => {
  await subgraph?.close();
  await new Promise((resolve) => identification?.close(resolve));
});

/** psy.shelter-a's directory id (the token's sub; infra/keycloak/README.md). */
const PSYCHOLOGIST_SUB = '00000000-0000-4000-8000-000000000010';

async function openCase(providerAgencyId = 'shelter-a', options: { child?: boolean } = {}): Promise<{ caseId: string; personId: string; reference: string }> {
  const referralId = randomUUID();
  const personId = randomUUID();
  if (options.child) children.add(personId);
  const reference = `NRM-2099-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const event: EventEnvelope<'referral.accepted'> = {
    id: randomUUID(),
    type: 'referral.accepted',
    aggregateId: referralId,
    payload: { referralId, personId, reference, providerAgencyId },
    occurredAt: new Date(Date.now() - 60 * 86_400_000).toISOString(),
    correlationId: null,
    producer: 'referral',
  };
  await expect(subgraph.consumer.handle(event)).resolves.toBe('processed');
  const [row] = await subgraph.dataSource.query(`SELECT id FROM shelters.shelter_case WHERE referral_id = $1`, [referralId]);
  // Cases open a while ago, so contacts may be dated in the past; the team names psy.shelter-a (shelter_staff work only
  // on their team's cases).
  await subgraph.dataSource.query(
    `UPDATE shelters.shelter_case SET opened_at = now() - interval '60 days', team_member_ids = ARRAY[$2] WHERE id = $1`,
    [row.id, PSYCHOLOGIST_SUB],
  );
  return { caseId: row.id, personId, reference };
}

async function call<T = Record<string, unknown>>(username: string, query: string, variables: Record<string, unknown> = {}) {
  return subgraph.graphql<T>(query, variables, await subgraph.tokenFor(username));
}

const codeOf = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.['code'];
const fieldsOf = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.['fields'];

function plan(caseId: string, objective = 'Stable housing') {
  return {
    caseId,
    objectives: [
      {
        area: 'ACCOMMODATION',
        objective,
        actions: [
          { description: 'Visit flats', responsible: 'PERSON', reviewDate: '2099-01-15', successIndicator: 'A lease signed' },
          {
            description: 'Apply for housing benefit',
            responsible: 'TEAM_MEMBER',
            responsibleUserId: '00000000-0000-4000-8000-000000000010',
            reviewDate: '2099-02-01',
            successIndicator: 'Benefit granted',
          },
        ],
      },
      { area: 'EMPLOYMENT', objective: 'A job', actions: [{ description: 'Training', responsible: 'PERSON', reviewDate: '2099-03-01', successIndicator: 'Certificate' }] },
    ],
  };
}

describe('the reintegration plan', () => {
  it('is a draft until signed, locked by a signature, and every version stays readable', async () => {
    const { caseId, personId, reference } = await openCase();
    const first = await call<{ saveReintegrationPlan: { id: string; version: number; status: string; guardianRequired: boolean } }>('cm.shelter-a', SAVE, {
      input: plan(caseId),
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.saveReintegrationPlan).toMatchObject({ version: 1, status: 'DRAFT', guardianRequired: false });

    // A draft is edited in place: still version 1.
    const edited = await call<{ saveReintegrationPlan: { id: string; version: number } }>('psy.shelter-a', SAVE, { input: plan(caseId, 'Own flat') });
    expect(edited.data?.saveReintegrationPlan).toMatchObject({ id: first.data?.saveReintegrationPlan.id, version: 1 });

    const personSigned = await call<{ signReintegrationPlan: { status: string } }>('cm.shelter-a', SIGN, { input: { caseId, version: 1, signatory: 'PERSON' } });
    expect(personSigned.data?.signReintegrationPlan.status).toBe('AWAITING_SIGNATURES');

    // Signed by someone: a change is the next version; version 1 keeps its words.
    const second = await call<{ saveReintegrationPlan: { version: number; status: string } }>('cm.shelter-a', SAVE, { input: plan(caseId, 'Shared flat') });
    expect(second.data?.saveReintegrationPlan).toMatchObject({ version: 2, status: 'DRAFT' });

    const stale = await call('cm.shelter-a', SIGN, { input: { caseId, version: 1, signatory: 'CASE_MANAGER' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(fieldsOf(stale)).toEqual(['input.version']);

    await call('cm.shelter-a', SIGN, { input: { caseId, version: 2, signatory: 'PERSON' } });
    const signed = await call<{ signReintegrationPlan: { status: string; signedAt: string | null } }>('cm.shelter-a', SIGN, {
      input: { caseId, version: 2, signatory: 'CASE_MANAGER' },
    });
    expect(signed.data?.signReintegrationPlan.status).toBe('SIGNED');
    expect(signed.data?.signReintegrationPlan.signedAt).not.toBeNull();

    // Signed: each action's review date is a deadline (docs/domain.md §4), carried as the end of that day in Tirana,
    // with the team member responsible and never the plan's words.
    const planEvents: Array<{ type: string; payload: EventPayloads['reintegration_plan.signed'] }> = await subgraph.dataSource.query(
      `SELECT type, payload FROM shelters.outbox_event WHERE type = 'reintegration_plan.signed' AND payload->>'caseId' = $1`,
      [caseId],
    );
    expect(planEvents).toHaveLength(1);
    const [{ payload: signedPlan }] = planEvents as [(typeof planEvents)[number]];
    expect(signedPlan).toMatchObject({ caseId, personId, reference, providerAgencyId: 'shelter-a', version: 2 });
    expect(signedPlan.actions.map((action) => [action.reviewDueAt, action.responsibleUserId])).toEqual([
      ['2099-01-15T22:59:59.999Z', null],
      ['2099-02-01T22:59:59.999Z', '00000000-0000-4000-8000-000000000010'],
      ['2099-03-01T22:59:59.999Z', null],
    ]);
    expect(new Set(signedPlan.actions.map((action) => action.actionId)).size).toBe(3);
    expect(JSON.stringify(signedPlan)).not.toMatch(/flat|benefit|Training/i);

    const twice = await call('cm.shelter-a', SIGN, { input: { caseId, version: 2, signatory: 'PERSON' } });
    expect(codeOf(twice)).toBe('CONFLICT');

    const read = await call<{ _entities: Array<{ reintegrationPlans: Array<{ version: number; status: string; objectives: Array<{ objective: string }> }> }> }>(
      'cm.shelter-a',
      PLANS,
      { reps: [{ __typename: 'Person', id: personId }] },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?._entities[0]?.reintegrationPlans.map((version) => [version.version, version.status, version.objectives[0]?.objective])).toEqual([
      [1, 'AWAITING_SIGNATURES', 'Own flat'],
      [2, 'SIGNED', 'Shared flat'],
    ]);

    // Not even a query bypassing the service rewrites a signed version.
    await expect(
      subgraph.dataSource.query(`UPDATE shelters.reintegration_plan_version SET objectives = '[{"x":1}]'::jsonb WHERE case_id = $1 AND version = 2`, [caseId]),
    ).rejects.toThrow(/locked/);
  });

  it("of a child needs a parent's or guardian's signature; an adult's refuses one", async () => {
    const child = await openCase('shelter-a', { child: true });
    const saved = await call<{ saveReintegrationPlan: { guardianRequired: boolean } }>('cm.shelter-a', SAVE, { input: plan(child.caseId) });
    expect(saved.data?.saveReintegrationPlan.guardianRequired).toBe(true);
    await call('cm.shelter-a', SIGN, { input: { caseId: child.caseId, version: 1, signatory: 'PERSON' } });
    const withoutGuardian = await call<{ signReintegrationPlan: { status: string } }>('cm.shelter-a', SIGN, {
      input: { caseId: child.caseId, version: 1, signatory: 'CASE_MANAGER' },
    });
    expect(withoutGuardian.data?.signReintegrationPlan.status).toBe('AWAITING_SIGNATURES');
    const complete = await call<{ signReintegrationPlan: { status: string } }>('cm.shelter-a', SIGN, {
      input: { caseId: child.caseId, version: 1, signatory: 'GUARDIAN' },
    });
    expect(complete.data?.signReintegrationPlan.status).toBe('SIGNED');

    const adult = await openCase();
    await call('cm.shelter-a', SAVE, { input: plan(adult.caseId) });
    const guardian = await call('cm.shelter-a', SIGN, { input: { caseId: adult.caseId, version: 1, signatory: 'GUARDIAN' } });
    expect(codeOf(guardian)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(guardian)).toEqual(['input.signatory']);
  });

  it('refuses other shelters, wrong roles, forged ids and free text where codes belong', async () => {
    const { caseId, personId } = await openCase();
    expect(codeOf(await call('cm.shelter-b', SAVE, { input: plan(caseId) }))).toBe('FORBIDDEN');
    expect(codeOf(await call('cm.shelter-a', SAVE, { input: plan(randomUUID()) }))).toBe('FORBIDDEN');
    expect(codeOf(await call('ra.officer', SAVE, { input: plan(caseId) }))).toBe('FORBIDDEN');
    expect(codeOf(await call('head.shelter-a', SAVE, { input: plan(caseId) }))).toBe('FORBIDDEN');
    await call('cm.shelter-a', SAVE, { input: plan(caseId) });
    // The team's psychologist drafts, but only a case manager records signatures.
    expect(codeOf(await call('psy.shelter-a', SIGN, { input: { caseId, version: 1, signatory: 'CASE_MANAGER' } }))).toBe('FORBIDDEN');
    expect(codeOf(await call('cm.shelter-b', SIGN, { input: { caseId, version: 1, signatory: 'PERSON' } }))).toBe('FORBIDDEN');
    const forged = await call('cm.shelter-a', SAVE, { input: { ...plan(caseId), caseId: "1' OR '1'='1" } });
    expect(codeOf(forged)).toBe('BAD_USER_INPUT');
    const freeText = plan(caseId);
    freeText.objectives[0]!.area = 'Housing please';
    expect(codeOf(await call('cm.shelter-a', SAVE, { input: freeText }))).toBe('BAD_USER_INPUT');
    const noMember = plan(caseId);
    delete (noMember.objectives[0]!.actions[1] as { responsibleUserId?: string }).responsibleUserId;
    const missing = await call('cm.shelter-a', SAVE, { input: noMember });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(missing)).toEqual(['input.objectives.0.actions.1.responsibleUserId']);
    const duplicate = plan(caseId);
    duplicate.objectives[1]!.area = 'ACCOMMODATION';
    expect(fieldsOf(await call('cm.shelter-a', SAVE, { input: duplicate }))).toEqual(['input.objectives.1.area']);
    // Another shelter reads none of it: no relationship to the person at all.
    const other = await call<{ _entities: Array<{ reintegrationPlans: unknown } | null> }>('cm.shelter-b', PLANS, { reps: [{ __typename: 'Person', id: personId }] });
    expect(other.data?._entities[0]?.reintegrationPlans ?? null).toBeNull();
    expect(codeOf(other)).toBe('FORBIDDEN');
  });
});

describe('monitoring contacts', () => {
  it('give the next contact due by the case phase: weekly in stabilisation, monthly in social inclusion', async () => {
    const { caseId, personId, reference } = await openCase();
    await subgraph.dataSource.query(`UPDATE shelters.shelter_case SET status = 'ACTIVE', phase = 'STABILISATION', admitted_at = now() - interval '59 days' WHERE id = $1`, [caseId]);
    const contactedAt = new Date(Date.now() - 2 * 86_400_000);
    contactedAt.setUTCMilliseconds(0);
    const recorded = await call<{ recordMonitoringContact: { contact: { id: string; phase: string; areas: string[] }; nextContactDueAt: string } }>('cm.shelter-a', CONTACT, {
      input: { caseId, mode: 'VISIT', areas: ['FAMILY', 'HEALTH'], contactedAt: contactedAt.toISOString(), notes: 'Doing well' },
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordMonitoringContact.contact).toMatchObject({ phase: 'STABILISATION', areas: ['FAMILY', 'HEALTH'] });
    expect(new Date(recorded.data!.recordMonitoringContact.nextContactDueAt).getTime()).toBe(contactedAt.getTime() + 7 * 86_400_000);
    // The contact's event carries the next contact due, the clock the notifications service keeps (docs/domain.md §4).
    const contactEvents: Array<{ payload: EventPayloads['monitoring_contact.recorded'] }> = await subgraph.dataSource.query(
      `SELECT payload FROM shelters.outbox_event WHERE type = 'monitoring_contact.recorded' AND payload->>'caseId' = $1`,
      [caseId],
    );
    expect(contactEvents.map((event) => event.payload)).toEqual([
      {
        contactId: recorded.data?.recordMonitoringContact.contact.id,
        caseId,
        personId,
        reference,
        providerAgencyId: 'shelter-a',
        latestContactAt: contactedAt.toISOString(),
        nextContactDueAt: recorded.data?.recordMonitoringContact.nextContactDueAt,
      },
    ]);

    await subgraph.dataSource.query(`UPDATE shelters.shelter_case SET phase = 'SOCIAL_INCLUSION' WHERE id = $1`, [caseId]);
    const due = await call<{ case: { nextMonitoringContactDueAt: string } }>('cm.shelter-a', CASE_DUE, { id: caseId });
    expect(due.errors).toBeUndefined();
    const monthLater = new Date(contactedAt);
    monthLater.setUTCMonth(monthLater.getUTCMonth() + 1);
    expect(new Date(due.data!.case.nextMonitoringContactDueAt).getTime()).toBe(monthLater.getTime());

    const contacts = await call<{ _entities: Array<{ monitoringContacts: Array<{ mode: string }> }> }>('psy.shelter-a', CONTACTS, {
      reps: [{ __typename: 'Person', id: personId }],
    });
    expect(contacts.data?._entities[0]?.monitoringContacts.map((contact) => contact.mode)).toEqual(['VISIT']);
  });

  it('has no due date before the case has a phase', async () => {
    const { caseId } = await openCase();
    const recorded = await call<{ recordMonitoringContact: { nextContactDueAt: string | null } }>('cm.shelter-a', CONTACT, {
      input: { caseId, mode: 'PHONE', areas: ['EMOTIONS'] },
    });
    expect(recorded.data?.recordMonitoringContact.nextContactDueAt).toBeNull();
  });

  it('refuses other shelters, wrong roles, future dates and free text where codes belong', async () => {
    const { caseId } = await openCase();
    const input = { caseId, mode: 'OFFICE', areas: ['LEGAL'] };
    expect(codeOf(await call('cm.shelter-b', CONTACT, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await call('rdsss.tirana', CONTACT, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await call('cm.shelter-a', CONTACT, { input: { ...input, areas: ['how she feels'] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call('cm.shelter-a', CONTACT, { input: { ...input, mode: 'EMAIL' } }))).toBe('BAD_USER_INPUT');
    const future = await call('cm.shelter-a', CONTACT, { input: { ...input, contactedAt: new Date(Date.now() + 86_400_000).toISOString() } });
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(future)).toEqual(['input.contactedAt']);
  });
});

describe('complaints', () => {
  type Listed = { complaints: Array<{ id: string; addressee: string; description: string; personId: string | null }> };
  const idsOf = async (username: string) => ((await call<Listed>(username, COMPLAINTS)).data?.complaints ?? []).map((complaint) => complaint.id);

  it('to the state social service reach the regional social service only, never the shelter, even whoever recorded it', async () => {
    const { caseId, personId } = await openCase();
    const lodged = await call<{ lodgeComplaint: { id: string; addressee: string } }>('cm.shelter-a', LODGE, {
      input: { caseId, anonymous: false, channel: 'VERBAL', addressee: 'STATE_SOCIAL_SERVICE', aspect: 'STAFF_CONDUCT', description: 'Shouted at me' },
    });
    expect(lodged.errors).toBeUndefined();
    const id = lodged.data!.lodgeComplaint.id;
    for (const staff of ['cm.shelter-a', 'psy.shelter-a', 'head.shelter-a', 'cm.shelter-b']) expect(await idsOf(staff)).not.toContain(id);
    const seen = await call<Listed>('rdsss.tirana', COMPLAINTS);
    expect(seen.data?.complaints.find((complaint) => complaint.id === id)).toMatchObject({ description: 'Shouted at me', personId });
    // Read on the addressee's legal mandate, and audited.
    const [entry] = await subgraph.dataSource.query(
      `SELECT basis, decision, categories FROM shelters.audit_entry WHERE person_id = $1 AND actor_agency_id = 'rdsss-tirana' ORDER BY id DESC LIMIT 1`,
      [personId],
    );
    expect(entry).toMatchObject({ basis: 'LEGAL_MANDATE', decision: 'ALLOWED' });

    expect(codeOf(await call('head.shelter-a', OUTCOME, { input: { complaintId: id, outcome: 'UPHELD' } }))).toBe('NOT_FOUND');
    const outcome = await call<{ recordComplaintOutcome: { outcome: string } }>('rdsss.tirana', OUTCOME, { input: { complaintId: id, outcome: 'UPHELD', note: 'Staff retrained' } });
    expect(outcome.data?.recordComplaintOutcome.outcome).toBe('UPHELD');
    expect(codeOf(await call('rdsss.tirana', OUTCOME, { input: { complaintId: id, outcome: 'NOT_UPHELD' } }))).toBe('CONFLICT');
  });

  it('to the staff reach its case managers and programme manager; to the programme manager only the programme manager', async () => {
    const { caseId } = await openCase();
    const toStaff = await call<{ lodgeComplaint: { id: string } }>('psy.shelter-a', LODGE, {
      input: { caseId, anonymous: false, channel: 'WRITTEN', addressee: 'STAFF', aspect: 'ACCOMMODATION', description: 'Cold room' },
    });
    const toHead = await call<{ lodgeComplaint: { id: string } }>('cm.shelter-a', LODGE, {
      input: { anonymous: true, channel: 'WRITTEN', addressee: 'PROGRAMME_MANAGER', aspect: 'RULES', description: 'Curfew too early' },
    });
    const staffId = toStaff.data!.lodgeComplaint.id;
    const headId = toHead.data!.lodgeComplaint.id;
    expect(await idsOf('cm.shelter-a')).toEqual(expect.arrayContaining([staffId]));
    expect(await idsOf('cm.shelter-a')).not.toContain(headId);
    expect(await idsOf('head.shelter-a')).toEqual(expect.arrayContaining([staffId, headId]));
    for (const outsider of ['cm.shelter-b', 'rdsss.tirana']) expect(await idsOf(outsider)).not.toEqual(expect.arrayContaining([staffId]));
    const [anonymous] = await subgraph.dataSource.query(`SELECT case_id, person_id FROM shelters.complaint WHERE id = $1`, [headId]);
    expect(anonymous).toEqual({ case_id: null, person_id: null });
  });

  it('refuse wrong roles, other shelters, forged ids and free text where codes belong', async () => {
    const { caseId } = await openCase();
    const input = { caseId, anonymous: false, channel: 'WRITTEN', addressee: 'STAFF', aspect: 'OTHER', description: 'x' };
    expect(codeOf(await call('ra.officer', LODGE, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await call('ra.officer', COMPLAINTS))).toBe('FORBIDDEN');
    expect(codeOf(await call('cm.shelter-b', LODGE, { input }))).toBe('FORBIDDEN');
    expect(fieldsOf(await call('cm.shelter-a', LODGE, { input: { ...input, anonymous: true } }))).toEqual(['input.caseId']);
    expect(fieldsOf(await call('cm.shelter-a', LODGE, { input: { ...input, caseId: null } }))).toEqual(['input.caseId']);
    expect(codeOf(await call('cm.shelter-a', LODGE, { input: { ...input, addressee: 'the minister' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call('rdsss.tirana', OUTCOME, { input: { complaintId: randomUUID(), outcome: 'UPHELD' } }))).toBe('NOT_FOUND');
    expect(codeOf(await call('rdsss.tirana', OUTCOME, { input: { complaintId: 'not-an-id', outcome: 'UPHELD' } }))).toBe('BAD_USER_INPUT');
  });
});

describe('the urgent alert on suicide risk', () => {
  it('is written with the assessment as assessment.urgent_finding, ids and the code only', async () => {
    const { caseId, personId, reference } = await openCase();
    const recorded = await call<{ recordNeedsAssessment: { id: string } }>('psy.shelter-a', ASSESS, {
      input: { caseId, area: 'PSYCHOSOCIAL', summary: 'DIFFICULTIES_OUTWEIGH_STRENGTHS', suicideRisk: true, notes: 'Talked of ending it' },
    });
    expect(recorded.errors).toBeUndefined();
    const assessmentId = recorded.data!.recordNeedsAssessment.id;
    const events: Array<{ type: string; payload: Record<string, unknown> }> = await subgraph.dataSource.query(
      `SELECT type, payload FROM shelters.outbox_event WHERE aggregate_id = $1 ORDER BY position`,
      [assessmentId],
    );
    // Every assessment also announces itself (it meets the case's needs assessment deadline, docs/domain.md §4).
    expect(events).toEqual([
      {
        type: 'assessment.recorded',
        payload: {
          assessmentId,
          caseId,
          personId,
          reference,
          providerAgencyId: 'shelter-a',
          area: 'PSYCHOSOCIAL',
          recordedAt: expect.any(String),
          areasRecorded: ['PSYCHOSOCIAL'],
          complete: false,
        },
      },
      {
        type: 'assessment.urgent_finding',
        payload: { assessmentId, caseId, personId, reference, providerAgencyId: 'shelter-a', kind: 'SUICIDE_RISK' },
      },
    ]);

    const calm = await call<{ recordNeedsAssessment: { id: string } }>('psy.shelter-a', ASSESS, {
      input: { caseId, area: 'PSYCHOSOCIAL', summary: 'DIFFICULTIES_OUTWEIGH_STRENGTHS', suicideRisk: false },
    });
    const calmEvents: Array<{ type: string }> = await subgraph.dataSource.query(`SELECT type FROM shelters.outbox_event WHERE aggregate_id = $1`, [
      calm.data!.recordNeedsAssessment.id,
    ]);
    expect(calmEvents.map((event) => event.type)).toEqual(['assessment.recorded']);
  });
});

describe('the comprehensive needs assessment (docs/events.md, assessment.recorded)', () => {
  const ONE_OF_EACH: Record<string, string> = {
    PRE_DEPARTURE: 'REMAIN_IN_COUNTRY',
    SECURITY: 'LOW_RISK',
    ACCOMMODATION: 'RESOLVED',
    LEGAL: 'NONE',
    HEALTH: 'GOOD',
    PSYCHOSOCIAL: 'WELL_ADJUSTED',
    FAMILY: 'RESOLVED',
    EDUCATION: 'NOT_INTERESTED',
    EMPLOYMENT: 'NOT_INTERESTED',
  };
  const recordedOf = async (caseId: string) =>
    (
      await subgraph.dataSource.query<Array<{ payload: { area: string; areasRecorded: string[]; complete: boolean } }>>(
        `SELECT payload FROM shelters.outbox_event WHERE type = 'assessment.recorded' AND payload->>'caseId' = $1 ORDER BY position`,
        [caseId],
      )
    ).map((row) => row.payload);

  it('says it is complete only once every area is recorded, whatever order and however many areas are recorded at once', async () => {
    const { caseId } = await openCase();
    const areas = Object.keys(ONE_OF_EACH);
    // One area twice first: a repeated area does not count as another.
    for (const area of [areas[0]!, areas[0]!, areas[1]!]) {
      const result = await call('cm.shelter-a', ASSESS, { input: { caseId, area, summary: ONE_OF_EACH[area] } });
      expect(result.errors).toBeUndefined();
    }
    expect((await recordedOf(caseId)).map((event) => [event.areasRecorded.length, event.complete])).toEqual([
      [1, false],
      [1, false],
      [2, false],
    ]);
    // The other seven at once: exactly one of them sees all nine.
    const rest = await Promise.all(areas.slice(2).map((area) => call('cm.shelter-a', ASSESS, { input: { caseId, area, summary: ONE_OF_EACH[area] } })));
    expect(rest.map((result) => result.errors)).toEqual(rest.map(() => undefined));
    const events = await recordedOf(caseId);
    expect(events.filter((event) => event.complete)).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ complete: true, areasRecorded: [...areas].sort() });
    expect(events.slice(0, -1).every((event) => !event.complete)).toBe(true);
  });

  it("counts only the case's own areas, never another case's", async () => {
    const first = await openCase();
    const areas = Object.keys(ONE_OF_EACH);
    for (const area of areas.slice(0, 8)) await call('cm.shelter-a', ASSESS, { input: { caseId: first.caseId, area, summary: ONE_OF_EACH[area] } });
    const other = await openCase('shelter-b');
    await call('cm.shelter-b', ASSESS, { input: { caseId: other.caseId, area: areas[8]!, summary: ONE_OF_EACH[areas[8]!] } });
    expect((await recordedOf(other.caseId)).map((event) => event.complete)).toEqual([false]);
    expect((await recordedOf(first.caseId)).some((event) => event.complete)).toBe(false);
  });
});

describe('the case team (docs/domain.md §3, "Within a shelter: the case team")', () => {
  it('keeps the records from shelter_staff the team does not name, whatever identification links, and opens them the moment it does', async () => {
    const { caseId, personId } = await openCase();
    const setTeam = (members: string[]) => subgraph.dataSource.query(`UPDATE shelters.shelter_case SET team_member_ids = $2 WHERE id = $1`, [caseId, members]);
    expect((await call('cm.shelter-a', CONTACT, { input: { caseId, mode: 'VISIT', areas: ['EMOTIONS'] } })).errors).toBeUndefined();
    const reads = async (username: string) => {
      const result = await call<{ _entities: Array<{ monitoringContacts: Array<{ mode: string }> | null } | null> }>(username, CONTACTS, { reps: [{ __typename: 'Person', id: personId }] });
      return result.data?._entities[0]?.monitoringContacts?.map((contact) => contact.mode) ?? codeOf(result);
    };
    // The identification stand-in answers every agency as linked: the team is this service's own check.
    await setTeam([]);
    expect(await reads('psy.shelter-a')).toBe('FORBIDDEN');
    expect(await reads('cm.shelter-a')).toEqual(['VISIT']);
    expect(await reads('head.shelter-a')).toEqual(['VISIT']);
    await setTeam([PSYCHOLOGIST_SUB]);
    expect(await reads('psy.shelter-a')).toEqual(['VISIT']);
    await setTeam([]);
    expect(await reads('psy.shelter-a')).toBe('FORBIDDEN');
    // A team of another shelter's case of the same person names no one here.
    const other = await openCase('shelter-b');
    await subgraph.dataSource.query(`UPDATE shelters.shelter_case SET person_id = $2, team_member_ids = ARRAY[$3] WHERE id = $1`, [other.caseId, personId, PSYCHOLOGIST_SUB]);
    expect(await reads('psy.shelter-a')).toBe('FORBIDDEN');
  });
});
