import { differenceInYears } from 'date-fns/differenceInYears';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** CTDC age bands used for exchange; UNKNOWN when neither a date of birth nor an estimate is known. */
export enum AgeBand {
  AGE_0_8 = 'AGE_0_8',
  AGE_9_17 = 'AGE_9_17',
  AGE_18_20 = 'AGE_18_20',
  AGE_21_23 = 'AGE_21_23',
  AGE_24_26 = 'AGE_24_26',
  AGE_27_29 = 'AGE_27_29',
  AGE_30_38 = 'AGE_30_38',
  AGE_39_47 = 'AGE_39_47',
  AGE_48_PLUS = 'AGE_48_PLUS',
  UNKNOWN = 'UNKNOWN',
}

const BAND_FLOORS: ReadonlyArray<[number, AgeBand]> = [
  [48, AgeBand.AGE_48_PLUS],
  [39, AgeBand.AGE_39_47],
  [30, AgeBand.AGE_30_38],
  [27, AgeBand.AGE_27_29],
  [24, AgeBand.AGE_24_26],
  [21, AgeBand.AGE_21_23],
  [18, AgeBand.AGE_18_20],
  [9, AgeBand.AGE_9_17],
  [0, AgeBand.AGE_0_8],
];

export const AGE_OF_MAJORITY = 18;

/** The default of AGE_PRESUMPTION_MAX_ESTIMATE: an estimate up to 20 still gives the child pathway. */
export const DEFAULT_AGE_PRESUMPTION_MAX_ESTIMATE = 20;

/**
 * How the person's age is known (docs/domain.md, "Age and the presumption of childhood"). A date of birth sent
 * without a basis counts as STATED, an estimate alone as ESTIMATED; neither is UNKNOWN.
 */
export enum AgeBasis {
  /** Read from an identity document the first responder saw. */
  DOCUMENTED = 'DOCUMENTED',
  /** Said by the person, with nothing to contradict it. */
  STATED = 'STATED',
  /** The first responder's estimate from appearance. */
  ESTIMATED = 'ESTIMATED',
  /** There are reasons to doubt what was said or shown. */
  DISPUTED = 'DISPUTED',
  /** No age at all. */
  UNKNOWN = 'UNKNOWN',
}

/** What the Responsible Authority's age verification concluded. */
export enum AgeVerificationOutcome {
  ADULT = 'ADULT',
  CHILD = 'CHILD',
}

interface AgeAssessment {
  age: number | null;
  ageBand: AgeBand;
  /** True for a child and whenever age is uncertain: the person is presumed a child until verified. */
  isChild: boolean;
  /** True when the age rests on a document or on the Responsible Authority's recorded verification. */
  ageVerified: boolean;
  ageBasis: AgeBasis;
  /** On the child pathway only because the age is uncertain (estimated, disputed or unknown), not verified. */
  presumedChild: boolean;
}

export interface AgeFacts {
  dateOfBirth?: string | null;
  estimatedAge?: number | null;
  ageBasis?: AgeBasis | null;
  /** The Responsible Authority's verification, when one was recorded: it decides the pathway. */
  verification?: AgeVerificationOutcome | null;
}

export interface AgePresumptionPolicy {
  /** An estimate up to and including this age still gives the child pathway (Council of Europe Convention art. 10(3)). */
  maxEstimate: number;
}

/** The basis a submission implies when it names none: a date of birth is as stated, an estimate is an estimate. */
export function defaultAgeBasis(input: Pick<AgeFacts, 'dateOfBirth' | 'estimatedAge' | 'ageBasis'>): AgeBasis {
  if (input.ageBasis) return input.ageBasis;
  if (input.dateOfBirth) return AgeBasis.STATED;
  if (input.estimatedAge !== undefined && input.estimatedAge !== null) return AgeBasis.ESTIMATED;
  return AgeBasis.UNKNOWN;
}

/**
 * Derives age facts at a reference date. A date of birth wins over an estimate. The person is on the child pathway
 * when under 18, and presumed a child while the age is uncertain: no age, a disputed age, or an estimate under 18 or
 * up to `policy.maxEstimate`; a recorded verification by the Responsible Authority ends the presumption either way
 * (docs/domain.md, "Age and the presumption of childhood").
 */
export function assessAge(
  input: AgeFacts,
  at: Date,
  policy: AgePresumptionPolicy = { maxEstimate: DEFAULT_AGE_PRESUMPTION_MAX_ESTIMATE },
): AgeAssessment {
  let age: number | null = null;
  if (input.dateOfBirth) {
    const dob = parseISO(input.dateOfBirth);
    if (isValid(dob)) age = differenceInYears(at, dob);
  }
  if (age === null && input.estimatedAge !== undefined && input.estimatedAge !== null) {
    age = input.estimatedAge;
  }
  if (age !== null && age < 0) age = null;
  let basis = defaultAgeBasis(input);
  // A basis naming an age that is not there (DOCUMENTED without a date) is no age at all.
  if (age === null && basis !== AgeBasis.DISPUTED) basis = AgeBasis.UNKNOWN;
  const ageBand = age === null ? AgeBand.UNKNOWN : (BAND_FLOORS.find(([floor]) => age >= floor)?.[1] ?? AgeBand.UNKNOWN);
  if (input.verification) {
    const isChild = input.verification === AgeVerificationOutcome.CHILD;
    return { age, ageBand, isChild, ageVerified: true, ageBasis: basis, presumedChild: false };
  }
  const uncertain =
    basis === AgeBasis.UNKNOWN || basis === AgeBasis.DISPUTED || (basis === AgeBasis.ESTIMATED && age !== null && age <= policy.maxEstimate);
  const under18 = age !== null && age < AGE_OF_MAJORITY;
  const isChild = under18 || uncertain;
  return {
    age,
    ageBand,
    isChild,
    ageVerified: basis === AgeBasis.DOCUMENTED,
    ageBasis: basis,
    presumedChild: isChild && (basis === AgeBasis.UNKNOWN || basis === AgeBasis.DISPUTED || basis === AgeBasis.ESTIMATED),
  };
}
