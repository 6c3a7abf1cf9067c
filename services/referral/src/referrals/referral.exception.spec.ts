import { ApiErrorCode } from '@nrm/graphql';
import { ReferralException, ReferralExceptionCode } from './referral.exception';

describe('ReferralException', () => {
  it.each([
    [ReferralExceptionCode.PERSON_NOT_FOUND, ApiErrorCode.NOT_FOUND],
    [ReferralExceptionCode.PROVIDER_NOT_AUTHORISED, ApiErrorCode.CONFLICT],
    [ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CHILDREN, ApiErrorCode.CONFLICT],
    [ReferralExceptionCode.NO_PLACES_FREE, ApiErrorCode.CONFLICT],
    [ReferralExceptionCode.ALREADY_ANSWERED, ApiErrorCode.CONFLICT],
    [ReferralExceptionCode.DECLINE_REASON_REQUIRED, ApiErrorCode.BAD_USER_INPUT],
    [ReferralExceptionCode.NOT_PROVIDER_AGENCY, ApiErrorCode.FORBIDDEN],
  ])('maps %s to %s', (code, apiCode) => {
    expect(new ReferralException(code, 'message').apiCode).toBe(apiCode);
  });

  it('maps every code to an API code', () => {
    for (const code of Object.values(ReferralExceptionCode)) {
      expect(Object.values(ApiErrorCode)).toContain(new ReferralException(code, 'message').apiCode);
    }
  });

  it('carries the input paths at fault', () => {
    const error = new ReferralException(ReferralExceptionCode.DECLINE_REASON_REQUIRED, 'A decline needs a reason', ['input.reason']).toApiError();
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.reason'] });
  });
});
