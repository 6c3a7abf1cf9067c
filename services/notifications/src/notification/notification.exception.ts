import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum NotificationExceptionCode {
  /** Also for a notification addressed to someone else: its existence is not revealed. */
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
}

export class NotificationException extends domainException('NotificationException', {
  [NotificationExceptionCode.NOTIFICATION_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
} satisfies Record<NotificationExceptionCode, ApiErrorCode>) {}
