import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about; the portal words and links it by kind. */
export enum NotificationKind {
  NEW_IDENTIFICATION = 'NEW_IDENTIFICATION',
  /** The person declined the interview: only an anonymous notification is kept. */
  ANONYMOUS_IDENTIFICATION = 'ANONYMOUS_IDENTIFICATION',
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_ACCEPTED = 'REFERRAL_ACCEPTED',
  REFERRAL_DECLINED = 'REFERRAL_DECLINED',
  /** A consent naming the agency was withdrawn: stop relying on what it opened. */
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });
