import { ServedGroup, Sex } from '@nrm/domain';
import { assertUuid } from '@nrm/graphql';
import { referralRefusal } from '../referrals/referral-eligibility';
import { SERVICE_PROVIDER_SEED } from './service-providers.seed';

describe('the demo service providers', () => {
  const byAgency = new Map(SERVICE_PROVIDER_SEED.map((provider) => [provider.agencyId, provider]));

  it('have unique ids and agencies, valid groups and consistent places', () => {
    expect(new Set(SERVICE_PROVIDER_SEED.map((provider) => provider.id)).size).toBe(SERVICE_PROVIDER_SEED.length);
    expect(byAgency.size).toBe(SERVICE_PROVIDER_SEED.length);
    for (const provider of SERVICE_PROVIDER_SEED) {
      expect(() => assertUuid(provider.id, 'id')).not.toThrow();
      expect(provider.serves.every((group) => Object.values(ServedGroup).includes(group))).toBe(true);
      expect(provider.placesFree).toBeGreaterThanOrEqual(0);
      expect(provider.placesFree).toBeLessThanOrEqual(provider.placesTotal);
    }
  });

  it('match docs/api.md (Demo providers): shelter-a takes women and children, shelter-b adults only, both authorised with places', () => {
    expect(byAgency.get('shelter-a')).toMatchObject({ agencyType: 'SHELTER_NGO', authorised: true, placesFree: 40 });
    expect(byAgency.get('shelter-a')!.serves).toEqual(expect.arrayContaining([ServedGroup.WOMEN, ServedGroup.CHILDREN, ServedGroup.ADULTS, ServedGroup.WITH_CHILDREN]));
    expect(byAgency.get('shelter-b')).toMatchObject({ agencyType: 'SHELTER_STATE', authorised: true, placesFree: 30 });
    expect(byAgency.get('shelter-b')!.serves).not.toContain(ServedGroup.CHILDREN);
    expect(byAgency.get('shelter-c')?.authorised).toBe(false);
  });

  it('leave no category of person without an authorised provider (docs/domain.md §2 step 2)', () => {
    const authorised = SERVICE_PROVIDER_SEED.filter((provider) => provider.authorised && provider.placesFree > 0);
    for (const isChild of [true, false]) {
      for (const sex of [Sex.FEMALE, Sex.MALE, Sex.OTHER, Sex.UNKNOWN]) {
        for (const isForeign of [true, false]) {
          for (const accompanyingChildren of isChild ? [false] : [true, false]) {
            const person = { isChild, sex, isForeign, accompanyingChildren, interviewConsent: true };
            const served = authorised.filter((provider) => referralRefusal({ person, provider }) === undefined);
            expect({ person, served: served.length > 0 }).toEqual({ person, served: true });
          }
        }
      }
    }
  });
});
