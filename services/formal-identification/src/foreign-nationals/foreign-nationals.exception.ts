import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum ForeignNationalsExceptionCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  NOT_FOREIGN_NATIONAL = 'NOT_FOREIGN_NATIONAL',
  REFLECTION_PERIOD_TOO_SHORT = 'REFLECTION_PERIOD_TOO_SHORT',
  REFLECTION_PERIOD_RUNNING = 'REFLECTION_PERIOD_RUNNING',
  PERMIT_DATES = 'PERMIT_DATES',
}

export class ForeignNationalsException extends domainException('ForeignNationalsException', {
  [ForeignNationalsExceptionCode.PERSON_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ForeignNationalsExceptionCode.NOT_FOREIGN_NATIONAL]: ApiErrorCode.CONFLICT,
  [ForeignNationalsExceptionCode.REFLECTION_PERIOD_TOO_SHORT]: ApiErrorCode.BAD_USER_INPUT,
  [ForeignNationalsExceptionCode.REFLECTION_PERIOD_RUNNING]: ApiErrorCode.CONFLICT,
  [ForeignNationalsExceptionCode.PERMIT_DATES]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<ForeignNationalsExceptionCode, ApiErrorCode>) {}
