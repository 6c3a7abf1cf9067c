import { ApiErrorCode, assertNever, DomainException } from '@nrm/graphql';

export enum IdentificationExceptionCode {
  UNKNOWN_INDICATOR = 'UNKNOWN_INDICATOR',
  UNKNOWN_REGION = 'UNKNOWN_REGION',
  AGE_MISSING_FOR_CHILD_INDICATOR = 'AGE_MISSING_FOR_CHILD_INDICATOR',
  IDENTIFICATION_NOT_FOUND = 'IDENTIFICATION_NOT_FOUND',
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  NOT_VISIBLE = 'NOT_VISIBLE',
  /** Also the answer for an unknown person id to a caller who may not learn that it is unknown. */
  NO_RELATIONSHIP = 'NO_RELATIONSHIP',
}

function toApiCode(code: IdentificationExceptionCode): ApiErrorCode {
  switch (code) {
    case IdentificationExceptionCode.UNKNOWN_INDICATOR:
    case IdentificationExceptionCode.UNKNOWN_REGION:
    case IdentificationExceptionCode.AGE_MISSING_FOR_CHILD_INDICATOR:
      return ApiErrorCode.BAD_USER_INPUT;
    case IdentificationExceptionCode.IDENTIFICATION_NOT_FOUND:
    case IdentificationExceptionCode.PERSON_NOT_FOUND:
      return ApiErrorCode.NOT_FOUND;
    case IdentificationExceptionCode.NOT_VISIBLE:
    case IdentificationExceptionCode.NO_RELATIONSHIP:
      return ApiErrorCode.FORBIDDEN;
    default:
      return assertNever(code);
  }
}

export class IdentificationException extends DomainException {
  readonly apiCode: ApiErrorCode;

  constructor(
    readonly code: IdentificationExceptionCode,
    message: string,
    fields?: string[],
  ) {
    super(message, fields);
    this.apiCode = toApiCode(code);
  }
}
