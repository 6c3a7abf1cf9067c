import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum IdentificationExceptionCode {
  UNKNOWN_INDICATOR = 'UNKNOWN_INDICATOR',
  UNKNOWN_REGION = 'UNKNOWN_REGION',
  IMPLAUSIBLE_DATE_OF_BIRTH = 'IMPLAUSIBLE_DATE_OF_BIRTH',
  AGE_MISSING_FOR_CHILD_INDICATOR = 'AGE_MISSING_FOR_CHILD_INDICATOR',
  IDENTIFICATION_NOT_FOUND = 'IDENTIFICATION_NOT_FOUND',
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  NOT_VISIBLE = 'NOT_VISIBLE',
  CLIENT_REQUEST_REUSED = 'CLIENT_REQUEST_REUSED',
  INVALID_FILTER = 'INVALID_FILTER',
  INVALID_REFERENCE = 'INVALID_REFERENCE',
  INTERVIEW_CONSENT_MISSING = 'INTERVIEW_CONSENT_MISSING',
  INTERVIEW_ALREADY_RECORDED = 'INTERVIEW_ALREADY_RECORDED',
  INTERVIEW_NOT_SUSPENDED = 'INTERVIEW_NOT_SUSPENDED',
  NOT_RECORDING_AGENCY = 'NOT_RECORDING_AGENCY',
  PERSON_ERASED = 'PERSON_ERASED',
}

export class IdentificationException extends domainException('IdentificationException', {
  [IdentificationExceptionCode.UNKNOWN_INDICATOR]: ApiErrorCode.BAD_USER_INPUT,
  [IdentificationExceptionCode.UNKNOWN_REGION]: ApiErrorCode.BAD_USER_INPUT,
  [IdentificationExceptionCode.IMPLAUSIBLE_DATE_OF_BIRTH]: ApiErrorCode.BAD_USER_INPUT,
  [IdentificationExceptionCode.AGE_MISSING_FOR_CHILD_INDICATOR]: ApiErrorCode.BAD_USER_INPUT,
  [IdentificationExceptionCode.IDENTIFICATION_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [IdentificationExceptionCode.PERSON_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [IdentificationExceptionCode.NOT_VISIBLE]: ApiErrorCode.FORBIDDEN,
  [IdentificationExceptionCode.CLIENT_REQUEST_REUSED]: ApiErrorCode.CONFLICT,
  [IdentificationExceptionCode.INVALID_FILTER]: ApiErrorCode.BAD_USER_INPUT,
  [IdentificationExceptionCode.INVALID_REFERENCE]: ApiErrorCode.BAD_USER_INPUT,
  [IdentificationExceptionCode.INTERVIEW_CONSENT_MISSING]: ApiErrorCode.BAD_USER_INPUT,
  [IdentificationExceptionCode.INTERVIEW_ALREADY_RECORDED]: ApiErrorCode.CONFLICT,
  [IdentificationExceptionCode.INTERVIEW_NOT_SUSPENDED]: ApiErrorCode.CONFLICT,
  [IdentificationExceptionCode.NOT_RECORDING_AGENCY]: ApiErrorCode.FORBIDDEN,
  [IdentificationExceptionCode.PERSON_ERASED]: ApiErrorCode.CONFLICT,
} satisfies Record<IdentificationExceptionCode, ApiErrorCode>) {}
