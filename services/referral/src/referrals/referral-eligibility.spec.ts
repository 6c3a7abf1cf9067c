import { ServedGroup } from '@nrm/domain';
import { referralRefusal } from './referral-eligibility';
import { ReferralExceptionCode } from './referral.exception';

const WOMEN_AND_CHILDREN = [ServedGroup.WOMEN, ServedGroup.CHILDREN, ServedGroup.ADULTS, ServedGroup.WITH_CHILDREN];
const ADULTS_ONLY = [ServedGroup.ADULTS, ServedGroup.WOMEN, ServedGroup.MEN, ServedGroup.FOREIGNERS];
const provider = (overrides: Partial<{ authorised: boolean; placesFree: number; serves: ServedGroup[] }> = {}) => ({
  authorised: true,
  placesFree: 3,
  serves: WOMEN_AND_CHILDREN,
  ...overrides,
});

describe('referralRefusal', () => {
  it('allows an adult to an authorised provider serving adults with a place', () => {
    expect(referralRefusal({ person: { isChild: false }, provider: provider({ serves: ADULTS_ONLY }) })).toBeUndefined();
  });

  it('allows a child to a provider serving children', () => {
    expect(referralRefusal({ person: { isChild: true }, provider: provider() })).toBeUndefined();
  });

  it('refuses a child to a provider that does not serve children', () => {
    expect(referralRefusal({ person: { isChild: true }, provider: provider({ serves: ADULTS_ONLY }) })?.code).toBe(
      ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CHILDREN,
    );
  });

  it('refuses an adult to a provider that serves children only', () => {
    expect(referralRefusal({ person: { isChild: false }, provider: provider({ serves: [ServedGroup.CHILDREN] }) })?.code).toBe(
      ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_ADULTS,
    );
  });

  it('refuses an unauthorised provider before anything else', () => {
    expect(referralRefusal({ person: { isChild: true }, provider: provider({ authorised: false, serves: ADULTS_ONLY, placesFree: 0 }) })?.code).toBe(
      ReferralExceptionCode.PROVIDER_NOT_AUTHORISED,
    );
  });

  it('refuses a provider with no place free', () => {
    expect(referralRefusal({ person: { isChild: false }, provider: provider({ placesFree: 0 }) })?.code).toBe(ReferralExceptionCode.NO_PLACES_FREE);
  });
});
