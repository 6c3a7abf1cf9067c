import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum AccessExceptionCode {
  /** Also the answer for an unknown person id to a caller who may not learn that it is unknown. */
  NO_RELATIONSHIP = 'NO_RELATIONSHIP',
  /** The caller's agency is not an active agency of the directory, or the token's agency type is not the directory's. */
  AGENCY_NOT_AS_IN_DIRECTORY = 'AGENCY_NOT_AS_IN_DIRECTORY',
}

export class AccessException extends domainException('AccessException', {
  [AccessExceptionCode.NO_RELATIONSHIP]: ApiErrorCode.FORBIDDEN,
  [AccessExceptionCode.AGENCY_NOT_AS_IN_DIRECTORY]: ApiErrorCode.FORBIDDEN,
} satisfies Record<AccessExceptionCode, ApiErrorCode>) {}
