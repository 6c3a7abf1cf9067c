import { randomUUID } from 'node:crypto';
import { Role } from '@nrm/domain';
import type { EventEnvelope, EventPayloads, EventType } from '@nrm/events';
import { DeadlineKind, DeadlineState } from './deadline-kind';
import { DeadlinePlanner, type DeadlinePolicy } from './deadline-planner';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const AT = new Date('2026-03-02T09:00:00.000Z');

const policy: DeadlinePolicy = {
  RESPONSIBLE_AUTHORITY_AGENCY_ID: 'responsible-authority',
  RA_ACKNOWLEDGE_HOURS: 24,
  REFERRAL_RESPONSE_HOURS: 48,
  URGENT_REFERRAL_RESPONSE_HOURS: 4,
  DEADLINE_REMINDER_FRACTION: 0.5,
  DEADLINE_REMINDER_BEFORE_HOURS: 24,
  EXPIRY_REMINDER_DAYS: [14, 3],
};
const planner = new DeadlinePlanner(policy);

function event<T extends EventType>(type: T, payload: EventPayloads[T]): EventEnvelope<T> {
  return { id: randomUUID(), type, aggregateId: randomUUID(), payload, occurredAt: AT.toISOString(), correlationId: null, producer: 'referral' };
}

const referral = (urgent: boolean) =>
  event('referral.created', { referralId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000001', providerAgencyId: 'shelter-a', urgent });

describe('DeadlinePlanner', () => {
  it('reminds half-way and a day before, each only when it falls inside the deadline', () => {
    const normal = planner.referralCreated(referral(false));
    expect(normal.dueAt).toEqual(new Date(AT.getTime() + 48 * HOUR));
    // Half-way and a day before coincide at 24 h: one reminder.
    expect(normal.remindAt).toEqual([new Date(AT.getTime() + 24 * HOUR)]);
    const urgent = planner.referralCreated(referral(true));
    expect(urgent.dueAt).toEqual(new Date(AT.getTime() + 4 * HOUR));
    expect(urgent.remindAt).toEqual([new Date(AT.getTime() + 2 * HOUR)]);
  });

  it("gives a referral's answer to the provider's case managers and its escalation to the RA", () => {
    expect(planner.referralCreated(referral(false))).toMatchObject({
      kind: DeadlineKind.REFERRAL_RESPONSE,
      owner: { agencyId: 'shelter-a', roles: [Role.CASE_MANAGER] },
      escalation: { agencyId: 'responsible-authority', roles: [Role.RA_OFFICER, Role.RA_HEAD] },
    });
  });

  it('closes a referral as met when answered and cancelled when withdrawn', () => {
    const about = { referralId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000002', providerAgencyId: 'shelter-a' };
    expect(planner.referralAnswered(event('referral.declined', about))).toMatchObject({ state: DeadlineState.MET, subjectId: about.referralId, at: AT });
    expect(planner.referralEnded(event('referral.withdrawn', { ...about, reason: 'RA_REROUTED' }))).toMatchObject({ state: DeadlineState.CANCELLED });
  });

  it('reminds 14 and 3 days before an expiry, and not before the period started', () => {
    const long = planner.reflectionPeriodStarted(
      event('reflection_period.started', { reflectionPeriodId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000003', endsAt: new Date(AT.getTime() + 30 * DAY).toISOString() }),
    );
    expect(long.remindAt).toEqual([new Date(AT.getTime() + 16 * DAY), new Date(AT.getTime() + 27 * DAY)]);
    const short = planner.residencePermitRecorded(
      event('residence_permit.recorded', { residencePermitId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000004', type: 'B', expiresAt: new Date(AT.getTime() + 10 * DAY).toISOString() }),
    );
    expect(short.remindAt).toEqual([new Date(AT.getTime() + 7 * DAY)]);
  });

  it("takes the due dates other services computed from their events, and refuses an invalid one", () => {
    const dueAt = '2026-03-09T09:00:00.000Z';
    const about = { formalIdentificationId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000005', isChild: false, requestedAt: AT.toISOString() };
    expect(planner.formalIdentificationRequested(event('formal_identification.requested', { ...about, dueAt })).dueAt).toEqual(new Date(dueAt));
    expect(() => planner.formalIdentificationRequested(event('formal_identification.requested', { ...about, dueAt: 'next week' }))).toThrow('invalid dueAt');
  });

  it("keeps a monitoring contact's clock without reminders, for the case's case managers, from the latest contact", () => {
    const contactId = randomUUID();
    const caseId = randomUUID();
    const { met, next } = planner.monitoringContactRecorded(
      event('monitoring_contact.recorded', {
        contactId,
        caseId,
        personId: randomUUID(),
        reference: 'NRM-2026-000002',
        providerAgencyId: 'shelter-a',
        latestContactAt: AT.toISOString(),
        nextContactDueAt: new Date(AT.getTime() + 7 * DAY).toISOString(),
      }),
    );
    expect(met).toMatchObject({ kind: DeadlineKind.MONITORING_CONTACT, caseId, exceptSubjectIds: [contactId], openedUpTo: AT, state: DeadlineState.MET });
    expect(next).toMatchObject({ subjectId: contactId, caseId, openedAt: AT, remindAt: [] });
    expect(next?.owner).toEqual({ agencyId: 'shelter-a', roles: [Role.CASE_MANAGER] });
    expect(next?.escalation).toEqual(next?.owner);
  });

  it("reminds the RA heads of an override's review half-way and a day before its 72 h", () => {
    const review = planner.overrideGranted(
      event('legal_basis_override.granted', {
        overrideId: randomUUID(),
        personId: randomUUID(),
        reference: 'NRM-2026-000003',
        grantedAt: AT.toISOString(),
        reviewDueAt: new Date(AT.getTime() + 72 * HOUR).toISOString(),
      }),
    );
    expect(review.remindAt).toEqual([new Date(AT.getTime() + 36 * HOUR), new Date(AT.getTime() + 48 * HOUR)]);
    expect(review.owner).toEqual({ agencyId: 'responsible-authority', roles: [Role.RA_HEAD] });
  });

  it('opens a review per plan action, naming the team member responsible, and meets the older version\'s others', () => {
    const actions = [
      { actionId: randomUUID(), reviewDueAt: new Date(AT.getTime() + 10 * DAY).toISOString(), responsibleUserId: 'member-1' },
      { actionId: randomUUID(), reviewDueAt: new Date(AT.getTime() + 20 * DAY).toISOString(), responsibleUserId: null },
    ];
    const caseId = randomUUID();
    const { met, reviews } = planner.planSigned(
      event('reintegration_plan.signed', { planId: randomUUID(), caseId, personId: randomUUID(), reference: 'NRM-2026-000004', providerAgencyId: 'shelter-b', version: 2, actions }),
    );
    expect(reviews.map((review) => [review.subjectId, review.ownerUserId, review.dueAt.toISOString()])).toEqual(
      actions.map((action) => [action.actionId, action.responsibleUserId, action.reviewDueAt]),
    );
    expect(met).toMatchObject({ kind: DeadlineKind.PLAN_ACTION_REVIEW, caseId, exceptSubjectIds: actions.map((action) => action.actionId) });
  });
});
