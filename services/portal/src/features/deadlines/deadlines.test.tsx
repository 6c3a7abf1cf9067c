import { render, screen } from '@testing-library/react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { agencyIdOf } from '../../auth';
import { notificationUrgency, readClock } from './clock';
import { DeadlineClock, type ClockDeadline } from './DeadlineClock';
import { NotificationDeadline, NotificationUrgency } from './NotificationDeadline';
import { recordPathOf } from './records';

const NOW = new Date('2026-12-02T12:00:00Z');
const hoursFromNow = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

let english: i18n;
let albanian: i18n;
beforeAll(async () => {
  english = await createI18n('en');
  albanian = await createI18n('sq');
});

function clockText(deadline: ClockDeadline, language: i18n) {
  const { container } = render(
    <I18nextProvider i18n={language}>
      <DeadlineClock deadline={deadline} now={NOW} />
    </I18nextProvider>,
  );
  const clock = container.querySelector('[data-clock]')!;
  return { tone: clock.getAttribute('data-clock'), text: clock.querySelector('.deadline-clock-text')!.textContent, due: clock.querySelector('.deadline-clock-due')?.textContent ?? null };
}

describe('the clock rules', () => {
  it('reads an open deadline as due, due soon within a day, and overdue once its time has come', () => {
    expect(readClock({ state: 'OPEN', dueAt: hoursFromNow(30) }, NOW)).toEqual({ tone: 'due', escalated: false });
    expect(readClock({ state: 'OPEN', dueAt: hoursFromNow(3) }, NOW)).toEqual({ tone: 'dueSoon', escalated: false });
    expect(readClock({ state: 'OPEN', dueAt: NOW.toISOString() }, NOW)).toEqual({ tone: 'overdue', escalated: false });
    expect(readClock({ state: 'OPEN', dueAt: hoursFromNow(-2) }, NOW)).toEqual({ tone: 'overdue', escalated: false });
  });

  it('reads an escalated deadline as overdue and escalated, a met or cancelled one as stopped whatever its due time', () => {
    expect(readClock({ state: 'ESCALATED', dueAt: hoursFromNow(-2) }, NOW)).toEqual({ tone: 'overdue', escalated: true });
    expect(readClock({ state: 'MET', dueAt: hoursFromNow(-2) }, NOW).tone).toBe('met');
    expect(readClock({ state: 'CANCELLED', dueAt: hoursFromNow(-2) }, NOW).tone).toBe('cancelled');
  });
});

describe('the clock in words', () => {
  it('says how long is left, and the due time, in English and Albanian', () => {
    const deadline: ClockDeadline = { state: 'OPEN', dueAt: hoursFromNow(3) };
    const en = clockText(deadline, english);
    expect(en.tone).toBe('dueSoon');
    expect(en.text).toBe('Due in about 3 hours');
    expect(en.due).toMatch(/^due /);
    const sq = clockText(deadline, albanian);
    expect(sq.text).toBe('Edhe rreth 3 orë deri në afat');
    expect(sq.due).toMatch(/^afati /);
  });

  it('says by how much it is overdue, and that it was escalated, in English and Albanian', () => {
    expect(clockText({ state: 'OPEN', dueAt: hoursFromNow(-50) }, english).text).toBe('Overdue by 2 days');
    expect(clockText({ state: 'OPEN', dueAt: hoursFromNow(-50) }, albanian).text).toBe('Me afat të kaluar: 2 ditë vonesë');
    expect(clockText({ state: 'ESCALATED', dueAt: hoursFromNow(-2) }, english).text).toBe('Overdue by about 2 hours, escalated');
    expect(clockText({ state: 'ESCALATED', dueAt: hoursFromNow(-2) }, albanian).text).toBe('Me afat të kaluar: rreth 2 orë vonesë, përshkallëzuar');
  });

  it('names who met it and drops the due time once it is met or cancelled', () => {
    const met = clockText({ state: 'MET', dueAt: hoursFromNow(20), closedAt: hoursFromNow(-1), metBy: 'ra.officer' }, english);
    expect(met.tone).toBe('met');
    expect(met.text).toMatch(/^Met: acknowledged by ra\.officer on /);
    expect(met.due).toBeNull();
    expect(clockText({ state: 'MET', dueAt: hoursFromNow(20), closedAt: hoursFromNow(-1), metBy: 'ra.officer' }, albanian).text).toMatch(/^Përmbushur: konfirmuar nga ra\.officer më /);
    expect(clockText({ state: 'MET', dueAt: hoursFromNow(20), closedAt: hoursFromNow(-1) }, english).text).toMatch(/^Met on /);
    expect(clockText({ state: 'CANCELLED', dueAt: hoursFromNow(20) }, albanian)).toEqual({ tone: 'cancelled', text: 'Anuluar', due: null });
  });
});

describe("a notification's urgency", () => {
  it('marks escalations, reminders, urgent findings and children by kind', () => {
    expect(notificationUrgency({ kind: 'DEADLINE_ESCALATED' }, NOW)).toEqual(['escalated']);
    expect(notificationUrgency({ kind: 'DEADLINE_REMINDER', dueAt: hoursFromNow(5) }, NOW)).toEqual(['reminder']);
    expect(notificationUrgency({ kind: 'URGENT_SUICIDE_RISK', dueAt: hoursFromNow(-1) }, NOW)).toEqual(['urgent']);
    expect(notificationUrgency({ kind: 'CHILD_REGION_WITHOUT_UNIT' }, NOW)).toEqual(['child']);
    expect(notificationUrgency({ kind: 'REFERRAL_ACCEPTED' }, NOW)).toEqual([]);
  });

  it('marks a new identification overdue only past its due time and while nobody acknowledged it', () => {
    expect(notificationUrgency({ kind: 'NEW_IDENTIFICATION', dueAt: hoursFromNow(-1) }, NOW)).toEqual(['overdue']);
    expect(notificationUrgency({ kind: 'ANONYMOUS_IDENTIFICATION', dueAt: hoursFromNow(-1) }, NOW)).toEqual(['overdue']);
    expect(notificationUrgency({ kind: 'NEW_IDENTIFICATION', dueAt: hoursFromNow(1) }, NOW)).toEqual([]);
    expect(notificationUrgency({ kind: 'NEW_IDENTIFICATION', dueAt: hoursFromNow(-1), acknowledgedAt: hoursFromNow(-2) }, NOW)).toEqual([]);
  });

  it('shows the marks, the deadline kind and who acknowledged in words', () => {
    render(
      <I18nextProvider i18n={albanian}>
        <NotificationUrgency item={{ kind: 'DEADLINE_ESCALATED' }} now={NOW} />
        <NotificationDeadline item={{ kind: 'DEADLINE_ESCALATED', deadlineKind: 'REFERRAL_RESPONSE' }} isResponsibleAuthority />
      </I18nextProvider>,
    );
    expect(screen.getByText('Përshkallëzuar: afati u kalua')).toBeTruthy();
    expect(screen.getByText('Afati: Përgjigja për referimin')).toBeTruthy();
  });

  it("tells the RA who acknowledged a new identification, or that nobody has yet; others see neither", () => {
    const { rerender } = render(
      <I18nextProvider i18n={english}>
        <NotificationDeadline item={{ kind: 'NEW_IDENTIFICATION', acknowledgedBy: 'ra.officer', acknowledgedAt: hoursFromNow(-1) }} isResponsibleAuthority />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('notification-deadline').textContent).toMatch(/Acknowledged by ra\.officer on /);
    rerender(
      <I18nextProvider i18n={english}>
        <NotificationDeadline item={{ kind: 'NEW_IDENTIFICATION' }} isResponsibleAuthority />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('notification-deadline').textContent).toBe('Not acknowledged yet');
    rerender(
      <I18nextProvider i18n={english}>
        <NotificationDeadline item={{ kind: 'NEW_IDENTIFICATION' }} isResponsibleAuthority={false} />
      </I18nextProvider>,
    );
    expect(screen.queryByTestId('notification-deadline')).toBeNull();
  });
});

describe("a deadline's record", () => {
  const deadline = (kind: Parameters<typeof recordPathOf>[0]['kind']) => ({ kind, subjectId: 'f6b1c1e2-0000-4000-8000-000000000001', subjectRef: 'NRM-2026-000123' });

  it('opens the record where the portal has a page the role may open, else the person for the RA, else nothing', () => {
    expect(recordPathOf(deadline('REFERRAL_RESPONSE'), ['ra_officer'])).toBe('/referrals/f6b1c1e2-0000-4000-8000-000000000001');
    expect(recordPathOf(deadline('REFERRAL_RESPONSE'), ['case_manager'])).toBe('/referrals/f6b1c1e2-0000-4000-8000-000000000001');
    expect(recordPathOf(deadline('FORMAL_ID_GROUP'), ['ra_head'])).toBe('/formal-identifications/f6b1c1e2-0000-4000-8000-000000000001');
    expect(recordPathOf(deadline('NEEDS_ASSESSMENT'), ['shelter_head'])).toBe('/cases/f6b1c1e2-0000-4000-8000-000000000001');
    expect(recordPathOf(deadline('NEEDS_ASSESSMENT'), ['ra_officer'])).toBe('/deadlines/people/NRM-2026-000123');
    expect(recordPathOf(deadline('RA_ACKNOWLEDGEMENT'), ['ra_officer'])).toBe('/deadlines/people/NRM-2026-000123');
    expect(recordPathOf(deadline('REFLECTION_PERIOD_END'), ['case_manager'])).toBeNull();
    expect(recordPathOf(deadline('REFERRAL_RESPONSE'), ['shelter_head'])).toBeNull();
  });
});

describe("the caller's agency", () => {
  const token = (claims: object) => `x.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.y`;
  it("is the token's agency_id claim, and nothing for a token without one or a broken token", () => {
    expect(agencyIdOf(token({ agency_id: 'responsible-authority' }))).toBe('responsible-authority');
    expect(agencyIdOf(token({ agency_id: 42 }))).toBeUndefined();
    expect(agencyIdOf('not-a-token')).toBeUndefined();
    expect(agencyIdOf(undefined)).toBeUndefined();
  });
});
