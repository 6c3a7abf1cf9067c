import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum FormalIdentificationExceptionCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  FORMAL_IDENTIFICATION_NOT_FOUND = 'FORMAL_IDENTIFICATION_NOT_FOUND',
  STATEMENT_OF_WILLINGNESS_REQUIRED = 'STATEMENT_OF_WILLINGNESS_REQUIRED',
  WRONG_POLICE_MEMBER = 'WRONG_POLICE_MEMBER',
  WRONG_SOCIAL_MEMBER = 'WRONG_SOCIAL_MEMBER',
  SCHEDULED_BEFORE_REQUEST = 'SCHEDULED_BEFORE_REQUEST',
  ALREADY_CONVENED = 'ALREADY_CONVENED',
  NOT_CONVENED = 'NOT_CONVENED',
  ALREADY_CONCLUDED = 'ALREADY_CONCLUDED',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  INTERVIEW_TIMES = 'INTERVIEW_TIMES',
  INTERVIEW_NOT_RECORDED = 'INTERVIEW_NOT_RECORDED',
  INTERVIEW_ALREADY_ENDED = 'INTERVIEW_ALREADY_ENDED',
  REASONS_REQUIRED = 'REASONS_REQUIRED',
  CRIMINAL_REPORT_IN_INTERVIEW = 'CRIMINAL_REPORT_IN_INTERVIEW',
  REPORT_IN_FUTURE = 'REPORT_IN_FUTURE',
}

export class FormalIdentificationException extends domainException('FormalIdentificationException', {
  [FormalIdentificationExceptionCode.PERSON_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [FormalIdentificationExceptionCode.FORMAL_IDENTIFICATION_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [FormalIdentificationExceptionCode.STATEMENT_OF_WILLINGNESS_REQUIRED]: ApiErrorCode.BAD_USER_INPUT,
  [FormalIdentificationExceptionCode.WRONG_POLICE_MEMBER]: ApiErrorCode.BAD_USER_INPUT,
  [FormalIdentificationExceptionCode.WRONG_SOCIAL_MEMBER]: ApiErrorCode.BAD_USER_INPUT,
  [FormalIdentificationExceptionCode.SCHEDULED_BEFORE_REQUEST]: ApiErrorCode.BAD_USER_INPUT,
  [FormalIdentificationExceptionCode.ALREADY_CONVENED]: ApiErrorCode.CONFLICT,
  [FormalIdentificationExceptionCode.NOT_CONVENED]: ApiErrorCode.CONFLICT,
  [FormalIdentificationExceptionCode.ALREADY_CONCLUDED]: ApiErrorCode.CONFLICT,
  [FormalIdentificationExceptionCode.NOT_A_MEMBER]: ApiErrorCode.FORBIDDEN,
  [FormalIdentificationExceptionCode.INTERVIEW_TIMES]: ApiErrorCode.BAD_USER_INPUT,
  [FormalIdentificationExceptionCode.INTERVIEW_NOT_RECORDED]: ApiErrorCode.CONFLICT,
  [FormalIdentificationExceptionCode.INTERVIEW_ALREADY_ENDED]: ApiErrorCode.CONFLICT,
  [FormalIdentificationExceptionCode.REASONS_REQUIRED]: ApiErrorCode.BAD_USER_INPUT,
  [FormalIdentificationExceptionCode.CRIMINAL_REPORT_IN_INTERVIEW]: ApiErrorCode.CONFLICT,
  [FormalIdentificationExceptionCode.REPORT_IN_FUTURE]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<FormalIdentificationExceptionCode, ApiErrorCode>) {
  /** The person a refusal is about, for its audit entry; never part of the message a client sees. */
  personId?: string;

  about(personId: string): this {
    this.personId = personId;
    return this;
  }
}
