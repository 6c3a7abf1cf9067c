import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum StatisticsExceptionCode {
  /** A statistics input the contract refuses (docs/statistics.md, Queries); `fields` names the input path. */
  INVALID_INPUT = 'INVALID_INPUT',
}

export class StatisticsException extends domainException('StatisticsException', {
  [StatisticsExceptionCode.INVALID_INPUT]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<StatisticsExceptionCode, ApiErrorCode>) {}
