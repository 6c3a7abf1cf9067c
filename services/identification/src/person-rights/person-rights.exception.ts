import { ApiErrorCode, assertNever, DomainException } from '@nrm/graphql';

export enum PersonRightsExceptionCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  /** releaseLegalHold on a person with no unreleased hold. */
  NO_ACTIVE_LEGAL_HOLD = 'NO_ACTIVE_LEGAL_HOLD',
  /** Erasure waits while criminal proceedings are open (DOMAIN.md §3). */
  LEGAL_HOLD_ACTIVE = 'LEGAL_HOLD_ACTIVE',
  /** Nothing is left to hold once a person is erased. */
  PERSON_ERASED = 'PERSON_ERASED',
}

function toApiCode(code: PersonRightsExceptionCode): ApiErrorCode {
  switch (code) {
    case PersonRightsExceptionCode.PERSON_NOT_FOUND:
    case PersonRightsExceptionCode.NO_ACTIVE_LEGAL_HOLD:
      return ApiErrorCode.NOT_FOUND;
    case PersonRightsExceptionCode.LEGAL_HOLD_ACTIVE:
    case PersonRightsExceptionCode.PERSON_ERASED:
      return ApiErrorCode.CONFLICT;
    default:
      return assertNever(code);
  }
}

/** Messages name ids and references only: never anything about the person or the proceedings. */
export class PersonRightsException extends DomainException {
  readonly apiCode: ApiErrorCode;

  constructor(
    readonly code: PersonRightsExceptionCode,
    message: string,
    fields?: string[],
  ) {
    super(message, fields);
    this.apiCode = toApiCode(code);
  }
}
