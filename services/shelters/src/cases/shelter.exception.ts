import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum ShelterExceptionCode {
  NOT_VISIBLE = 'NOT_VISIBLE',
  /** A closed case takes no new records. */
  CASE_CLOSED = 'CASE_CLOSED',
  /** The case track does not allow the change from the case's current state (docs/domain.md, "The case track"). */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** The caller's role may see the case but not make this change. */
  NOT_ALLOWED = 'NOT_ALLOWED',
}

export class ShelterException extends domainException('ShelterException', {
  [ShelterExceptionCode.NOT_VISIBLE]: ApiErrorCode.FORBIDDEN,
  [ShelterExceptionCode.CASE_CLOSED]: ApiErrorCode.CONFLICT,
  [ShelterExceptionCode.INVALID_TRANSITION]: ApiErrorCode.CONFLICT,
  [ShelterExceptionCode.NOT_ALLOWED]: ApiErrorCode.FORBIDDEN,
} satisfies Record<ShelterExceptionCode, ApiErrorCode>) {}
