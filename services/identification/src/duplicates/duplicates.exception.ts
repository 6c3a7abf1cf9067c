import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum DuplicatesExceptionCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  CANDIDATE_NOT_FOUND = 'CANDIDATE_NOT_FOUND',
  /** A person linked to itself. */
  SAME_PERSON = 'SAME_PERSON',
  /** One of the two is already an alias, or the record to become an alias has aliases of its own (no chains). */
  ALREADY_LINKED = 'ALREADY_LINKED',
  /** One of the two was erased on request: nothing is left to link. */
  PERSON_ERASED = 'PERSON_ERASED',
  /** The candidate was already linked or dismissed. */
  NOT_PENDING = 'NOT_PENDING',
  /** A written reason with too little real text once normalised, or too long. */
  REASON_NOT_WRITTEN = 'REASON_NOT_WRITTEN',
}

/** Messages name ids and input paths only: never a name, a date or the reason text. */
export class DuplicatesException extends domainException('DuplicatesException', {
  [DuplicatesExceptionCode.PERSON_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [DuplicatesExceptionCode.CANDIDATE_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [DuplicatesExceptionCode.SAME_PERSON]: ApiErrorCode.BAD_USER_INPUT,
  [DuplicatesExceptionCode.ALREADY_LINKED]: ApiErrorCode.CONFLICT,
  [DuplicatesExceptionCode.PERSON_ERASED]: ApiErrorCode.CONFLICT,
  [DuplicatesExceptionCode.NOT_PENDING]: ApiErrorCode.CONFLICT,
  [DuplicatesExceptionCode.REASON_NOT_WRITTEN]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<DuplicatesExceptionCode, ApiErrorCode>) {}
