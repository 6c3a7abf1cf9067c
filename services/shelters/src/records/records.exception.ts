import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum RecordsExceptionCode {
  /** The summary is not one of the area's codes (assessment-codes.ts). */
  NOT_A_SUMMARY_CODE = 'NOT_A_SUMMARY_CODE',
  LEGAL_PROBLEMS_REQUIRED = 'LEGAL_PROBLEMS_REQUIRED',
  LEGAL_PROBLEMS_NOT_EXPECTED = 'LEGAL_PROBLEMS_NOT_EXPECTED',
}

export class RecordsException extends domainException('RecordsException', {
  [RecordsExceptionCode.NOT_A_SUMMARY_CODE]: ApiErrorCode.BAD_USER_INPUT,
  [RecordsExceptionCode.LEGAL_PROBLEMS_REQUIRED]: ApiErrorCode.BAD_USER_INPUT,
  [RecordsExceptionCode.LEGAL_PROBLEMS_NOT_EXPECTED]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<RecordsExceptionCode, ApiErrorCode>) {}
