import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum ReferralExceptionCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  PROVIDER_NOT_FOUND = 'PROVIDER_NOT_FOUND',
  REFERRAL_NOT_FOUND = 'REFERRAL_NOT_FOUND',
  PROVIDER_NOT_AUTHORISED = 'PROVIDER_NOT_AUTHORISED',
  PROVIDER_DOES_NOT_SERVE_CHILDREN = 'PROVIDER_DOES_NOT_SERVE_CHILDREN',
  PROVIDER_DOES_NOT_SERVE_ADULTS = 'PROVIDER_DOES_NOT_SERVE_ADULTS',
  PROVIDER_DOES_NOT_SERVE_CATEGORY = 'PROVIDER_DOES_NOT_SERVE_CATEGORY',
  NO_PLACES_FREE = 'NO_PLACES_FREE',
  ALREADY_PENDING = 'ALREADY_PENDING',
  ALREADY_PLACED = 'ALREADY_PLACED',
  TRANSFER_SOURCE_INVALID = 'TRANSFER_SOURCE_INVALID',
  TRANSFER_TO_SAME_PROVIDER = 'TRANSFER_TO_SAME_PROVIDER',
  NOT_PENDING = 'NOT_PENDING',
  ALREADY_ANSWERED = 'ALREADY_ANSWERED',
  DECLINE_REASON_REQUIRED = 'DECLINE_REASON_REQUIRED',
  NOT_PROVIDER_AGENCY = 'NOT_PROVIDER_AGENCY',
  NOT_VISIBLE = 'NOT_VISIBLE',
  INTERVIEW_CONSENT_REQUIRED = 'INTERVIEW_CONSENT_REQUIRED',
  OPTIONS_MUST_INCLUDE_CHOICE = 'OPTIONS_MUST_INCLUDE_CHOICE',
  OVER_CAPACITY_AGREEMENT_INVALID = 'OVER_CAPACITY_AGREEMENT_INVALID',
}

export class ReferralException extends domainException('ReferralException', {
  [ReferralExceptionCode.PERSON_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ReferralExceptionCode.PROVIDER_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ReferralExceptionCode.REFERRAL_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ReferralExceptionCode.PROVIDER_NOT_AUTHORISED]: ApiErrorCode.CONFLICT,
  [ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CHILDREN]: ApiErrorCode.CONFLICT,
  [ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_ADULTS]: ApiErrorCode.CONFLICT,
  [ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CATEGORY]: ApiErrorCode.CONFLICT,
  [ReferralExceptionCode.NO_PLACES_FREE]: ApiErrorCode.CONFLICT,
  [ReferralExceptionCode.ALREADY_PENDING]: ApiErrorCode.CONFLICT,
  [ReferralExceptionCode.ALREADY_PLACED]: ApiErrorCode.CONFLICT,
  [ReferralExceptionCode.TRANSFER_SOURCE_INVALID]: ApiErrorCode.BAD_USER_INPUT,
  [ReferralExceptionCode.TRANSFER_TO_SAME_PROVIDER]: ApiErrorCode.BAD_USER_INPUT,
  [ReferralExceptionCode.NOT_PENDING]: ApiErrorCode.CONFLICT,
  [ReferralExceptionCode.ALREADY_ANSWERED]: ApiErrorCode.CONFLICT,
  [ReferralExceptionCode.DECLINE_REASON_REQUIRED]: ApiErrorCode.BAD_USER_INPUT,
  [ReferralExceptionCode.NOT_PROVIDER_AGENCY]: ApiErrorCode.FORBIDDEN,
  [ReferralExceptionCode.NOT_VISIBLE]: ApiErrorCode.FORBIDDEN,
  // The person is known and the RA may refer, but no consent covers sharing their data: the policy's CONSENT_REQUIRED.
  [ReferralExceptionCode.INTERVIEW_CONSENT_REQUIRED]: ApiErrorCode.CONSENT_REQUIRED,
  [ReferralExceptionCode.OPTIONS_MUST_INCLUDE_CHOICE]: ApiErrorCode.BAD_USER_INPUT,
  [ReferralExceptionCode.OVER_CAPACITY_AGREEMENT_INVALID]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<ReferralExceptionCode, ApiErrorCode>) {
  /** The person a refusal is about, for its audit entry; never part of the message a client sees. */
  personId?: string;

  /** The same refusal, naming the person of the referral it refuses (see personId). */
  about(personId: string): this {
    this.personId = personId;
    return this;
  }
}
