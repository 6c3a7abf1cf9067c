import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum DraftExceptionCode {
  DRAFT_NOT_FOUND = 'DRAFT_NOT_FOUND',
  PAYLOAD_NOT_JSON_OBJECT = 'PAYLOAD_NOT_JSON_OBJECT',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  ALREADY_SUBMITTED = 'ALREADY_SUBMITTED',
  CLIENT_REQUEST_TAKEN = 'CLIENT_REQUEST_TAKEN',
}

export class DraftException extends domainException('DraftException', {
  [DraftExceptionCode.DRAFT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [DraftExceptionCode.PAYLOAD_NOT_JSON_OBJECT]: ApiErrorCode.BAD_USER_INPUT,
  [DraftExceptionCode.PAYLOAD_TOO_LARGE]: ApiErrorCode.BAD_USER_INPUT,
  [DraftExceptionCode.ALREADY_SUBMITTED]: ApiErrorCode.CONFLICT,
  [DraftExceptionCode.CLIENT_REQUEST_TAKEN]: ApiErrorCode.CONFLICT,
} satisfies Record<DraftExceptionCode, ApiErrorCode>) {}
