import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum DirectoryExceptionCode {
  /** The identity provider could not be read (unreachable, refused the service account, answered nonsense). */
  IDENTITY_PROVIDER_FAILED = 'IDENTITY_PROVIDER_FAILED',
  /** The identity provider listed no agency at all: copying that would empty the directory. */
  EMPTY_DIRECTORY = 'EMPTY_DIRECTORY',
  /** The caller may list the users of its own agency only. */
  OTHER_AGENCY = 'OTHER_AGENCY',
}

export class DirectoryException extends domainException('DirectoryException', {
  [DirectoryExceptionCode.IDENTITY_PROVIDER_FAILED]: ApiErrorCode.INTERNAL,
  [DirectoryExceptionCode.EMPTY_DIRECTORY]: ApiErrorCode.INTERNAL,
  [DirectoryExceptionCode.OTHER_AGENCY]: ApiErrorCode.FORBIDDEN,
} satisfies Record<DirectoryExceptionCode, ApiErrorCode>) {}
