import { dateOfBirthProblem, MAX_PLAUSIBLE_AGE_YEARS } from './date-of-birth.rules';

const today = new Date('2026-06-15T10:00:00Z');

describe('dateOfBirthProblem', () => {
  it('accepts a plausible date of birth, today, and no date at all', () => {
    expect(dateOfBirthProblem({ dateOfBirth: '1998-03-02' }, today, 2)).toBeUndefined();
    expect(dateOfBirthProblem({ dateOfBirth: '2026-06-15' }, today, 2)).toBeUndefined();
    expect(dateOfBirthProblem({ estimatedAge: 30 }, today, 2)).toBeUndefined();
  });

  it('refuses a date after today, saying it must not be in the future', () => {
    expect(dateOfBirthProblem({ dateOfBirth: '2026-06-16' }, today, 2)).toBe('dateOfBirth must not be in the future');
    expect(dateOfBirthProblem({ dateOfBirth: '2999-01-01' }, today, 2)).toBe('dateOfBirth must not be in the future');
  });

  it(`refuses a date more than ${MAX_PLAUSIBLE_AGE_YEARS} years ago, and accepts one exactly that old`, () => {
    expect(dateOfBirthProblem({ dateOfBirth: '1800-01-01' }, today, 2)).toMatch(/at most 120 years ago/);
    expect(dateOfBirthProblem({ dateOfBirth: '1905-06-14' }, today, 2)).toMatch(/at most 120 years ago/);
    expect(dateOfBirthProblem({ dateOfBirth: '1906-06-15' }, today, 2)).toBeUndefined();
  });

  it('refuses a date more than the tolerance away from the estimated age, and accepts one at the tolerance', () => {
    expect(dateOfBirthProblem({ dateOfBirth: '1998-03-02', estimatedAge: 28 }, today, 2)).toBeUndefined();
    expect(dateOfBirthProblem({ dateOfBirth: '1998-03-02', estimatedAge: 30 }, today, 2)).toBeUndefined();
    expect(dateOfBirthProblem({ dateOfBirth: '1998-03-02', estimatedAge: 31 }, today, 2)).toMatch(/agree with estimatedAge within 2 years/);
    expect(dateOfBirthProblem({ dateOfBirth: '1998-03-02', estimatedAge: 15 }, today, 2)).toMatch(/estimatedAge/);
    expect(dateOfBirthProblem({ dateOfBirth: '1998-03-02', estimatedAge: 15 }, today, 20)).toBeUndefined();
  });

  it('never repeats the submitted date', () => {
    expect(dateOfBirthProblem({ dateOfBirth: '2999-01-01' }, today, 2)).not.toContain('2999');
  });
});
