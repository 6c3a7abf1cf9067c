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
});
