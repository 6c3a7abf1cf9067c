import { ApiErrorCode, assertNever, DomainException } from '@nrm/graphql';

export enum ConsentExceptionCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  GRANT_NOT_FOUND = 'GRANT_NOT_FOUND',
  /** The caller's agency has no relationship to the person. */
  NO_RELATIONSHIP = 'NO_RELATIONSHIP',
  /** A child's consent cannot be recorded as given by the child alone. */
  CHILD_CANNOT_CONSENT_ALONE = 'CHILD_CANNOT_CONSENT_ALONE',
  /** The child protection worker gives consent only in a child's best interest. */
  GIVER_ONLY_FOR_A_CHILD = 'GIVER_ONLY_FOR_A_CHILD',
  /** Only a child protection worker may record a consent given by the child protection worker. */
  GIVER_NEEDS_CHILD_PROTECTION_WORKER = 'GIVER_NEEDS_CHILD_PROTECTION_WORKER',
  EXPIRY_NOT_IN_FUTURE = 'EXPIRY_NOT_IN_FUTURE',
  OVERRIDE_TOO_LONG = 'OVERRIDE_TOO_LONG',
  REASON_TOO_LONG = 'REASON_TOO_LONG',
}

function toApiCode(code: ConsentExceptionCode): ApiErrorCode {
  switch (code) {
    case ConsentExceptionCode.PERSON_NOT_FOUND:
    case ConsentExceptionCode.GRANT_NOT_FOUND:
      return ApiErrorCode.NOT_FOUND;
    case ConsentExceptionCode.NO_RELATIONSHIP:
    case ConsentExceptionCode.GIVER_NEEDS_CHILD_PROTECTION_WORKER:
      return ApiErrorCode.FORBIDDEN;
    case ConsentExceptionCode.CHILD_CANNOT_CONSENT_ALONE:
    case ConsentExceptionCode.GIVER_ONLY_FOR_A_CHILD:
    case ConsentExceptionCode.EXPIRY_NOT_IN_FUTURE:
    case ConsentExceptionCode.OVERRIDE_TOO_LONG:
    case ConsentExceptionCode.REASON_TOO_LONG:
      return ApiErrorCode.BAD_USER_INPUT;
    default:
      return assertNever(code);
  }
}

/** Messages name ids, references and input paths only: never the reason text or anything about the person. */
export class ConsentException extends DomainException {
  readonly apiCode: ApiErrorCode;

  constructor(
    readonly code: ConsentExceptionCode,
    message: string,
    fields?: string[],
  ) {
    super(message, fields);
    this.apiCode = toApiCode(code);
  }
}
