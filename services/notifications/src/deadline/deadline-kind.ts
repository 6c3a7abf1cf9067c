import { registerEnumType } from '@nestjs/graphql';

/** Which statutory clock of docs/domain.md §4 a deadline keeps. */
export enum DeadlineKind {
  /** The RA acknowledges a new identification (met by `acknowledgeIdentification`). */
  RA_ACKNOWLEDGEMENT = 'RA_ACKNOWLEDGEMENT',
  /** The provider answers a referral (urgent or normal); met on acceptance or decline. */
  REFERRAL_RESPONSE = 'REFERRAL_RESPONSE',
  /** The formal identification group is convened within 5 working days of the request. */
  FORMAL_ID_GROUP = 'FORMAL_ID_GROUP',
  /** The shelter's needs assessment within 14 days of admission; met when an assessment is recorded for the case. */
  NEEDS_ASSESSMENT = 'NEEDS_ASSESSMENT',
  /** A foreign national's reflection period ends: reminders before it does. */
  REFLECTION_PERIOD_END = 'REFLECTION_PERIOD_END',
  /** A residence permit expires: reminders before it does. */
  RESIDENCE_PERMIT_EXPIRY = 'RESIDENCE_PERMIT_EXPIRY',
  /** The next monitoring contact of a case, by its phase's cadence; met by that contact, which opens the next one. */
  MONITORING_CONTACT = 'MONITORING_CONTACT',
  /** An action of a signed reintegration plan is reviewed on the date the plan set; met by the next signed version. */
  PLAN_ACTION_REVIEW = 'PLAN_ACTION_REVIEW',
  /** Another ra_head reviews a legal-basis override within 72 hours of its grant; met by the review. */
  OVERRIDE_REVIEW = 'OVERRIDE_REVIEW',
}

export enum DeadlineState {
  OPEN = 'OPEN',
  /** The work was done (also after an escalation); nothing fires any more. */
  MET = 'MET',
  /** The work fell away (a referral withdrawn or closed); nothing fires any more. */
  CANCELLED = 'CANCELLED',
  /** Missed: the escalation audience was told. */
  ESCALATED = 'ESCALATED',
}

registerEnumType(DeadlineKind, { name: 'DeadlineKind' });
registerEnumType(DeadlineState, { name: 'DeadlineState' });
