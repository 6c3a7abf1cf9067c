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
