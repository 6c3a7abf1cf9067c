import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum ServiceProviderExceptionCode {
  PROVIDER_NOT_FOUND = 'PROVIDER_NOT_FOUND',
  AGENCY_NOT_IN_DIRECTORY = 'AGENCY_NOT_IN_DIRECTORY',
  AGENCY_NOT_A_PROVIDER = 'AGENCY_NOT_A_PROVIDER',
  AGENCY_ALREADY_A_PROVIDER = 'AGENCY_ALREADY_A_PROVIDER',
  PLACES_BELOW_TAKEN = 'PLACES_BELOW_TAKEN',
  INVALID_SERVICE = 'INVALID_SERVICE',
  INVALID_SERVES = 'INVALID_SERVES',
  NOTHING_TO_CHANGE = 'NOTHING_TO_CHANGE',
}

export class ServiceProviderException extends domainException('ServiceProviderException', {
  [ServiceProviderExceptionCode.PROVIDER_NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ServiceProviderExceptionCode.AGENCY_NOT_IN_DIRECTORY]: ApiErrorCode.BAD_USER_INPUT,
  [ServiceProviderExceptionCode.AGENCY_NOT_A_PROVIDER]: ApiErrorCode.BAD_USER_INPUT,
  [ServiceProviderExceptionCode.AGENCY_ALREADY_A_PROVIDER]: ApiErrorCode.CONFLICT,
  [ServiceProviderExceptionCode.PLACES_BELOW_TAKEN]: ApiErrorCode.CONFLICT,
  [ServiceProviderExceptionCode.INVALID_SERVICE]: ApiErrorCode.BAD_USER_INPUT,
  [ServiceProviderExceptionCode.INVALID_SERVES]: ApiErrorCode.BAD_USER_INPUT,
  [ServiceProviderExceptionCode.NOTHING_TO_CHANGE]: ApiErrorCode.BAD_USER_INPUT,
} satisfies Record<ServiceProviderExceptionCode, ApiErrorCode>) {}
