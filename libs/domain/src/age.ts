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

const AGE_OF_MAJORITY = 18;

interface AgeAssessment {
  age: number | null;
  ageBand: AgeBand;
  /** True for a child and whenever age is uncertain: the person is presumed a child until verified. */
  isChild: boolean;
  ageVerified: boolean;
}

/**
 * Derives age facts at a reference date. A date of birth wins over an estimate; with neither, the person is
 * presumed a child (docs/domain.md §2, step 1).
 */
export function assessAge(input: { dateOfBirth?: string | null; estimatedAge?: number | null }, at: Date): AgeAssessment {
  let age: number | null = null;
  let verified = false;
  if (input.dateOfBirth) {
    const dob = parseISO(input.dateOfBirth);
    if (isValid(dob)) {
      age = differenceInYears(at, dob);
      verified = true;
    }
  }
  if (age === null && input.estimatedAge !== undefined && input.estimatedAge !== null) {
    age = input.estimatedAge;
  }
  if (age === null || age < 0) {
    return { age: null, ageBand: AgeBand.UNKNOWN, isChild: true, ageVerified: false };
  }
  const band = BAND_FLOORS.find(([floor]) => age >= floor)?.[1] ?? AgeBand.UNKNOWN;
  return { age, ageBand: band, isChild: age < AGE_OF_MAJORITY, ageVerified: verified };
}
