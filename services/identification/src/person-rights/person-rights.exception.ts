import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum PersonRightsExceptionCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  /** releaseLegalHold on a person with no unreleased hold. */
  NO_ACTIVE_LEGAL_HOLD = 'NO_ACTIVE_LEGAL_HOLD',
  /** Erasure waits while criminal proceedings are open (docs/domain.md §3). */
  LEGAL_HOLD_ACTIVE = 'LEGAL_HOLD_ACTIVE',
  /** Nothing is left to hold once a person is erased. */
  PERSON_ERASED = 'PERSON_ERASED',
  /** No recorded subject access request of the person carries the reference. */
  SUBJECT_ACCESS_REQUEST_NOT_FOUND = 'SUBJECT_ACCESS_REQUEST_NOT_FOUND',
  /** The request was exported already: a reference is fulfilled once, never replayed. */
  SUBJECT_ACCESS_REQUEST_FULFILLED = 'SUBJECT_ACCESS_REQUEST_FULFILLED',
  /** Another request already carries the reference. */
  REQUEST_REFERENCE_TAKEN = 'REQUEST_REFERENCE_TAKEN',
  /** A received date in the future, or an identity check that does not fit the requester. */
  INVALID_SUBJECT_ACCESS_REQUEST = 'INVALID_SUBJECT_ACCESS_REQUEST',
  /** A service asked for its part without a live, unclaimed export request of this caller for this person. */
  EXPORT_PART_NOT_RELEASED = 'EXPORT_PART_NOT_RELEASED',
}

/** Messages name ids and references only: never anything about the person or the proceedings. */
export class PersonRightsException extends domainException('PersonRightsException', {
  [PersonRightsExceptionCode.PERSON_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [PersonRightsExceptionCode.NO_ACTIVE_LEGAL_HOLD]: ApiErrorCode.NOT_FOUND,
  [PersonRightsExceptionCode.SUBJECT_ACCESS_REQUEST_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [PersonRightsExceptionCode.LEGAL_HOLD_ACTIVE]: ApiErrorCode.CONFLICT,
  [PersonRightsExceptionCode.PERSON_ERASED]: ApiErrorCode.CONFLICT,
  [PersonRightsExceptionCode.SUBJECT_ACCESS_REQUEST_FULFILLED]: ApiErrorCode.CONFLICT,
  [PersonRightsExceptionCode.REQUEST_REFERENCE_TAKEN]: ApiErrorCode.CONFLICT,
  [PersonRightsExceptionCode.INVALID_SUBJECT_ACCESS_REQUEST]: ApiErrorCode.BAD_USER_INPUT,
  [PersonRightsExceptionCode.EXPORT_PART_NOT_RELEASED]: ApiErrorCode.FORBIDDEN,
} satisfies Record<PersonRightsExceptionCode, ApiErrorCode>) {}
