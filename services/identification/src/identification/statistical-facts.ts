import {
  AgeBand,
  type AgencyType,
  AgeVerificationOutcome,
  CitizenshipGroup,
  type EntryRoute,
  type ExploitationType,
  IdentificationStatus,
  type MeansOfControl,
  type PlaceOfExploitation,
  type RecruiterRelation,
  type Sex,
  type Venue,
} from '@nrm/domain';
import type { StatisticalFacts } from '@nrm/events';

/*
 * What the national statistics count of a person at identification (docs/statistics.md): the codes of the submission
 * (or of the interview held later), never a name, a date of birth, a document or free text.
 */

/** The age facts the statistics derive their groups from (assessAge's answer, plus the RA's verification if any). */
export interface StatisticalAge {
  ageBand: AgeBand;
  /** On the child pathway: a child, or presumed one while the age is uncertain. */
  isChild: boolean;
  verification: AgeVerificationOutcome | null;
}

export interface StatisticsSource {
  submittedAt: Date;
  sex: Sex;
  age: StatisticalAge;
  /** ISO 3166-1 alpha-2 codes (or XK), as given. */
  citizenship: readonly string[];
  citizenshipGroup: CitizenshipGroup;
  /** NATIONAL_COUNTRY: the code a national's citizenship is counted under. */
  nationalCountry: string;
  /** False for an anonymous notification (no consent to the interview): the person's account is not known. */
  interviewed: boolean;
  exploitationTypes: readonly ExploitationType[];
  /** The recording (identifying) agency's type. */
  agencyType: AgencyType;
  region: string;
  placeOfExploitation: PlaceOfExploitation | null;
  status: IdentificationStatus;
  entryRoute: EntryRoute;
  venue: Venue;
  meansOfControl: readonly MeansOfControl[];
  recruiterRelation: RecruiterRelation | null;
}

const CHILD_BANDS: ReadonlySet<AgeBand> = new Set([AgeBand.AGE_0_8, AgeBand.AGE_9_17]);

/**
 * CHILD or ADULT as the pathway decided it (the RA's verification, else the age known with the presumption of
 * childhood applied); UNKNOWN when no age is known and none was verified, which is what a presumed child with no age
 * counts as (docs/statistics.md).
 */
export function ageGroupOf(age: StatisticalAge): StatisticalFacts['ageGroup'] {
  if (age.verification) return age.verification === AgeVerificationOutcome.CHILD ? 'CHILD' : 'ADULT';
  if (age.ageBand === AgeBand.UNKNOWN) return 'UNKNOWN';
  return age.isChild ? 'CHILD' : 'ADULT';
}

/**
 * A person known to be under 18 at identification was a child when exploited, since the exploitation came first. Of
 * anyone else (an adult, a child only presumed), the platform records no date of the exploitation: null.
 */
function childAtExploitationOf(age: StatisticalAge): boolean | null {
  if (age.verification === AgeVerificationOutcome.CHILD) return true;
  if (!age.verification && CHILD_BANDS.has(age.ageBand)) return true;
  return null;
}

/** The country a person is counted under: the national one for a national, the first foreign one otherwise. */
function citizenshipCountryOf(source: Pick<StatisticsSource, 'citizenship' | 'citizenshipGroup' | 'nationalCountry'>): string | null {
  if (source.citizenshipGroup === CitizenshipGroup.NATIONAL) return source.nationalCountry;
  if (source.citizenshipGroup === CitizenshipGroup.FOREIGN) return source.citizenship.find((code) => code !== source.nationalCountry) ?? null;
  return null;
}

export function statisticalFacts(source: StatisticsSource): StatisticalFacts {
  // Without the interview, only the non-identifying summary is known: the account (types, means, recruiter, place) is not.
  const account = source.interviewed;
  return {
    identifiedAt: source.submittedAt.toISOString(),
    sex: source.sex,
    ageGroup: ageGroupOf(source.age),
    ageBand: source.age.ageBand,
    citizenshipGroup: source.citizenshipGroup,
    citizenshipCountry: citizenshipCountryOf(source),
    exploitationTypes: account ? [...new Set(source.exploitationTypes)].sort() : [],
    agencyType: source.agencyType,
    region: source.region,
    placeOfExploitation: account ? source.placeOfExploitation : null,
    // Only a screening sets the status at submission: anything but AT_RISK is a potential victim.
    status: source.status === IdentificationStatus.AT_RISK ? 'AT_RISK' : 'PRESUMED',
    entryRoute: source.entryRoute,
    venue: source.venue,
    meansOfControl: account ? [...new Set(source.meansOfControl)].sort() : [],
    recruiterRelations: account && source.recruiterRelation ? [source.recruiterRelation] : [],
    // Identification records no countries of exploitation (only the place: domestic, abroad, both).
    countriesOfExploitation: [],
    childAtExploitation: childAtExploitationOf(source.age),
  };
}
