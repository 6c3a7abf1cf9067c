import { randomUUID } from 'node:crypto';
import { Sex } from '@nrm/domain';
import type { EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import { SettableClock } from '@nrm/service-kit';
import { startSubgraph } from '@nrm/testing';
import { AppModule } from '../src/app.module';
import { SWEEP_BATCH } from '../src/deadline/deadline.repository';
import { DeadlineService } from '../src/deadline/deadline.service';
import { notificationsDefinition } from '../src/service-definition';
import { envelope, type NotificationsUnderTest, testReference } from './notifications-harness';

// Every clock of docs/domain.md §4 this service keeps, on a clock the test moves: each opens a deadline, reminds its
// owner, escalates when missed, and never fires once the work is done. The sweep is called as its job calls it.

jest.setTimeout(60_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const DEADLINES = `query D($filter: DeadlineFilter, $first: Int, $after: String) {
  deadlines(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id kind subjectRef subjectId ownerAgencyId dueAt state closedAt escalatedAt metBy } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ACKNOWLEDGE = `mutation A($id: ID!) { acknowledgeIdentification(identificationId: $id) { id kind state closedAt metBy } }`;
const MY_NOTIFICATIONS = `{ myNotifications(first: 200) { id kind subjectRef subjectId dueAt deadlineKind acknowledgedBy acknowledgedAt } }`;

interface DeadlineView {
  id: string;
  kind: string;
  subjectRef: string;
  subjectId: string;
  ownerAgencyId: string;
  dueAt: string;
  state: string;
  closedAt: string | null;
  escalatedAt: string | null;
  metBy: string | null;
}
interface NotificationView {
  id: string;
  kind: string;
  subjectRef: string;
  subjectId: string;
  dueAt: string | null;
  deadlineKind: string | null;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
}

const clock = new SettableClock(new Date());
let service: NotificationsUnderTest;
let deadlines: DeadlineService;

beforeAll(async () => {
  const started = await startSubgraph({
    ...notificationsDefinition,
    appModule: (runtime) => AppModule.register(runtime, clock),
    env: {
      RA_ACKNOWLEDGE_HOURS: '24',
      REFERRAL_RESPONSE_HOURS: '24',
      URGENT_REFERRAL_RESPONSE_HOURS: '4',
      DEADLINE_REMINDER_FRACTION: '0.5',
      DEADLINE_REMINDER_BEFORE_HOURS: '24',
      EXPIRY_REMINDER_DAYS: '14,3',
      RESPONSIBLE_AUTHORITY_AGENCY_ID: 'responsible-authority',
      // Other files' rows may address a team function of shelter-a: the directory is not running here, fail fast.
      IDENTIFICATION_TIMEOUT_MS: '100',
    },
  });
  if (!started.consumer) throw new Error('notifications consumes events');
  service = { ...started, consumer: started.consumer };
  deadlines = service.app.get(DeadlineService);
});

afterAll(async () => {
  await service?.close();
});

/** An event as its producer publishes it, happening now on the test's clock. */
function at<T extends EventType>(type: T, payload: EventPayloads[T], producer?: EventEnvelope['producer']): EventEnvelope<T> {
  const event = envelope(type, payload, clock.now());
  return producer ? { ...event, producer } : event;
}

function submitted(): EventEnvelope<'identification.submitted'> {
  return at('identification.submitted', {
    identificationId: randomUUID(),
    personId: randomUUID(),
    reference: testReference(),
    recordingAgencyId: 'police-tirana',
    isChild: false,
    region: 'TIRANA',
    anonymous: false,
    routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
    childProtectionUnit: null,
  });
}

function referral(urgent = false) {
  return { referralId: randomUUID(), personId: randomUUID(), reference: testReference(), providerAgencyId: 'shelter-a', urgent };
}

async function deadlinesAs(username: string, filter: Record<string, unknown>): Promise<DeadlineView[]> {
  const result = await service.graphql<{ deadlines: { edges: Array<{ node: DeadlineView }> } }>(DEADLINES, { filter, first: 100 }, await service.tokenFor(username));
  expect(result.errors).toBeUndefined();
  return result.data!.deadlines.edges.map((edge) => edge.node);
}

async function deadlineOf(subjectRef: string, username = 'ra.officer'): Promise<DeadlineView | undefined> {
  const [deadline] = await deadlinesAs(username, { subjectRef });
  return deadline;
}

async function notificationsOf(username: string, subjectId: string): Promise<NotificationView[]> {
  const result = await service.graphql<{ myNotifications: NotificationView[] }>(MY_NOTIFICATIONS, {}, await service.tokenFor(username));
  expect(result.errors).toBeUndefined();
  return result.data!.myNotifications.filter((notification) => notification.subjectId === subjectId);
}

const kindsOf = (notifications: NotificationView[]) => notifications.map((notification) => notification.kind).sort();

/** The reminder and escalation notifications the sweep wrote for one deadline. */
async function sweepNotificationsOf(deadlineId: string): Promise<Array<{ kind: string; audience_agency_id: string; audience_roles: string[] }>> {
  return service.dataSource.query(
    `SELECT kind, audience_agency_id, audience_roles FROM notifications.notification WHERE deadline_id = $1 ORDER BY created_at, kind`,
    [deadlineId],
  );
}

describe('RA acknowledgement of a new identification', () => {
  it('opens on submission, reminds the RA officers half-way, escalates to the RA head when missed, and is met late by the acknowledgement', async () => {
    const event = submitted();
    await service.consumer.handle(event);
    const opened = await deadlineOf(event.payload.reference);
    expect(opened).toMatchObject({ kind: 'RA_ACKNOWLEDGEMENT', state: 'OPEN', ownerAgencyId: 'responsible-authority', subjectId: event.payload.identificationId });
    expect(new Date(opened!.dueAt).getTime()).toBe(clock.now().getTime() + 24 * HOUR);
    // A shelter never sees it.
    expect(await deadlineOf(event.payload.reference, 'cm.shelter-a')).toBeUndefined();

    clock.advance(12 * HOUR - 1000);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(opened!.id)).toEqual([]);

    clock.advance(2000);
    await deadlines.sweep();
    await deadlines.sweep();
    expect(await sweepNotificationsOf(opened!.id)).toEqual([{ kind: 'DEADLINE_REMINDER', audience_agency_id: 'responsible-authority', audience_roles: ['ra_officer'] }]);
    const [reminder] = (await notificationsOf('ra.officer', event.payload.identificationId)).filter((item) => item.kind === 'DEADLINE_REMINDER');
    expect(reminder).toMatchObject({ deadlineKind: 'RA_ACKNOWLEDGEMENT', subjectRef: event.payload.reference, dueAt: opened!.dueAt });
    expect(kindsOf(await notificationsOf('ra.head', event.payload.identificationId))).toEqual(['NEW_IDENTIFICATION']);

    clock.advance(12 * HOUR);
    await deadlines.sweep();
    expect((await deadlineOf(event.payload.reference))?.state).toBe('ESCALATED');
    expect(kindsOf(await notificationsOf('ra.head', event.payload.identificationId))).toEqual(['DEADLINE_ESCALATED', 'NEW_IDENTIFICATION']);
    expect(await deadlinesAs('ra.head', { subjectRef: event.payload.reference, overdueOnly: true })).toHaveLength(1);

    // Acknowledged late: met, and nothing fires after it.
    const acknowledged = await service.graphql<{ acknowledgeIdentification: DeadlineView }>(ACKNOWLEDGE, { id: event.payload.identificationId }, await service.tokenFor('ra.officer'));
    expect(acknowledged.errors).toBeUndefined();
    expect(acknowledged.data?.acknowledgeIdentification).toMatchObject({ state: 'MET', metBy: 'ra.officer' });
    clock.advance(DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(opened!.id)).toHaveLength(2);
  });

  it('is met at once by the acknowledgement (read-your-writes), shown to the whole RA team, idempotent, and never fires afterwards', async () => {
    const event = submitted();
    await service.consumer.handle(event);
    const id = event.payload.identificationId;
    const first = await service.graphql<{ acknowledgeIdentification: DeadlineView }>(ACKNOWLEDGE, { id }, await service.tokenFor('ra.officer'));
    expect(first.errors).toBeUndefined();
    expect((await deadlineOf(event.payload.reference))?.state).toBe('MET');

    clock.advance(1000);
    const again = await service.graphql<{ acknowledgeIdentification: DeadlineView }>(ACKNOWLEDGE, { id }, await service.tokenFor('ra.head'));
    expect(again.data?.acknowledgeIdentification).toEqual(first.data?.acknowledgeIdentification);

    for (const username of ['ra.officer', 'ra.head']) {
      const [notification] = await notificationsOf(username, id);
      expect(notification).toMatchObject({ kind: 'NEW_IDENTIFICATION', acknowledgedBy: 'ra.officer', acknowledgedAt: first.data?.acknowledgeIdentification.closedAt });
    }

    const { id: deadlineId } = (await deadlineOf(event.payload.reference))!;
    clock.advance(2 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(deadlineId)).toEqual([]);
    expect((await deadlineOf(event.payload.reference))?.state).toBe('MET');
  });

  it("shows who acknowledged on the RA's notification only, not on the child protection unit's", async () => {
    const event = submitted();
    const child = { ...event, payload: { ...event.payload, isChild: true, childProtectionUnit: { agencyId: 'cpu-tirana', ofRegion: true } } };
    await service.consumer.handle(child);
    const acknowledged = await service.graphql(ACKNOWLEDGE, { id: child.payload.identificationId }, await service.tokenFor('ra.head'));
    expect(acknowledged.errors).toBeUndefined();
    expect(await notificationsOf('ra.officer', child.payload.identificationId)).toEqual([expect.objectContaining({ acknowledgedBy: 'ra.head' })]);
    expect(await notificationsOf('cpw.tirana', child.payload.identificationId)).toEqual([
      expect.objectContaining({ kind: 'NEW_IDENTIFICATION', acknowledgedBy: null, acknowledgedAt: null }),
    ]);
  });

  it('is acknowledged by the RA only, and an unknown identification is not found', async () => {
    const event = submitted();
    await service.consumer.handle(event);
    for (const username of ['cm.shelter-a', 'head.shelter-a', 'police.tirana', 'cpw.tirana', 'coordinator']) {
      const denied = await service.graphql(ACKNOWLEDGE, { id: event.payload.identificationId }, await service.tokenFor(username));
      expect(denied.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    expect((await deadlineOf(event.payload.reference))?.state).toBe('OPEN');
    const unknown = await service.graphql(ACKNOWLEDGE, { id: randomUUID() }, await service.tokenFor('ra.officer'));
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const malformed = await service.graphql(ACKNOWLEDGE, { id: 'not-a-uuid' }, await service.tokenFor('ra.officer'));
    expect(malformed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('opens once from a replayed event', async () => {
    const event = submitted();
    await service.consumer.handle(event);
    await service.consumer.handle({ ...event, id: randomUUID() });
    const rows: Array<{ count: number }> = await service.dataSource.query(`SELECT count(*)::int AS count FROM notifications.deadline WHERE subject_ref = $1`, [event.payload.reference]);
    expect(rows[0]?.count).toBe(1);
  });
});

describe("provider's answer to a referral", () => {
  it('an urgent one is due in 4 h: the case managers are reminded at 2 h, the RA hears when it is missed', async () => {
    const event = at('referral.created', referral(true));
    await service.consumer.handle(event);
    const opened = await deadlineOf(event.payload.reference, 'cm.shelter-a');
    expect(opened).toMatchObject({ kind: 'REFERRAL_RESPONSE', state: 'OPEN', ownerAgencyId: 'shelter-a' });
    expect(new Date(opened!.dueAt).getTime()).toBe(clock.now().getTime() + 4 * HOUR);
    expect(await deadlineOf(event.payload.reference, 'cm.shelter-b')).toBeUndefined();

    clock.advance(2 * HOUR);
    await deadlines.sweep();
    expect(kindsOf(await notificationsOf('cm.shelter-a', event.payload.referralId))).toEqual(['DEADLINE_REMINDER', 'REFERRAL_RECEIVED']);
    clock.advance(2 * HOUR);
    await deadlines.sweep();
    expect((await deadlineOf(event.payload.reference, 'cm.shelter-a'))?.state).toBe('ESCALATED');
    expect(kindsOf(await notificationsOf('ra.officer', event.payload.referralId))).toEqual(['DEADLINE_ESCALATED']);
    expect(await notificationsOf('cm.shelter-b', event.payload.referralId)).toEqual([]);
  });

  it.each([
    ['referral.accepted', 'MET'],
    ['referral.declined', 'MET'],
    ['referral.withdrawn', 'CANCELLED'],
    ['referral.closed', 'CANCELLED'],
  ] as const)('stops on %s (%s) and never fires afterwards', async (type, state) => {
    const created = at('referral.created', referral());
    await service.consumer.handle(created);
    const { reference, referralId, personId, providerAgencyId } = created.payload;
    const about = { referralId, personId, reference, providerAgencyId };
    const payload =
      type === 'referral.withdrawn' ? { ...about, reason: 'RA_REROUTED' } : type === 'referral.closed' ? { ...about, reason: 'TRANSFERRED' as const, transferredToReferralId: randomUUID() } : about;
    clock.advance(HOUR);
    await service.consumer.handle(at(type, payload as never));
    const stopped = await deadlineOf(reference);
    expect(stopped?.state).toBe(state);
    clock.advance(2 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(stopped!.id)).toEqual([]);
  });

  it('never opens when the answer arrives before the referral itself', async () => {
    const created = at('referral.created', referral());
    const { reference, referralId, personId, providerAgencyId } = created.payload;
    await service.consumer.handle(at('referral.accepted', { referralId, personId, reference, providerAgencyId }));
    await service.consumer.handle(created);
    const deadline = await deadlineOf(reference);
    expect(deadline?.state).toBe('MET');
    clock.advance(2 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(deadline!.id)).toEqual([]);
  });
});

describe('formal identification group', () => {
  it("is due when formal identification's request says, and met when the group convenes", async () => {
    const formalIdentificationId = randomUUID();
    const reference = testReference();
    const dueAt = new Date(clock.now().getTime() + 7 * DAY);
    const about = { formalIdentificationId, personId: randomUUID(), reference, requestedAt: clock.now().toISOString() };
    await service.consumer.handle(at('formal_identification.requested', { ...about, isChild: false, dueAt: dueAt.toISOString() }, 'formal-identification'));
    const opened = await deadlineOf(reference);
    expect(opened).toMatchObject({ kind: 'FORMAL_ID_GROUP', state: 'OPEN', dueAt: dueAt.toISOString() });

    clock.advance(DAY);
    const scheduledAt = new Date(clock.now().getTime() + DAY).toISOString();
    await service.consumer.handle(at('formal_identification.convened', { ...about, scheduledAt, members: [] }, 'formal-identification'));
    expect((await deadlineOf(reference))?.state).toBe('MET');
    clock.advance(10 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(opened!.id)).toEqual([]);
  });

  it('escalates to the RA head when the group is not convened in time', async () => {
    const reference = testReference();
    const dueAt = new Date(clock.now().getTime() + 5 * DAY);
    await service.consumer.handle(
      at(
        'formal_identification.requested',
        { formalIdentificationId: randomUUID(), personId: randomUUID(), reference, isChild: true, requestedAt: clock.now().toISOString(), dueAt: dueAt.toISOString() },
        'formal-identification',
      ),
    );
    // Half-way, a day before, then due.
    for (const step of [2.5 * DAY, 1.5 * DAY, DAY]) {
      clock.advance(step);
      await deadlines.sweep();
    }
    const escalated = await deadlineOf(reference);
    expect(escalated?.state).toBe('ESCALATED');
    expect((await sweepNotificationsOf(escalated!.id)).map((row) => [row.kind, row.audience_roles])).toEqual([
      ['DEADLINE_REMINDER', ['ra_officer']],
      ['DEADLINE_REMINDER', ['ra_officer']],
      ['DEADLINE_ESCALATED', ['ra_head']],
    ]);
  });
});

describe('needs assessment within 14 days of admission', () => {
  function admitted(providerAgencyId = 'shelter-a') {
    const admittedAt = clock.now();
    return at(
      'case.admitted',
      {
        caseId: randomUUID(),
        personId: randomUUID(),
        reference: testReference(),
        providerAgencyId,
        placementType: 'SHELTER',
        admittedAt: admittedAt.toISOString(),
        assessmentsDueAt: new Date(admittedAt.getTime() + 14 * DAY).toISOString(),
      },
      'shelters',
    );
  }

  it("reminds the case managers, then escalates to the shelter's head, never to another shelter", async () => {
    const event = admitted();
    await service.consumer.handle(event);
    expect(await deadlineOf(event.payload.reference, 'head.shelter-a')).toMatchObject({ kind: 'NEEDS_ASSESSMENT', state: 'OPEN' });
    clock.advance(14 * DAY);
    await deadlines.sweep();
    expect((await deadlineOf(event.payload.reference, 'cm.shelter-a'))?.state).toBe('ESCALATED');
    expect(kindsOf(await notificationsOf('head.shelter-a', event.payload.caseId))).toEqual(['DEADLINE_ESCALATED']);
    expect(await notificationsOf('cm.shelter-b', event.payload.caseId)).toEqual([]);
  });

  it('is met once the comprehensive assessment is complete, not by the areas before', async () => {
    const event = admitted();
    await service.consumer.handle(event);
    clock.advance(3 * DAY);
    const { caseId, personId, reference, providerAgencyId } = event.payload;
    const recorded = (area: string, areasRecorded: string[], complete: boolean) =>
      at(
        'assessment.recorded',
        { assessmentId: randomUUID(), caseId, personId, reference, providerAgencyId, area, recordedAt: clock.now().toISOString(), areasRecorded, complete },
        'shelters',
      );
    await service.consumer.handle(recorded('HEALTH', ['HEALTH'], false));
    await service.consumer.handle(recorded('SECURITY', ['HEALTH', 'SECURITY'], false));
    expect((await deadlineOf(reference, 'cm.shelter-a'))?.state).toBe('OPEN');
    clock.advance(DAY);
    const all = ['ACCOMMODATION', 'EDUCATION', 'EMPLOYMENT', 'FAMILY', 'HEALTH', 'LEGAL', 'PRE_DEPARTURE', 'PSYCHOSOCIAL', 'SECURITY'];
    await service.consumer.handle(recorded('LEGAL', all, true));
    const met = await deadlineOf(reference, 'cm.shelter-a');
    expect(met?.state).toBe('MET');
    clock.advance(20 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(met!.id)).toEqual([]);
  });

  it('is not met by an area recorded without saying the assessment is complete (an event from before shelters said so)', async () => {
    const event = admitted();
    await service.consumer.handle(event);
    const { caseId, personId, reference, providerAgencyId } = event.payload;
    const older = { assessmentId: randomUUID(), caseId, personId, reference, providerAgencyId, area: 'HEALTH', recordedAt: clock.now().toISOString() };
    await service.consumer.handle(at('assessment.recorded', older as EventPayloads['assessment.recorded'], 'shelters'));
    expect((await deadlineOf(reference, 'cm.shelter-a'))?.state).toBe('OPEN');
  });
});

describe('reflection period and residence permit', () => {
  it('remind the RA 14 and 3 days before the end, and tell its head when it has passed', async () => {
    const reference = testReference();
    const reflectionPeriodId = randomUUID();
    await service.consumer.handle(
      at('reflection_period.started', { reflectionPeriodId, personId: randomUUID(), reference, endsAt: new Date(clock.now().getTime() + 30 * DAY).toISOString() }, 'formal-identification'),
    );
    const { id } = (await deadlineOf(reference))!;
    clock.advance(16 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(id)).toHaveLength(1);
    clock.advance(11 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(id)).toHaveLength(2);
    clock.advance(3 * DAY);
    await deadlines.sweep();
    expect((await sweepNotificationsOf(id)).map((row) => row.kind)).toEqual(['DEADLINE_REMINDER', 'DEADLINE_REMINDER', 'DEADLINE_ESCALATED']);
    expect((await deadlineOf(reference))?.kind).toBe('REFLECTION_PERIOD_END');
  });

  it('a permit expiry is kept the same way', async () => {
    const reference = testReference();
    await service.consumer.handle(
      at(
        'residence_permit.recorded',
        { residencePermitId: randomUUID(), personId: randomUUID(), reference, type: 'A', expiresAt: new Date(clock.now().getTime() + 90 * DAY).toISOString() },
        'formal-identification',
      ),
    );
    expect(await deadlineOf(reference)).toMatchObject({ kind: 'RESIDENCE_PERMIT_EXPIRY', state: 'OPEN' });
  });
});

describe('the sweep', () => {
  it('sends only the escalation when it wakes after the due time, not every reminder it slept through', async () => {
    const event = submitted();
    await service.consumer.handle(event);
    const { id } = (await deadlineOf(event.payload.reference))!;
    clock.advance(2 * DAY);
    await deadlines.sweep();
    expect((await sweepNotificationsOf(id)).map((row) => row.kind)).toEqual(['DEADLINE_ESCALATED']);
  });

  it('sends each reminder once when run twice and concurrently', async () => {
    const events = Array.from({ length: 20 }, () => submitted());
    for (const event of events) await service.consumer.handle(event);
    clock.advance(13 * HOUR);
    await Promise.all([deadlines.sweep(), deadlines.sweep(), deadlines.sweep()]);
    await deadlines.sweep();
    const rows: Array<{ kind: string; count: number }> = await service.dataSource.query(
      `SELECT n.kind, count(*)::int AS count FROM notifications.notification n JOIN notifications.deadline d ON d.id = n.deadline_id
       WHERE d.subject_id = ANY($1::uuid[]) GROUP BY n.kind`,
      [events.map((event) => event.payload.identificationId)],
    );
    expect(rows).toEqual([{ kind: 'DEADLINE_REMINDER', count: 20 }]);
  });

  it('reads the partial index deadline_sweep among many open deadlines', async () => {
    const runner = service.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // 50,000 open deadlines far ahead, rolled back afterwards: the plan the sweep gets on a table that size.
      await runner.query(
        `INSERT INTO notifications.deadline (kind, subject_ref, subject_id, owner_agency_id, owner_roles, escalation_agency_id, escalation_roles,
                                             opened_at, due_at, next_action_at)
         SELECT 'REFERRAL_RESPONSE', 'NRM-2099-000000', gen_random_uuid(), 'shelter-a', '{case_manager}', 'responsible-authority', '{ra_head}',
                $1, $1::timestamptz + interval '400 days' + g * interval '1 second', $1::timestamptz + interval '400 days' + g * interval '1 second'
         FROM generate_series(1, 50000) AS g`,
        [clock.now()],
      );
      await runner.query(`ANALYZE notifications.deadline`);
      const plan: Array<{ 'QUERY PLAN': string }> = await runner.query(`EXPLAIN ${SWEEP_BATCH}`, [clock.now(), 500]);
      expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toMatch(/Index Scan using deadline_sweep/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('who sees deadlines', () => {
  it("lists the agency's own to it, every agency's to the RA, and refuses another agency's to anyone else", async () => {
    const event = at('referral.created', { ...referral(), providerAgencyId: 'shelter-b' });
    await service.consumer.handle(event);
    const reference = event.payload.reference;
    expect(await deadlineOf(reference, 'cm.shelter-b')).toBeDefined();
    expect(await deadlineOf(reference, 'cm.shelter-a')).toBeUndefined();
    expect(await deadlineOf(reference, 'head.shelter-a')).toBeUndefined();
    expect(await deadlinesAs('ra.head', { subjectRef: reference, agencyId: 'shelter-b' })).toHaveLength(1);
    expect(await deadlinesAs('ra.head', { subjectRef: reference, agencyId: 'shelter-a' })).toHaveLength(0);

    const refused = await service.graphql(DEADLINES, { filter: { agencyId: 'shelter-b' } }, await service.tokenFor('cm.shelter-a'));
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    for (const username of ['police.tirana', 'cpw.tirana', 'psy.shelter-a', 'coordinator', 'auditor', 'admin']) {
      const denied = await service.graphql(DEADLINES, {}, await service.tokenFor(username));
      expect(denied.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const anonymous = await service.graphql(DEADLINES, {});
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('pages soonest due first with a cursor, and names a bad filter field', async () => {
    const events = Array.from({ length: 3 }, () => at('referral.created', referral()));
    for (const event of events) await service.consumer.handle(event);
    const token = await service.tokenFor('cm.shelter-a');
    const page = await service.graphql<{ deadlines: { edges: Array<{ node: DeadlineView }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      DEADLINES,
      { first: 1 },
      token,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data?.deadlines.pageInfo.hasNextPage).toBe(true);
    const next = await service.graphql<{ deadlines: { edges: Array<{ node: DeadlineView }> } }>(DEADLINES, { first: 1, after: page.data!.deadlines.pageInfo.endCursor }, token);
    const [firstNode] = page.data!.deadlines.edges;
    const [secondNode] = next.data!.deadlines.edges;
    expect(new Date(secondNode!.node.dueAt).getTime()).toBeGreaterThanOrEqual(new Date(firstNode!.node.dueAt).getTime());
    expect(secondNode!.node.id).not.toBe(firstNode!.node.id);

    const bad = await service.graphql(DEADLINES, { filter: { subjectRef: "x' OR 1=1" } }, token);
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
