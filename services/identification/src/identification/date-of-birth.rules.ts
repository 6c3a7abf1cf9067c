import { differenceInYears } from 'date-fns/differenceInYears';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** No one identified is older than this; an older date of birth or estimate is a typing error. */
export const MAX_PLAUSIBLE_AGE_YEARS = 120;

/**
 * What is wrong with a submitted date of birth, as a message saying what is expected, or undefined when it is
 * plausible: not after `today`, not more than MAX_PLAUSIBLE_AGE_YEARS ago, and (with an estimated age) no more than
 * `toleranceYears` from the estimate (docs/domain.md, a plausible date of birth). The message never repeats the date.
 */
export function dateOfBirthProblem(
  person: { dateOfBirth?: string | null; estimatedAge?: number | null },
  today: Date,
  toleranceYears: number,
): string | undefined {
  if (!person.dateOfBirth) return undefined;
  const dateOfBirth = parseISO(person.dateOfBirth);
  if (!isValid(dateOfBirth)) return 'dateOfBirth must be a date (YYYY-MM-DD)';
  if (dateOfBirth.getTime() > today.getTime()) return 'dateOfBirth must not be in the future';
  const age = differenceInYears(today, dateOfBirth);
  if (age > MAX_PLAUSIBLE_AGE_YEARS) return `dateOfBirth must be at most ${MAX_PLAUSIBLE_AGE_YEARS} years ago`;
  if (person.estimatedAge !== undefined && person.estimatedAge !== null && Math.abs(age - person.estimatedAge) > toleranceYears) {
    return `dateOfBirth must agree with estimatedAge within ${toleranceYears} years, or be left out when unsure`;
  }
  return undefined;
}
