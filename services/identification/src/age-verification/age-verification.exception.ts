import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum AgeVerificationExceptionCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  PERSON_ERASED = 'PERSON_ERASED',
  VERIFIED_IN_FUTURE = 'VERIFIED_IN_FUTURE',
  IMPLAUSIBLE_DATE_OF_BIRTH = 'IMPLAUSIBLE_DATE_OF_BIRTH',
  DATE_OF_BIRTH_CONTRADICTS_OUTCOME = 'DATE_OF_BIRTH_CONTRADICTS_OUTCOME',
  NO_IDENTITY_WITHOUT_INTERVIEW = 'NO_IDENTITY_WITHOUT_INTERVIEW',
  CLIENT_REQUEST_REUSED = 'CLIENT_REQUEST_REUSED',
}

export class AgeVerificationException extends domainException('AgeVerificationException', {
  [AgeVerificationExceptionCode.PERSON_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [AgeVerificationExceptionCode.PERSON_ERASED]: ApiErrorCode.CONFLICT,
  [AgeVerificationExceptionCode.VERIFIED_IN_FUTURE]: ApiErrorCode.BAD_USER_INPUT,
  [AgeVerificationExceptionCode.IMPLAUSIBLE_DATE_OF_BIRTH]: ApiErrorCode.BAD_USER_INPUT,
  [AgeVerificationExceptionCode.DATE_OF_BIRTH_CONTRADICTS_OUTCOME]: ApiErrorCode.BAD_USER_INPUT,
  [AgeVerificationExceptionCode.NO_IDENTITY_WITHOUT_INTERVIEW]: ApiErrorCode.CONFLICT,
  [AgeVerificationExceptionCode.CLIENT_REQUEST_REUSED]: ApiErrorCode.CONFLICT,
} satisfies Record<AgeVerificationExceptionCode, ApiErrorCode>) {}
