import { ApiErrorCode, assertNever, DomainException } from '@nrm/graphql';

export enum DirectoryExceptionCode {
  /** The identity provider could not be read (unreachable, refused the service account, answered nonsense). */
  IDENTITY_PROVIDER_FAILED = 'IDENTITY_PROVIDER_FAILED',
  /** The identity provider listed no agency at all: copying that would empty the directory. */
  EMPTY_DIRECTORY = 'EMPTY_DIRECTORY',
  /** The caller may list the users of its own agency only. */
  OTHER_AGENCY = 'OTHER_AGENCY',
}

function toApiCode(code: DirectoryExceptionCode): ApiErrorCode {
  switch (code) {
    case DirectoryExceptionCode.IDENTITY_PROVIDER_FAILED:
    case DirectoryExceptionCode.EMPTY_DIRECTORY:
      return ApiErrorCode.INTERNAL;
    case DirectoryExceptionCode.OTHER_AGENCY:
      return ApiErrorCode.FORBIDDEN;
    default:
      return assertNever(code);
  }
}

export class DirectoryException extends DomainException {
  readonly apiCode: ApiErrorCode;

  constructor(
    readonly code: DirectoryExceptionCode,
    message: string,
    fields?: string[],
  ) {
    super(message, fields);
    this.apiCode = toApiCode(code);
  }
}
