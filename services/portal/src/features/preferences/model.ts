import type { NotificationKind } from '../../gql/graphql';

/** Every notification kind the API knows (the schema's NotificationKind), in the order the page lists them. */
export const NOTIFICATION_KINDS = [
  'NEW_IDENTIFICATION',
  'ANONYMOUS_IDENTIFICATION',
  'REFERRAL_RECEIVED',
  'REFERRAL_ACCEPTED',
  'REFERRAL_DECLINED',
  'REFERRAL_WITHDRAWN',
  'PLACEMENT_TRANSFERRED',
  'CHILD_REGION_WITHOUT_UNIT',
  'CONSENT_WITHDRAWN',
  'AGE_VERIFIED',
  'INTERVIEW_RECORDED',
  'FORMAL_ID_GROUP_SCHEDULED',
  'FORMAL_ID_CONCLUDED',
  'CRIMINAL_REPORT_RECORDED',
  'REFLECTION_PERIOD_STARTED',
  'RESIDENCE_PERMIT_RECORDED',
  'NEEDS_ASSESSMENT_DUE',
  'URGENT_SUICIDE_RISK',
  'DEADLINE_REMINDER',
  'DEADLINE_ESCALATED',
] as const satisfies readonly NotificationKind[];

/** The languages an e-mail can be written in. */
export const EMAIL_LANGUAGES = ['en', 'sq'] as const;
