import { ApiErrorCode, assertNever, DomainException } from '@nrm/graphql';

export enum NotificationExceptionCode {
  /** Also for a notification addressed to someone else: its existence is not revealed. */
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
}

function toApiCode(code: NotificationExceptionCode): ApiErrorCode {
  switch (code) {
    case NotificationExceptionCode.NOTIFICATION_NOT_FOUND:
      return ApiErrorCode.NOT_FOUND;
    default:
      return assertNever(code);
  }
}

export class NotificationException extends DomainException {
  readonly apiCode: ApiErrorCode;

  constructor(
    readonly code: NotificationExceptionCode,
    message: string,
    fields?: string[],
  ) {
    super(message, fields);
    this.apiCode = toApiCode(code);
  }
}
