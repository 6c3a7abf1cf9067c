import { randomUUID } from 'node:crypto';
import { Sex } from '@nrm/domain';
import type { EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import { SettableClock } from '@nrm/service-kit';
import { startSubgraph } from '@nrm/testing';
import { AppModule } from '../src/app.module';
import { DeadlineService } from '../src/deadline/deadline.service';
import { notificationsDefinition } from '../src/service-definition';
import { envelope, type NotificationsUnderTest, testReference } from './notifications-harness';

// The clocks of a shelter case (monitoring cadence, plan action reviews), a legal-basis override's review and the
// acknowledgement met by the RA's first referral (docs/domain.md §4), on a clock the test moves: each opens,
// reminds, escalates when missed, and never fires once met.

jest.setTimeout(60_000);

const HOUR = 3_600_000;
/** psy.shelter-a's user id (its `sub`) in the test realm: the team member a plan action names. */
const PSYCHOLOGIST_ID = '00000000-0000-4000-8000-000000000010';
const DAY = 24 * HOUR;

interface DeadlineRow {
  id: string;
  kind: string;
  subject_id: string;
  state: string;
  due_at: Date;
  owner_agency_id: string;
  owner_user_subject: string | null;
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
      DEADLINE_REMINDER_FRACTION: '0.5',
      DEADLINE_REMINDER_BEFORE_HOURS: '24',
      RESPONSIBLE_AUTHORITY_AGENCY_ID: 'responsible-authority',
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

function at<T extends EventType>(type: T, payload: EventPayloads[T], producer: EventEnvelope['producer']): EventEnvelope<T> {
  return { ...envelope(type, payload, clock.now()), producer };
}

async function deadlinesOf(subjectRef: string, kind: string): Promise<DeadlineRow[]> {
  return service.dataSource.query(
    `SELECT id, kind, subject_id, state, due_at, owner_agency_id, owner_user_subject FROM notifications.deadline
     WHERE subject_ref = $1 AND kind = $2 ORDER BY opened_at NULLS FIRST, due_at, id`,
    [subjectRef, kind],
  );
}

async function sweepNotificationsOf(
  deadlineId: string,
): Promise<Array<{ kind: string; audience_agency_id: string; audience_roles: string[]; audience_user_subject?: string | null }>> {
  const rows: Array<{ kind: string; audience_agency_id: string; audience_roles: string[]; audience_user_subject: string | null }> =
    await service.dataSource.query(
      `SELECT kind, audience_agency_id, audience_roles, audience_user_subject FROM notifications.notification WHERE deadline_id = $1
       ORDER BY created_at, kind`,
      [deadlineId],
    );
  // The one user addressed, only where there is one.
  return rows.map(({ audience_user_subject, ...row }) => (audience_user_subject === null ? row : { ...row, audience_user_subject }));
}

const INBOX = `query { myNotifications(first: 200) { kind subjectId } }`;

/** The deadline notifications about a subject in a user's own inbox. */
async function inboxOf(username: string, subjectId: string): Promise<string[]> {
  const result = await service.graphql<{ myNotifications: Array<{ kind: string; subjectId: string }> }>(INBOX, {}, await service.tokenFor(username));
  if (result.errors) throw new Error(`myNotifications: ${JSON.stringify(result.errors.map((error) => error.extensions?.['code']))}`);
  return (result.data?.myNotifications ?? []).filter((notification) => notification.subjectId === subjectId).map((notification) => notification.kind);
}

function aCase(providerAgencyId = 'shelter-a') {
  return { caseId: randomUUID(), personId: randomUUID(), reference: testReference(), providerAgencyId };
}

function contact(about: ReturnType<typeof aCase>, nextInDays: number | null) {
  const now = clock.now();
  return at(
    'monitoring_contact.recorded',
    {
      ...about,
      contactId: randomUUID(),
      latestContactAt: now.toISOString(),
      nextContactDueAt: nextInDays === null ? null : new Date(now.getTime() + nextInDays * DAY).toISOString(),
    },
    'shelters',
  );
}

describe('monitoring contact by phase', () => {
  it("opens from a contact, tells the case's case managers only once it is overdue, and is met by the next contact, which re-opens it", async () => {
    const about = aCase();
    const first = contact(about, 7);
    await service.consumer.handle(first);
    const [opened] = await deadlinesOf(about.reference, 'MONITORING_CONTACT');
    expect(opened).toMatchObject({ state: 'OPEN', subject_id: first.payload.contactId, owner_agency_id: 'shelter-a' });
    expect(opened!.due_at.getTime()).toBe(clock.now().getTime() + 7 * DAY);

    clock.advance(7 * DAY - 1000);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(opened!.id)).toEqual([]);
    clock.advance(2000);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(opened!.id)).toEqual([{ kind: 'DEADLINE_ESCALATED', audience_agency_id: 'shelter-a', audience_roles: ['case_manager']}]);

    // The late contact meets it; the next (monthly, phase III) runs from it.
    const second = contact(about, 30);
    await service.consumer.handle(second);
    const [met, reopened] = await deadlinesOf(about.reference, 'MONITORING_CONTACT');
    expect(met).toMatchObject({ id: opened!.id, state: 'MET' });
    expect(reopened).toMatchObject({ state: 'OPEN', subject_id: second.payload.contactId });
    expect(reopened!.due_at.getTime()).toBe(clock.now().getTime() + 30 * DAY);

    clock.advance(29 * DAY);
    const third = contact(about, 30);
    await service.consumer.handle(third);
    clock.advance(45 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(opened!.id)).toHaveLength(1);
    expect(await sweepNotificationsOf(reopened!.id)).toEqual([]);
    const states = (await deadlinesOf(about.reference, 'MONITORING_CONTACT')).map((row) => row.state);
    expect(states).toEqual(['MET', 'MET', 'ESCALATED']);
  });

  it('opens nothing while the case has no phase, a replayed contact opens nothing twice, and a closed case stops the clock', async () => {
    const about = aCase();
    await service.consumer.handle(contact(about, null));
    expect(await deadlinesOf(about.reference, 'MONITORING_CONTACT')).toEqual([]);

    const event = contact(about, 7);
    await service.consumer.handle(event);
    await service.consumer.handle({ ...event, id: randomUUID() });
    expect(await deadlinesOf(about.reference, 'MONITORING_CONTACT')).toHaveLength(1);

    clock.advance(DAY);
    await service.consumer.handle(
      at('case.closed', { caseId: about.caseId, referralId: randomUUID(), personId: about.personId, providerAgencyId: about.providerAgencyId, status: 'CLOSED', closureType: null }, 'shelters'),
    );
    const [cancelled] = await deadlinesOf(about.reference, 'MONITORING_CONTACT');
    expect(cancelled?.state).toBe('CANCELLED');
    clock.advance(30 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(cancelled!.id)).toEqual([]);
  });

  it("is re-timed when the case's phase moves: weekly in phase II becomes monthly in phase III at once", async () => {
    const about = aCase();
    const first = contact(about, 7);
    await service.consumer.handle(first);
    clock.advance(DAY);
    const monthly = new Date(new Date(first.payload.latestContactAt).getTime() + 30 * DAY).toISOString();
    await service.consumer.handle(at('case.phase_moved', { ...about, phase: 'SOCIAL_INCLUSION', nextContactDueAt: monthly }, 'shelters'));
    const [retimed] = await deadlinesOf(about.reference, 'MONITORING_CONTACT');
    expect(retimed).toMatchObject({ state: 'OPEN', subject_id: first.payload.contactId });
    expect(retimed!.due_at.toISOString()).toBe(monthly);

    // The week passes: no one is told; the month does: the case manager is.
    clock.advance(7 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(retimed!.id)).toEqual([]);
    clock.advance(23 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(retimed!.id)).toEqual([{ kind: 'DEADLINE_ESCALATED', audience_agency_id: 'shelter-a', audience_roles: ['case_manager']}]);

    // A phase move before any contact (nothing due yet) changes nothing.
    const fresh = aCase();
    await service.consumer.handle(at('case.phase_moved', { ...fresh, phase: 'STABILISATION', nextContactDueAt: null }, 'shelters'));
    expect(await deadlinesOf(fresh.reference, 'MONITORING_CONTACT')).toEqual([]);
  });

  it("never touches another case's clock", async () => {
    const mine = aCase();
    const other = aCase('shelter-b');
    await service.consumer.handle(contact(mine, 7));
    await service.consumer.handle(contact(other, 7));
    clock.advance(DAY);
    await service.consumer.handle(contact(mine, 7));
    expect((await deadlinesOf(other.reference, 'MONITORING_CONTACT')).map((row) => row.state)).toEqual(['OPEN']);
  });
});

describe('plan action review dates', () => {
  function signed(about: ReturnType<typeof aCase>, version: number, reviewInDays: number[]) {
    const now = clock.now();
    return at(
      'reintegration_plan.signed',
      {
        ...about,
        planId: randomUUID(),
        version,
        actions: reviewInDays.map((days, index) => ({
          actionId: randomUUID(),
          reviewDueAt: new Date(now.getTime() + days * DAY).toISOString(),
          responsibleUserId: index === 0 ? PSYCHOLOGIST_ID : null,
        })),
      },
      'shelters',
    );
  }

  it('opens one clock per action on the date the plan set, reminds half-way and a day before, then tells the case managers when passed', async () => {
    const about = aCase();
    const event = signed(about, 1, [10, 20]);
    await service.consumer.handle(event);
    const [first, second] = await deadlinesOf(about.reference, 'PLAN_ACTION_REVIEW');
    expect(first).toMatchObject({ state: 'OPEN', owner_user_subject: PSYCHOLOGIST_ID });
    expect(second).toMatchObject({ state: 'OPEN', owner_user_subject: null });

    clock.advance(5 * DAY);
    await deadlines.sweep();
    // The action naming a team member reminds that member alone; the person's own action, the case managers.
    expect(await sweepNotificationsOf(first!.id)).toEqual([
      { kind: 'DEADLINE_REMINDER', audience_agency_id: 'shelter-a', audience_roles: [], audience_user_subject: PSYCHOLOGIST_ID },
    ]);

    clock.advance(4 * DAY);
    await deadlines.sweep();
    clock.advance(DAY);
    await deadlines.sweep();
    expect((await sweepNotificationsOf(first!.id)).map((row) => row.kind)).toEqual(['DEADLINE_REMINDER', 'DEADLINE_REMINDER', 'DEADLINE_ESCALATED']);
    expect((await sweepNotificationsOf(first!.id))[2]).toEqual({
      kind: 'DEADLINE_ESCALATED',
      audience_agency_id: 'shelter-a',
      audience_roles: ['case_manager'],
    });
    expect(await sweepNotificationsOf(second!.id)).toEqual([
      { kind: 'DEADLINE_REMINDER', audience_agency_id: 'shelter-a', audience_roles: ['case_manager']},
    ]);
    expect((await deadlinesOf(about.reference, 'PLAN_ACTION_REVIEW')).map((row) => row.state)).toEqual(['ESCALATED', 'OPEN']);
  });

  it("is met by the plan's next signed version, whose own reviews run from then", async () => {
    const about = aCase();
    await service.consumer.handle(signed(about, 1, [10]));
    const [old] = await deadlinesOf(about.reference, 'PLAN_ACTION_REVIEW');
    clock.advance(2 * DAY);
    await service.consumer.handle(signed(about, 2, [30]));
    const rows = await deadlinesOf(about.reference, 'PLAN_ACTION_REVIEW');
    expect(rows.map((row) => row.state)).toEqual(['MET', 'OPEN']);
    clock.advance(15 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(old!.id)).toEqual([]);
  });

  it("shows a team member's reminder to that member only, and its escalation to the case managers", async () => {
    const about = aCase();
    await service.consumer.handle(signed(about, 1, [4]));
    const [review] = await deadlinesOf(about.reference, 'PLAN_ACTION_REVIEW');
    clock.advance(2 * DAY + HOUR);
    await deadlines.sweep();
    expect(await inboxOf('psy.shelter-a', review!.subject_id)).toEqual(['DEADLINE_REMINDER']);
    // Not the case managers, not a team member of the same function at another shelter, not its head.
    expect(await inboxOf('cm.shelter-a', review!.subject_id)).toEqual([]);
    expect(await inboxOf('cm.shelter-b', review!.subject_id)).toEqual([]);
    expect(await inboxOf('head.shelter-a', review!.subject_id)).toEqual([]);
    clock.advance(2 * DAY);
    await deadlines.sweep();
    expect(await inboxOf('cm.shelter-a', review!.subject_id)).toEqual(['DEADLINE_ESCALATED']);
    expect(await inboxOf('psy.shelter-a', review!.subject_id)).toEqual(['DEADLINE_REMINDER']);
  });
});

describe("a legal-basis override's review", () => {
  function granted() {
    const now = clock.now();
    return at(
      'legal_basis_override.granted',
      { overrideId: randomUUID(), personId: randomUUID(), reference: testReference(), grantedAt: now.toISOString(), reviewDueAt: new Date(now.getTime() + 72 * HOUR).toISOString() },
      'identification',
    );
  }

  it('is due 72 h after the grant: the RA heads are reminded, then told it is overdue', async () => {
    const event = granted();
    await service.consumer.handle(event);
    const [opened] = await deadlinesOf(event.payload.reference, 'OVERRIDE_REVIEW');
    expect(opened).toMatchObject({ state: 'OPEN', owner_agency_id: 'responsible-authority' });
    clock.advance(36 * HOUR);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(opened!.id)).toEqual([{ kind: 'DEADLINE_REMINDER', audience_agency_id: 'responsible-authority', audience_roles: ['ra_head'] }]);
    clock.advance(36 * HOUR);
    await deadlines.sweep();
    expect((await sweepNotificationsOf(opened!.id)).map((row) => row.kind)).toEqual(['DEADLINE_REMINDER', 'DEADLINE_ESCALATED']);
  });

  it('is met when reviewed and never fires afterwards, also when the review arrives before the grant', async () => {
    const event = granted();
    await service.consumer.handle(event);
    clock.advance(HOUR);
    const { overrideId, personId, reference } = event.payload;
    await service.consumer.handle(at('legal_basis_override.reviewed', { overrideId, personId, reference, reviewedAt: clock.now().toISOString(), outcome: 'UPHELD' }, 'identification'));
    const [met] = await deadlinesOf(reference, 'OVERRIDE_REVIEW');
    expect(met?.state).toBe('MET');
    clock.advance(4 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(met!.id)).toEqual([]);

    const early = granted();
    const about = early.payload;
    await service.consumer.handle(
      at('legal_basis_override.reviewed', { overrideId: about.overrideId, personId: about.personId, reference: about.reference, reviewedAt: clock.now().toISOString(), outcome: 'REVOKED' }, 'identification'),
    );
    await service.consumer.handle(early);
    expect((await deadlinesOf(about.reference, 'OVERRIDE_REVIEW')).map((row) => row.state)).toEqual(['MET']);
  });
});

describe("the RA's acknowledgement of a new identification", () => {
  it("is met by the RA's first referral of the person, and never fires afterwards", async () => {
    const reference = testReference();
    const personId = randomUUID();
    await service.consumer.handle(
      at(
        'identification.submitted',
        {
          identificationId: randomUUID(),
          personId,
          reference,
          recordingAgencyId: 'police-tirana',
          isChild: false,
          region: 'TIRANA',
          anonymous: false,
          routing: { sex: Sex.FEMALE, foreign: false, accompanyingChildren: false },
          childProtectionUnit: null,
        },
        'identification',
      ),
    );
    clock.advance(2 * HOUR);
    await service.consumer.handle(at('referral.created', { referralId: randomUUID(), personId, reference, providerAgencyId: 'shelter-a', urgent: false }, 'referral'));
    const [met] = await deadlinesOf(reference, 'RA_ACKNOWLEDGEMENT');
    expect(met?.state).toBe('MET');
    clock.advance(2 * DAY);
    await deadlines.sweep();
    expect(await sweepNotificationsOf(met!.id)).toEqual([]);
  });
});

describe("an expiry, to the case manager of the person's open case", () => {
  function admitted(about: ReturnType<typeof aCase>) {
    const now = clock.now();
    return at(
      'case.admitted',
      { ...about, placementType: 'SHELTER', admittedAt: now.toISOString(), assessmentsDueAt: new Date(now.getTime() + 14 * DAY).toISOString() },
      'shelters',
    );
  }

  function reflectionPeriod(reference: string, personId: string, days: number) {
    return at(
      'reflection_period.started',
      { reflectionPeriodId: randomUUID(), personId, reference, endsAt: new Date(clock.now().getTime() + days * DAY).toISOString() },
      'formal-identification',
    );
  }

  it("reminds the open case's case managers 14 and 3 days before, beside the RA; the escalation stays with the RA head", async () => {
    const about = aCase();
    await service.consumer.handle(admitted(about));
    const started = reflectionPeriod(about.reference, about.personId, 30);
    await service.consumer.handle(started);
    const [deadline] = await deadlinesOf(about.reference, 'REFLECTION_PERIOD_END');
    clock.advance(16 * DAY);
    await deadlines.sweep();
    clock.advance(11 * DAY);
    await deadlines.sweep();
    clock.advance(3 * DAY);
    await deadlines.sweep();
    const told = await sweepNotificationsOf(deadline!.id);
    expect(told.filter((row) => row.audience_agency_id === 'shelter-a')).toEqual([
      { kind: 'DEADLINE_REMINDER', audience_agency_id: 'shelter-a', audience_roles: ['case_manager'] },
      { kind: 'DEADLINE_REMINDER', audience_agency_id: 'shelter-a', audience_roles: ['case_manager'] },
    ]);
    expect(told.filter((row) => row.audience_agency_id === 'responsible-authority').map((row) => row.kind)).toEqual([
      'DEADLINE_REMINDER',
      'DEADLINE_REMINDER',
      'DEADLINE_ESCALATED',
    ]);
    expect(told.some((row) => row.audience_agency_id === 'shelter-b')).toBe(false);
  });

  it('reaches no shelter once the case is closed, nor one with no case of the person', async () => {
    const about = aCase();
    await service.consumer.handle(admitted(about));
    await service.consumer.handle(
      at('case.closed', { caseId: about.caseId, referralId: randomUUID(), personId: about.personId, providerAgencyId: 'shelter-a', status: 'CLOSED', closureType: null }, 'shelters'),
    );
    await service.consumer.handle(reflectionPeriod(about.reference, about.personId, 30));
    const [deadline] = await deadlinesOf(about.reference, 'REFLECTION_PERIOD_END');
    clock.advance(27 * DAY);
    await deadlines.sweep();
    const told = await sweepNotificationsOf(deadline!.id);
    expect(told.map((row) => row.audience_agency_id)).toEqual(['responsible-authority']);
  });
});

describe('who sees these clocks', () => {
  const LIST = `query D($filter: DeadlineFilter) { deadlines(first: 50, filter: $filter) { edges { node { kind subjectRef state } } } }`;

  async function kindsSeenBy(username: string, subjectRef: string): Promise<string[]> {
    const result = await service.graphql<{ deadlines: { edges: Array<{ node: { kind: string } }> } }>(LIST, { filter: { subjectRef } }, await service.tokenFor(username));
    expect(result.errors).toBeUndefined();
    return result.data!.deadlines.edges.map((edge) => edge.node.kind).sort();
  }

  it("shows a shelter's case clocks to that shelter and the RA only, and an override's review to the RA only", async () => {
    const about = aCase();
    await service.consumer.handle(contact(about, 7));
    const now = clock.now();
    await service.consumer.handle(
      at(
        'legal_basis_override.granted',
        { overrideId: randomUUID(), personId: about.personId, reference: about.reference, grantedAt: now.toISOString(), reviewDueAt: new Date(now.getTime() + 72 * HOUR).toISOString() },
        'identification',
      ),
    );
    expect(await kindsSeenBy('ra.head', about.reference)).toEqual(['MONITORING_CONTACT', 'OVERRIDE_REVIEW']);
    expect(await kindsSeenBy('cm.shelter-a', about.reference)).toEqual(['MONITORING_CONTACT']);
    expect(await kindsSeenBy('cm.shelter-b', about.reference)).toEqual([]);
    const police = await service.graphql(LIST, { filter: { subjectRef: about.reference } }, await service.tokenFor('police.tirana'));
    expect(police.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const refused = await service.graphql(LIST, { filter: { agencyId: 'shelter-a' } }, await service.tokenFor('cm.shelter-b'));
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
