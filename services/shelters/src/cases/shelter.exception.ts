import { ApiErrorCode, assertNever, DomainException } from '@nrm/graphql';

export enum ShelterExceptionCode {
  NOT_VISIBLE = 'NOT_VISIBLE',
}

function toApiCode(code: ShelterExceptionCode): ApiErrorCode {
  switch (code) {
    case ShelterExceptionCode.NOT_VISIBLE:
      return ApiErrorCode.FORBIDDEN;
    default:
      return assertNever(code);
  }
}

export class ShelterException extends DomainException {
  readonly apiCode: ApiErrorCode;

  constructor(
    readonly code: ShelterExceptionCode,
    message: string,
    fields?: string[],
  ) {
    super(message, fields);
    this.apiCode = toApiCode(code);
  }
}
