import { ServedGroup, Sex } from '@nrm/domain';
import { referralRefusal, referralRefusals } from './referral-eligibility';
import { ReferralExceptionCode } from './referral.exception';

const WOMEN_AND_CHILDREN = [ServedGroup.WOMEN, ServedGroup.CHILDREN, ServedGroup.ADULTS, ServedGroup.WITH_CHILDREN];
const ADULTS_ONLY = [ServedGroup.ADULTS, ServedGroup.WOMEN, ServedGroup.MEN, ServedGroup.FOREIGNERS];
const provider = (overrides: Partial<{ authorised: boolean; placesFree: number; serves: ServedGroup[] }> = {}) => ({
  authorised: true,
  placesFree: 3,
  serves: WOMEN_AND_CHILDREN,
  ...overrides,
});

const adult = { isChild: false, sex: Sex.FEMALE, isForeign: false, accompanyingChildren: false, interviewConsent: true };
const child = { ...adult, isChild: true };

describe('referralRefusal', () => {
  it('allows an adult to an authorised provider serving adults with a place', () => {
    expect(referralRefusal({ person: adult, provider: provider({ serves: ADULTS_ONLY }) })).toBeUndefined();
  });

  it('allows a child to a provider serving children', () => {
    expect(referralRefusal({ person: child, provider: provider() })).toBeUndefined();
  });

  it('refuses a child to a provider that does not serve children', () => {
    expect(referralRefusal({ person: child, provider: provider({ serves: ADULTS_ONLY }) })?.code).toBe(
      ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CHILDREN,
    );
  });

  it('refuses an adult to a provider that serves children only', () => {
    expect(referralRefusal({ person: adult, provider: provider({ serves: [ServedGroup.CHILDREN] }) })?.code).toBe(
      ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_ADULTS,
    );
  });

  it('refuses an unauthorised provider before anything else', () => {
    expect(referralRefusal({ person: child, provider: provider({ authorised: false, serves: ADULTS_ONLY, placesFree: 0 }) })?.code).toBe(
      ReferralExceptionCode.PROVIDER_NOT_AUTHORISED,
    );
  });

  it('refuses a man to a provider serving women only', () => {
    expect(referralRefusal({ person: { ...adult, sex: Sex.MALE }, provider: provider({ serves: [ServedGroup.ADULTS, ServedGroup.WOMEN] }) })?.code).toBe(
      ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CATEGORY,
    );
  });

  it('refuses a foreign national to a provider that does not serve foreigners', () => {
    expect(referralRefusal({ person: { ...adult, isForeign: true }, provider: provider({ serves: ADULTS_ONLY.filter((g) => g !== ServedGroup.FOREIGNERS) }) })?.code).toBe(
      ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CATEGORY,
    );
  });

  it('refuses a person with accompanying children to a provider that cannot take them', () => {
    expect(referralRefusal({ person: { ...adult, accompanyingChildren: true }, provider: provider({ serves: [ServedGroup.ADULTS] }) })?.code).toBe(
      ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CATEGORY,
    );
  });

  it('refuses a provider with no place free', () => {
    expect(referralRefusal({ person: adult, provider: provider({ placesFree: 0 }) })?.code).toBe(ReferralExceptionCode.NO_PLACES_FREE);
  });

  it('refuses a person who has not consented to the interview, naming the person, before anything else', () => {
    const refusal = referralRefusal({ person: { ...adult, interviewConsent: false }, provider: provider({ placesFree: 0 }) });
    expect(refusal).toMatchObject({ code: ReferralExceptionCode.INTERVIEW_CONSENT_REQUIRED, fields: ['input.personId'] });
  });
});

describe('referralRefusals (matching and referral: one rule)', () => {
  it('lists every reason, most fundamental first, each message saying what would be accepted', () => {
    const foreignBoy = { ...child, sex: Sex.MALE, isForeign: true };
    const refusals = referralRefusals({ person: foreignBoy, provider: provider({ authorised: false, serves: ADULTS_ONLY, placesFree: 0 }) });
    expect(refusals.map((refusal) => refusal.code)).toEqual([
      ReferralExceptionCode.PROVIDER_NOT_AUTHORISED,
      ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CHILDREN,
      ReferralExceptionCode.NO_PLACES_FREE,
    ]);
    expect(refusals[1]!.message).toContain('CHILDREN');
    expect(refusals[2]!.message).toContain('overCapacityAgreement');
    expect(referralRefusal({ person: foreignBoy, provider: provider({ authorised: false, serves: ADULTS_ONLY, placesFree: 0 }) })).toEqual(refusals[0]);
  });

  it('lets a full provider take the person under an over-capacity agreement, and nothing else', () => {
    expect(referralRefusals({ person: adult, provider: provider({ placesFree: 0 }), overCapacityAgreed: true })).toEqual([]);
    const unauthorised = referralRefusals({ person: adult, provider: provider({ placesFree: 0, authorised: false }), overCapacityAgreed: true });
    expect(unauthorised.map((refusal) => refusal.code)).toEqual([ReferralExceptionCode.PROVIDER_NOT_AUTHORISED]);
  });

  it('names the group a sex-narrowed provider would need', () => {
    const man = { ...adult, sex: Sex.MALE };
    const [refusal] = referralRefusals({ person: man, provider: provider() });
    expect(refusal).toMatchObject({ code: ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CATEGORY });
    expect(refusal!.message).toContain('MEN');
  });
});
