import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum ReintegrationExceptionCode {
  /** The version named is not the case's latest: it was superseded, or never existed. */
  NOT_LATEST_VERSION = 'NOT_LATEST_VERSION',
  /** This signatory already signed the version. */
  ALREADY_SIGNED = 'ALREADY_SIGNED',
  /** A parent or guardian signs only the plan of a child. */
  GUARDIAN_NOT_EXPECTED = 'GUARDIAN_NOT_EXPECTED',
  /** Only a case manager signs as the case manager. */
  NOT_A_CASE_MANAGER = 'NOT_A_CASE_MANAGER',
  /** No plan has been saved for the case yet. */
  NO_PLAN = 'NO_PLAN',
  /** No plan version has this id: told to the RA roles only, for whom existence is no secret (docs/entry-points.md). */
  PLAN_NOT_FOUND = 'PLAN_NOT_FOUND',
  /** An action names a team member without an id, or the person with one. */
  BAD_RESPONSIBLE = 'BAD_RESPONSIBLE',
  /** Two objectives of the same area: each area has one objective entry with its actions. */
  DUPLICATE_AREA = 'DUPLICATE_AREA',
}

export class ReintegrationException extends domainException('ReintegrationException', {
  [ReintegrationExceptionCode.NOT_LATEST_VERSION]: ApiErrorCode.CONFLICT,
  [ReintegrationExceptionCode.ALREADY_SIGNED]: ApiErrorCode.CONFLICT,
  [ReintegrationExceptionCode.GUARDIAN_NOT_EXPECTED]: ApiErrorCode.BAD_USER_INPUT,
  [ReintegrationExceptionCode.NOT_A_CASE_MANAGER]: ApiErrorCode.FORBIDDEN,
  [ReintegrationExceptionCode.NO_PLAN]: ApiErrorCode.NOT_FOUND,
  [ReintegrationExceptionCode.PLAN_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ReintegrationExceptionCode.BAD_RESPONSIBLE]: ApiErrorCode.BAD_USER_INPUT,
  [ReintegrationExceptionCode.DUPLICATE_AREA]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<ReintegrationExceptionCode, ApiErrorCode>) {}
