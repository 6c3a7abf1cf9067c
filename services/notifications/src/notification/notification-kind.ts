import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about; the portal words and links it by kind. */
export enum NotificationKind {
  NEW_IDENTIFICATION = 'NEW_IDENTIFICATION',
  /** The person declined the interview: only an anonymous notification is kept. */
  ANONYMOUS_IDENTIFICATION = 'ANONYMOUS_IDENTIFICATION',
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_ACCEPTED = 'REFERRAL_ACCEPTED',
  REFERRAL_DECLINED = 'REFERRAL_DECLINED',
  /** The RA withdrew a referral the provider had not answered yet: nothing more to decide. */
  REFERRAL_WITHDRAWN = 'REFERRAL_WITHDRAWN',
  /** The person moved to another provider: the placement ends and the case is closed as referred on. */
  PLACEMENT_TRANSFERRED = 'PLACEMENT_TRANSFERRED',
  /** A child was identified in a region without a child protection unit of its own; the national unit stands in. */
  CHILD_REGION_WITHOUT_UNIT = 'CHILD_REGION_WITHOUT_UNIT',
  /** A consent naming the agency was withdrawn: stop relying on what it opened. */
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  /** The Responsible Authority verified the age of a person the unit was told about (or now must be): the pathway is settled. */
  AGE_VERIFIED = 'AGE_VERIFIED',
  /** The interview of a person first recorded without consent to it was held: the person may now be referred. */
  INTERVIEW_RECORDED = 'INTERVIEW_RECORDED',
  /** A formal identification group the agency's member sits in was convened: the interview is scheduled (dueAt). */
  FORMAL_ID_GROUP_SCHEDULED = 'FORMAL_ID_GROUP_SCHEDULED',
  /** The formal identification group concluded (VICTIM or NOT_VICTIM); the outcome is read in the portal. */
  FORMAL_ID_CONCLUDED = 'FORMAL_ID_CONCLUDED',
  /** A criminal report was recorded for the person. */
  CRIMINAL_REPORT_RECORDED = 'CRIMINAL_REPORT_RECORDED',
  /** A foreign national's reflection period started; dueAt is its end. */
  REFLECTION_PERIOD_STARTED = 'REFLECTION_PERIOD_STARTED',
  /** A residence permit was recorded; dueAt is its expiry. */
  RESIDENCE_PERMIT_RECORDED = 'RESIDENCE_PERMIT_RECORDED',
  /** The person was admitted to a case: the comprehensive needs assessment is due (dueAt, 14 days after admission). */
  NEEDS_ASSESSMENT_DUE = 'NEEDS_ASSESSMENT_DUE',
  /**
   * A needs assessment found suicide risk or self-harm: the case managers and psychologists of the shelter act at once
   * (subjectId is the case; the assessment is read in the portal through the access policy).
   */
  URGENT_SUICIDE_RISK = 'URGENT_SUICIDE_RISK',
  /** A deadline of the agency falls due (deadlineKind says which; dueAt is when): act before it does. */
  DEADLINE_REMINDER = 'DEADLINE_REMINDER',
  /** A deadline was missed (deadlineKind says which; dueAt was when): the escalation audience of docs/domain.md §4. */
  DEADLINE_ESCALATED = 'DEADLINE_ESCALATED',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
