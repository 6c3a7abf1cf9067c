import { addHours } from 'date-fns/addHours';
import { Role } from '@nrm/domain';
import type { EventEnvelope } from '@nrm/events';
import type { NotificationsConfig } from '../config';
import { DeadlineKind, DeadlineState } from './deadline-kind';

/** An agency and the roles in it who are told. */
export interface DeadlineAudience {
  agencyId: string;
  roles: readonly Role[];
}

/** Who does the work and who hears of it when it is late, as docs/domain.md §4 names them. */
interface Responsibility {
  owner: DeadlineAudience;
  escalation: DeadlineAudience;
}

interface DeadlineSubject {
  kind: DeadlineKind;
  subjectRef: string;
  subjectId: string;
  sourceEventId: string;
  /** The shelter case a clock belongs to, where it has one: its closure cancels the clock. */
  caseId?: string;
  /** A user whose work it is, where the producer names one (a plan action's team member); the owner roles are told. */
  ownerUserId?: string | null;
}

/** Every other clock of a kind on one case stops: met by newer work (a later contact, a newer plan version). */
export interface CaseDeadlinesClosing {
  kind: DeadlineKind;
  caseId: string;
  /** The clocks this event itself opens stay open. */
  exceptSubjectIds: string[];
  /** Only clocks opened up to this time: an older event arriving late stops nothing newer. */
  openedUpTo: Date;
  state: DeadlineState.MET | DeadlineState.CANCELLED;
  at: Date;
}

/** A clock that starts: due at `dueAt`, reminding its owner at each of `remindAt` (ascending, before `dueAt`). */
export interface DeadlineOpening extends DeadlineSubject, Responsibility {
  openedAt: Date;
  dueAt: Date;
  remindAt: Date[];
}

/** A clock that stops because the work was done (MET) or fell away (CANCELLED). */
export interface DeadlineClosing extends DeadlineSubject, Responsibility {
  state: DeadlineState.MET | DeadlineState.CANCELLED;
  at: Date;
}

export type DeadlinePolicy = Pick<
  NotificationsConfig,
  | 'RESPONSIBLE_AUTHORITY_AGENCY_ID'
  | 'RA_ACKNOWLEDGE_HOURS'
  | 'REFERRAL_RESPONSE_HOURS'
  | 'URGENT_REFERRAL_RESPONSE_HOURS'
  | 'DEADLINE_REMINDER_FRACTION'
  | 'DEADLINE_REMINDER_BEFORE_HOURS'
  | 'EXPIRY_REMINDER_DAYS'
>;

const CASE_CLOCKS: readonly DeadlineKind[] = [DeadlineKind.MONITORING_CONTACT, DeadlineKind.PLAN_ACTION_REVIEW];

const DAY_MS = 24 * 3_600_000;

/**
 * Which deadline each event opens or closes (docs/domain.md §4). Pure: no I/O, no clock; a deadline runs from when its
 * fact happened (the event's time), and due dates a producing service computed (working days, 14 days from admission,
 * an expiry) are taken from its event as they are.
 */
export class DeadlinePlanner {
  constructor(private readonly policy: DeadlinePolicy) {}

  /** The RA acknowledges a new identification: its officers, then its head. */
  identificationSubmitted(event: EventEnvelope<'identification.submitted'>): DeadlineOpening {
    const { payload } = event;
    const openedAt = occurredAt(event);
    return this.opening(
      { kind: DeadlineKind.RA_ACKNOWLEDGEMENT, subjectRef: payload.reference, subjectId: payload.identificationId, sourceEventId: event.id },
      this.raOfficerThenHead(),
      openedAt,
      addHours(openedAt, this.policy.RA_ACKNOWLEDGE_HOURS),
    );
  }

  /** The provider's case managers answer, then the RA hears of it. */
  referralCreated(event: EventEnvelope<'referral.created'>): DeadlineOpening {
    const { payload } = event;
    const openedAt = occurredAt(event);
    const hours = payload.urgent ? this.policy.URGENT_REFERRAL_RESPONSE_HOURS : this.policy.REFERRAL_RESPONSE_HOURS;
    return this.opening(this.referralSubject(event), this.providerThenRa(payload.providerAgencyId), openedAt, addHours(openedAt, hours));
  }

  /** Accepted or declined: answered. Withdrawn or closed: nothing left to answer. */
  referralAnswered(
    event: EventEnvelope<'referral.accepted'> | EventEnvelope<'referral.declined'>,
  ): DeadlineClosing {
    return this.closing(this.referralSubject(event), this.providerThenRa(event.payload.providerAgencyId), DeadlineState.MET, event);
  }

  referralEnded(event: EventEnvelope<'referral.withdrawn'> | EventEnvelope<'referral.closed'>): DeadlineClosing {
    return this.closing(this.referralSubject(event), this.providerThenRa(event.payload.providerAgencyId), DeadlineState.CANCELLED, event);
  }

  /** The RA convenes the group by the due date formal identification computed in working days. */
  formalIdentificationRequested(event: EventEnvelope<'formal_identification.requested'>): DeadlineOpening {
    const { payload } = event;
    return this.opening(this.groupSubject(event, payload.formalIdentificationId, payload.reference), this.raOfficerThenHead(), occurredAt(event), isoDate(payload.dueAt, 'dueAt', event));
  }

  formalIdentificationConvened(event: EventEnvelope<'formal_identification.convened'>): DeadlineClosing {
    const { payload } = event;
    return this.closing(this.groupSubject(event, payload.formalIdentificationId, payload.reference), this.raOfficerThenHead(), DeadlineState.MET, event);
  }

  /** The shelter's case managers assess the admitted person's needs by the date shelters set; then its head hears. */
  caseAdmitted(event: EventEnvelope<'case.admitted'>): DeadlineOpening {
    const { payload } = event;
    return this.opening(
      { kind: DeadlineKind.NEEDS_ASSESSMENT, subjectRef: payload.reference, subjectId: payload.caseId, sourceEventId: event.id },
      this.caseManagerThenShelterHead(payload.providerAgencyId),
      isoDate(payload.admittedAt, 'admittedAt', event),
      isoDate(payload.assessmentsDueAt, 'assessmentsDueAt', event),
    );
  }

  /**
   * Met once the comprehensive assessment is complete (every area recorded, as shelters says in the event), not by the
   * first area; null while areas are missing. An event from before shelters said so (no `complete`) meets nothing.
   */
  assessmentRecorded(event: EventEnvelope<'assessment.recorded'>): DeadlineClosing | null {
    const { payload } = event;
    if (payload.complete !== true) return null;
    return this.closing(
      { kind: DeadlineKind.NEEDS_ASSESSMENT, subjectRef: payload.reference, subjectId: payload.caseId, sourceEventId: event.id },
      this.caseManagerThenShelterHead(payload.providerAgencyId),
      DeadlineState.MET,
      event,
    );
  }

  /** The RA is reminded EXPIRY_REMINDER_DAYS before the period ends; its head is told when it has ended. */
  reflectionPeriodStarted(event: EventEnvelope<'reflection_period.started'>): DeadlineOpening {
    const { payload } = event;
    return this.expiry(
      { kind: DeadlineKind.REFLECTION_PERIOD_END, subjectRef: payload.reference, subjectId: payload.reflectionPeriodId, sourceEventId: event.id },
      occurredAt(event),
      isoDate(payload.endsAt, 'endsAt', event),
    );
  }

  residencePermitRecorded(event: EventEnvelope<'residence_permit.recorded'>): DeadlineOpening {
    const { payload } = event;
    return this.expiry(
      { kind: DeadlineKind.RESIDENCE_PERMIT_EXPIRY, subjectRef: payload.reference, subjectId: payload.residencePermitId, sourceEventId: event.id },
      occurredAt(event),
      isoDate(payload.expiresAt, 'expiresAt', event),
    );
  }

  /**
   * A monitoring contact meets the case's previous contact deadline and opens the next, due when shelters computed by
   * the phase's cadence. The case manager is told only once it is overdue (docs/domain.md §4): no reminders before.
   */
  monitoringContactRecorded(event: EventEnvelope<'monitoring_contact.recorded'>): { met: CaseDeadlinesClosing; next: DeadlineOpening | null } {
    const { payload } = event;
    const contactedAt = isoDate(payload.latestContactAt, 'latestContactAt', event);
    const met: CaseDeadlinesClosing = {
      kind: DeadlineKind.MONITORING_CONTACT,
      caseId: payload.caseId,
      exceptSubjectIds: [payload.contactId],
      openedUpTo: contactedAt,
      state: DeadlineState.MET,
      at: contactedAt,
    };
    if (!payload.nextContactDueAt) return { met, next: null };
    const caseManager = this.caseManagerOf(payload.providerAgencyId);
    return {
      met,
      next: {
        kind: DeadlineKind.MONITORING_CONTACT,
        subjectRef: payload.reference,
        subjectId: payload.contactId,
        caseId: payload.caseId,
        sourceEventId: event.id,
        owner: caseManager,
        escalation: caseManager,
        openedAt: contactedAt,
        dueAt: isoDate(payload.nextContactDueAt, 'nextContactDueAt', event),
        remindAt: [],
      },
    };
  }

  /** The case's phase moved: its open monitoring clock is due when shelters computed by the new cadence. */
  casePhaseMoved(event: EventEnvelope<'case.phase_moved'>): { kind: DeadlineKind; caseId: string; dueAt: Date } | null {
    const { payload } = event;
    if (!payload.nextContactDueAt) return null;
    return { kind: DeadlineKind.MONITORING_CONTACT, caseId: payload.caseId, dueAt: isoDate(payload.nextContactDueAt, 'nextContactDueAt', event) };
  }

  /**
   * A signed plan version: each action's review date is a clock reminding its case's case managers (and naming the
   * team member responsible), escalated to them when passed. The newer version meets the older version's reviews.
   */
  planSigned(event: EventEnvelope<'reintegration_plan.signed'>): { met: CaseDeadlinesClosing; reviews: DeadlineOpening[] } {
    const { payload } = event;
    const signedAt = occurredAt(event);
    const caseManager = this.caseManagerOf(payload.providerAgencyId);
    const reviews = payload.actions.map((action) =>
      this.opening(
        {
          kind: DeadlineKind.PLAN_ACTION_REVIEW,
          subjectRef: payload.reference,
          subjectId: action.actionId,
          caseId: payload.caseId,
          ownerUserId: action.responsibleUserId,
          sourceEventId: event.id,
        },
        { owner: caseManager, escalation: caseManager },
        signedAt,
        isoDate(action.reviewDueAt, 'reviewDueAt', event),
      ),
    );
    return {
      met: {
        kind: DeadlineKind.PLAN_ACTION_REVIEW,
        caseId: payload.caseId,
        exceptSubjectIds: payload.actions.map((action) => action.actionId),
        openedUpTo: signedAt,
        state: DeadlineState.MET,
        at: signedAt,
      },
      reviews,
    };
  }

  /** A closed case has no more contacts or plan reviews due. */
  caseClosed(event: EventEnvelope<'case.closed'>): CaseDeadlinesClosing[] {
    const at = occurredAt(event);
    return CASE_CLOCKS.map((kind) => ({ kind, caseId: event.payload.caseId, exceptSubjectIds: [], openedUpTo: at, state: DeadlineState.CANCELLED, at }));
  }

  /** Another ra_head reviews an override by the time identification set (72 hours): the RA heads, reminded first. */
  overrideGranted(event: EventEnvelope<'legal_basis_override.granted'>): DeadlineOpening {
    const { payload } = event;
    return this.opening(
      this.overrideSubject(event, payload.overrideId, payload.reference),
      this.raHeads(),
      isoDate(payload.grantedAt, 'grantedAt', event),
      isoDate(payload.reviewDueAt, 'reviewDueAt', event),
    );
  }

  overrideReviewed(event: EventEnvelope<'legal_basis_override.reviewed'>): DeadlineClosing {
    const { payload } = event;
    return this.closing(this.overrideSubject(event, payload.overrideId, payload.reference), this.raHeads(), DeadlineState.MET, event);
  }

  /** The RA's acknowledgement of an identification, by one of its staff: the responsibility it closes. */
  acknowledgementResponsibility(): { owner: DeadlineAudience; escalation: DeadlineAudience } {
    return this.raOfficerThenHead();
  }

  /** Reminders at the configured fraction of the duration and the configured lead before it, in order, deduplicated. */
  private durationReminders(openedAt: Date, dueAt: Date): Date[] {
    const duration = dueAt.getTime() - openedAt.getTime();
    const candidates: number[] = [];
    if (this.policy.DEADLINE_REMINDER_FRACTION > 0) candidates.push(openedAt.getTime() + duration * this.policy.DEADLINE_REMINDER_FRACTION);
    if (this.policy.DEADLINE_REMINDER_BEFORE_HOURS > 0) candidates.push(dueAt.getTime() - this.policy.DEADLINE_REMINDER_BEFORE_HOURS * 3_600_000);
    return remindersWithin(candidates, openedAt, dueAt);
  }

  private expiry(subject: DeadlineSubject, openedAt: Date, dueAt: Date): DeadlineOpening {
    const candidates = this.policy.EXPIRY_REMINDER_DAYS.map((days) => dueAt.getTime() - days * DAY_MS);
    return { ...subject, ...this.raTeamThenHead(), openedAt, dueAt, remindAt: remindersWithin(candidates, openedAt, dueAt) };
  }

  private opening(subject: DeadlineSubject, responsibility: Responsibility, openedAt: Date, dueAt: Date): DeadlineOpening {
    return { ...subject, ...responsibility, openedAt, dueAt, remindAt: this.durationReminders(openedAt, dueAt) };
  }

  private closing(subject: DeadlineSubject, responsibility: Responsibility, state: DeadlineClosing['state'], event: EventEnvelope): DeadlineClosing {
    return { ...subject, ...responsibility, state, at: occurredAt(event) };
  }

  private referralSubject(event: EventEnvelope<'referral.created' | 'referral.accepted' | 'referral.declined' | 'referral.withdrawn' | 'referral.closed'>): DeadlineSubject {
    return { kind: DeadlineKind.REFERRAL_RESPONSE, subjectRef: event.payload.reference, subjectId: event.payload.referralId, sourceEventId: event.id };
  }

  private groupSubject(event: EventEnvelope, formalIdentificationId: string, reference: string): DeadlineSubject {
    return { kind: DeadlineKind.FORMAL_ID_GROUP, subjectRef: reference, subjectId: formalIdentificationId, sourceEventId: event.id };
  }

  private overrideSubject(event: EventEnvelope, overrideId: string, reference: string): DeadlineSubject {
    return { kind: DeadlineKind.OVERRIDE_REVIEW, subjectRef: reference, subjectId: overrideId, sourceEventId: event.id };
  }

  private get ra(): string {
    return this.policy.RESPONSIBLE_AUTHORITY_AGENCY_ID;
  }

  private raOfficerThenHead(): Responsibility {
    return { owner: { agencyId: this.ra, roles: [Role.RA_OFFICER] }, escalation: { agencyId: this.ra, roles: [Role.RA_HEAD] } };
  }

  private raTeamThenHead(): Responsibility {
    return { owner: { agencyId: this.ra, roles: [Role.RA_OFFICER, Role.RA_HEAD] }, escalation: { agencyId: this.ra, roles: [Role.RA_HEAD] } };
  }

  private raHeads(): Responsibility {
    const heads = { agencyId: this.ra, roles: [Role.RA_HEAD] };
    return { owner: heads, escalation: heads };
  }

  private caseManagerOf(providerAgencyId: string): DeadlineAudience {
    return { agencyId: providerAgencyId, roles: [Role.CASE_MANAGER] };
  }

  private providerThenRa(providerAgencyId: string): Responsibility {
    return { owner: { agencyId: providerAgencyId, roles: [Role.CASE_MANAGER] }, escalation: { agencyId: this.ra, roles: [Role.RA_OFFICER, Role.RA_HEAD] } };
  }

  private caseManagerThenShelterHead(providerAgencyId: string): Responsibility {
    return { owner: { agencyId: providerAgencyId, roles: [Role.CASE_MANAGER] }, escalation: { agencyId: providerAgencyId, roles: [Role.SHELTER_HEAD] } };
  }
}

/** The candidate times strictly between opening and due, ascending, each once (to the millisecond). */
function remindersWithin(candidates: number[], openedAt: Date, dueAt: Date): Date[] {
  const within = candidates.map(Math.round).filter((at) => at > openedAt.getTime() && at < dueAt.getTime());
  return [...new Set(within)].sort((a, b) => a - b).map((at) => new Date(at));
}

/** Deadlines run from when the fact happened, not from when this consumer got to it. */
function occurredAt(event: EventEnvelope): Date {
  return isoDate(event.occurredAt, 'occurredAt', event);
}

function isoDate(value: string, field: string, event: EventEnvelope): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new Error(`event ${event.id} has an invalid ${field}`);
  return at;
}
