import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum StatisticsExportExceptionCode {
  /** No export of that id for the caller (someone else's is not found either: it says nothing of it). */
  EXPORT_NOT_FOUND = 'EXPORT_NOT_FOUND',
  /** Not built yet, failed, or expired. */
  EXPORT_NOT_READY = 'EXPORT_NOT_READY',
  /** What the kind needs is missing (a table, a snapshot), or the table is out of range. */
  EXPORT_INPUT_INVALID = 'EXPORT_INPUT_INVALID',
}

export class StatisticsExportException extends domainException('StatisticsExportException', {
  [StatisticsExportExceptionCode.EXPORT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [StatisticsExportExceptionCode.EXPORT_NOT_READY]: ApiErrorCode.CONFLICT,
  [StatisticsExportExceptionCode.EXPORT_INPUT_INVALID]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<StatisticsExportExceptionCode, ApiErrorCode>) {}
