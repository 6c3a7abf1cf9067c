import { ApiErrorCode, assertNever, DomainException } from '@nrm/graphql';

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
  ALREADY_ANSWERED = 'ALREADY_ANSWERED',
  DECLINE_REASON_REQUIRED = 'DECLINE_REASON_REQUIRED',
  NOT_PROVIDER_AGENCY = 'NOT_PROVIDER_AGENCY',
  NOT_VISIBLE = 'NOT_VISIBLE',
}

function toApiCode(code: ReferralExceptionCode): ApiErrorCode {
  switch (code) {
    case ReferralExceptionCode.PERSON_NOT_FOUND:
    case ReferralExceptionCode.PROVIDER_NOT_FOUND:
    case ReferralExceptionCode.REFERRAL_NOT_FOUND:
      return ApiErrorCode.NOT_FOUND;
    case ReferralExceptionCode.PROVIDER_NOT_AUTHORISED:
    case ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CHILDREN:
    case ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_ADULTS:
    case ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CATEGORY:
    case ReferralExceptionCode.NO_PLACES_FREE:
    case ReferralExceptionCode.ALREADY_PENDING:
    case ReferralExceptionCode.ALREADY_ANSWERED:
      return ApiErrorCode.CONFLICT;
    case ReferralExceptionCode.DECLINE_REASON_REQUIRED:
      return ApiErrorCode.BAD_USER_INPUT;
    case ReferralExceptionCode.NOT_PROVIDER_AGENCY:
    case ReferralExceptionCode.NOT_VISIBLE:
      return ApiErrorCode.FORBIDDEN;
    default:
      return assertNever(code);
  }
}

export class ReferralException extends DomainException {
  readonly apiCode: ApiErrorCode;

  /** The person a refusal is about, for its audit entry; never part of the message a client sees. */
  personId?: string;

  constructor(
    readonly code: ReferralExceptionCode,
    message: string,
    fields?: string[],
  ) {
    super(message, fields);
    this.apiCode = toApiCode(code);
  }

  /** The same refusal, naming the person of the referral it refuses (see personId). */
  about(personId: string): this {
    this.personId = personId;
    return this;
  }
}
