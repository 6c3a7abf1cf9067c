import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum StatisticsSnapshotExceptionCode {
  SNAPSHOT_NOT_FOUND = 'SNAPSHOT_NOT_FOUND',
}

export class StatisticsSnapshotException extends domainException('StatisticsSnapshotException', {
  [StatisticsSnapshotExceptionCode.SNAPSHOT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
} satisfies Record<StatisticsSnapshotExceptionCode, ApiErrorCode>) {}
