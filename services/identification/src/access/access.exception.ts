import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum AccessExceptionCode {
  /** Also the answer for an unknown person id to a caller who may not learn that it is unknown. */
  NO_RELATIONSHIP = 'NO_RELATIONSHIP',
}

export class AccessException extends domainException('AccessException', {
  [AccessExceptionCode.NO_RELATIONSHIP]: ApiErrorCode.FORBIDDEN,
} satisfies Record<AccessExceptionCode, ApiErrorCode>) {}
