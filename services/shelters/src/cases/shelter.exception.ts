import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum ShelterExceptionCode {
  NOT_VISIBLE = 'NOT_VISIBLE',
  /** A closed case takes no new records. */
  CASE_CLOSED = 'CASE_CLOSED',
}

export class ShelterException extends domainException('ShelterException', {
  [ShelterExceptionCode.NOT_VISIBLE]: ApiErrorCode.FORBIDDEN,
  [ShelterExceptionCode.CASE_CLOSED]: ApiErrorCode.CONFLICT,
} satisfies Record<ShelterExceptionCode, ApiErrorCode>) {}
