import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum ConsentExceptionCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  GRANT_NOT_FOUND = 'GRANT_NOT_FOUND',
  /** The caller's agency has no relationship to the person. */
  NO_RELATIONSHIP = 'NO_RELATIONSHIP',
  /** A child's consent cannot be recorded as given by the child alone. */
  CHILD_CANNOT_CONSENT_ALONE = 'CHILD_CANNOT_CONSENT_ALONE',
  /** The child protection worker gives consent only in a child's best interest. */
  GIVER_ONLY_FOR_A_CHILD = 'GIVER_ONLY_FOR_A_CHILD',
  /** Only a child protection worker may record a consent given by the child protection worker. */
  GIVER_NEEDS_CHILD_PROTECTION_WORKER = 'GIVER_NEEDS_CHILD_PROTECTION_WORKER',
  EXPIRY_NOT_IN_FUTURE = 'EXPIRY_NOT_IN_FUTURE',
  OVERRIDE_TOO_LONG = 'OVERRIDE_TOO_LONG',
  REASON_TOO_LONG = 'REASON_TOO_LONG',
  /** A written reason with too little real text once normalised. */
  REASON_NOT_WRITTEN = 'REASON_NOT_WRITTEN',
  /** An agency recording consent that names itself as the grantee. */
  GRANT_TO_OWN_AGENCY = 'GRANT_TO_OWN_AGENCY',
  /** The caller's agency is not with the person for this purpose (CONSENT_RECORDERS). */
  NOT_A_CONSENT_RECORDER = 'NOT_A_CONSENT_RECORDER',
  /** Neither the grant's recorder, nor the RA, nor (for a child) the child protection unit. */
  NOT_ALLOWED_TO_WITHDRAW = 'NOT_ALLOWED_TO_WITHDRAW',
  /** Neither or both of granteeAgencyId and granteeAgencyType. */
  GRANTEE_NOT_ONE = 'GRANTEE_NOT_ONE',
  /** The grantee named is not a known agency. */
  UNKNOWN_GRANTEE_AGENCY = 'UNKNOWN_GRANTEE_AGENCY',
  /** The grant's purpose, or an override, can never open a named category to the grantee's agency type. */
  CATEGORY_CLOSED_TO_GRANTEE = 'CATEGORY_CLOSED_TO_GRANTEE',
  /** The grant's purpose does not go to the grantee's agency type (PURPOSE_GRANTEE_TYPES). */
  PURPOSE_NOT_FOR_GRANTEE = 'PURPOSE_NOT_FOR_GRANTEE',
  OVERRIDE_NOT_FOUND = 'OVERRIDE_NOT_FOUND',
  /** The reviewer is the one who granted the override or recorded the grant. */
  OWN_DECISION_REVIEW = 'OWN_DECISION_REVIEW',
  /** Not flagged for review, or already reviewed. */
  NOT_PENDING_REVIEW = 'NOT_PENDING_REVIEW',
}

/** Messages name ids, references and input paths only: never the reason text or anything about the person. */
export class ConsentException extends domainException('ConsentException', {
  [ConsentExceptionCode.PERSON_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ConsentExceptionCode.GRANT_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ConsentExceptionCode.OVERRIDE_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ConsentExceptionCode.NO_RELATIONSHIP]: ApiErrorCode.FORBIDDEN,
  [ConsentExceptionCode.GIVER_NEEDS_CHILD_PROTECTION_WORKER]: ApiErrorCode.FORBIDDEN,
  [ConsentExceptionCode.GRANT_TO_OWN_AGENCY]: ApiErrorCode.FORBIDDEN,
  [ConsentExceptionCode.NOT_A_CONSENT_RECORDER]: ApiErrorCode.FORBIDDEN,
  [ConsentExceptionCode.NOT_ALLOWED_TO_WITHDRAW]: ApiErrorCode.FORBIDDEN,
  [ConsentExceptionCode.OWN_DECISION_REVIEW]: ApiErrorCode.FORBIDDEN,
  [ConsentExceptionCode.NOT_PENDING_REVIEW]: ApiErrorCode.CONFLICT,
  [ConsentExceptionCode.CHILD_CANNOT_CONSENT_ALONE]: ApiErrorCode.BAD_USER_INPUT,
  [ConsentExceptionCode.GIVER_ONLY_FOR_A_CHILD]: ApiErrorCode.BAD_USER_INPUT,
  [ConsentExceptionCode.EXPIRY_NOT_IN_FUTURE]: ApiErrorCode.BAD_USER_INPUT,
  [ConsentExceptionCode.OVERRIDE_TOO_LONG]: ApiErrorCode.BAD_USER_INPUT,
  [ConsentExceptionCode.REASON_TOO_LONG]: ApiErrorCode.BAD_USER_INPUT,
  [ConsentExceptionCode.REASON_NOT_WRITTEN]: ApiErrorCode.BAD_USER_INPUT,
  [ConsentExceptionCode.UNKNOWN_GRANTEE_AGENCY]: ApiErrorCode.BAD_USER_INPUT,
  [ConsentExceptionCode.GRANTEE_NOT_ONE]: ApiErrorCode.BAD_USER_INPUT,
  [ConsentExceptionCode.CATEGORY_CLOSED_TO_GRANTEE]: ApiErrorCode.BAD_USER_INPUT,
  [ConsentExceptionCode.PURPOSE_NOT_FOR_GRANTEE]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<ConsentExceptionCode, ApiErrorCode>) {}
