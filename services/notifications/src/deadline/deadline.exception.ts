import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum DeadlineExceptionCode {
  /** No acknowledgement deadline of that identification (yet): its submission has not reached this service. */
  IDENTIFICATION_NOT_FOUND = 'IDENTIFICATION_NOT_FOUND',
  /** Another agency's deadlines, asked for by someone outside the Responsible Authority. */
  AGENCY_NOT_ALLOWED = 'AGENCY_NOT_ALLOWED',
}

export class DeadlineException extends domainException('DeadlineException', {
  [DeadlineExceptionCode.IDENTIFICATION_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [DeadlineExceptionCode.AGENCY_NOT_ALLOWED]: ApiErrorCode.FORBIDDEN,
} satisfies Record<DeadlineExceptionCode, ApiErrorCode>) {}
