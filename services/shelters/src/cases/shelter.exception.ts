import { ApiErrorCode, domainException } from '@nrm/graphql';

export enum ShelterExceptionCode {
  NOT_VISIBLE = 'NOT_VISIBLE',
}

export class ShelterException extends domainException('ShelterException', {
  [ShelterExceptionCode.NOT_VISIBLE]: ApiErrorCode.FORBIDDEN,
} satisfies Record<ShelterExceptionCode, ApiErrorCode>) {}
