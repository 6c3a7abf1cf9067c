import { ServedGroup, Sex } from '@nrm/domain';
import { ReferralExceptionCode } from './referral.exception';

interface EligibilityFacts {
  person: { isChild: boolean; sex: Sex; isForeign: boolean; accompanyingChildren: boolean; interviewConsent: boolean };
  provider: { authorised: boolean; placesFree: number; serves: readonly ServedGroup[] };
  /** The RA recorded an over-capacity agreement with the provider: a full provider may take the person. */
  overCapacityAgreed?: boolean;
}

export interface Refusal {
  code: ReferralExceptionCode;
  message: string;
  fields?: string[];
}

/**
 * Why a person may not be referred to a provider, or undefined when they may (docs/domain.md §2 step 2): never to an
 * unauthorised provider, never to one that does not serve the person's category (age, sex, nationality, accompanying
 * children), never to one without a place unless the RA records an over-capacity agreement with it; never a person who
 * has not consented to the interview. The person's facts are identification's record: a person whose citizenship is
 * unknown counts as foreign, a person whose age is uncertain as a child. The first of referralRefusals.
 */
export function referralRefusal(facts: EligibilityFacts): Refusal | undefined {
  return referralRefusals(facts)[0];
}

/**
 * Every reason a person may not be referred to a provider, most fundamental first (the one rule behind createReferral
 * and providerMatches). Each message says what would be accepted.
 */
export function referralRefusals({ person, provider, overCapacityAgreed = false }: EligibilityFacts): Refusal[] {
  const refusals: Refusal[] = [];
  if (!person.interviewConsent) {
    // A referral hands the provider the person's summary and, with consent, more: without consent to the interview the
    // person gets immediate assistance only (docs/domain.md, "An interview later").
    refusals.push({
      code: ReferralExceptionCode.INTERVIEW_CONSENT_REQUIRED,
      message: 'The person has not consented to the interview: record the interview (recordInitialInterview) before referring',
      fields: ['input.personId'],
    });
  }
  if (!provider.authorised) {
    refusals.push({
      code: ReferralExceptionCode.PROVIDER_NOT_AUTHORISED,
      message: 'The provider is not authorised to receive referrals: choose an authorised one (providerMatches lists them)',
    });
  }
  if (person.isChild && !provider.serves.includes(ServedGroup.CHILDREN)) {
    refusals.push({
      code: ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CHILDREN,
      message: 'The provider does not serve children: choose one that serves CHILDREN',
    });
  }
  if (!person.isChild && !provider.serves.includes(ServedGroup.ADULTS)) {
    refusals.push({ code: ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_ADULTS, message: 'The provider does not serve adults: choose one that serves ADULTS' });
  }
  // WOMEN/MEN narrow the adults a provider takes, GIRLS/BOYS its children; naming neither of a pair takes both. An
  // unknown or other sex is left to the RA's judgement.
  const [female, male] = person.isChild ? [ServedGroup.GIRLS, ServedGroup.BOYS] : [ServedGroup.WOMEN, ServedGroup.MEN];
  const sexes = provider.serves.filter((group) => group === female || group === male);
  if (sexes.length > 0 && (person.sex === Sex.FEMALE || person.sex === Sex.MALE)) {
    const needed = person.sex === Sex.FEMALE ? female : male;
    if (!sexes.includes(needed)) {
      refusals.push({
        code: ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CATEGORY,
        message: `The provider does not serve ${needed.toLowerCase()}: choose one that serves ${needed} or names neither ${female} nor ${male}`,
      });
    }
  }
  if (person.isForeign && !provider.serves.includes(ServedGroup.FOREIGNERS)) {
    refusals.push({
      code: ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CATEGORY,
      message: 'The provider does not serve foreign nationals: choose one that serves FOREIGNERS',
    });
  }
  if (person.accompanyingChildren && !provider.serves.includes(ServedGroup.WITH_CHILDREN)) {
    refusals.push({
      code: ReferralExceptionCode.PROVIDER_DOES_NOT_SERVE_CATEGORY,
      message: 'The provider does not take people with accompanying children: choose one that serves WITH_CHILDREN',
    });
  }
  if (provider.placesFree <= 0 && !overCapacityAgreed) {
    refusals.push({
      code: ReferralExceptionCode.NO_PLACES_FREE,
      message: 'The provider has no place free: choose one with a place, or record an over-capacity agreement with it (overCapacityAgreement)',
    });
  }
  return refusals;
}
