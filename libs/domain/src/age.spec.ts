import { AgeBand, AgeBasis, AgeVerificationOutcome, assessAge } from './age';

const at = new Date('2026-06-15T00:00:00Z');

describe('assessAge', () => {
  it('derives an adult band from a stated date of birth, not verified', () => {
    expect(assessAge({ dateOfBirth: '2000-01-01' }, at)).toEqual({
      age: 26,
      ageBand: AgeBand.AGE_24_26,
      isChild: false,
      ageVerified: false,
      ageBasis: AgeBasis.STATED,
      presumedChild: false,
    });
  });
  it('counts a documented date of birth as verified', () => {
    expect(assessAge({ dateOfBirth: '2000-01-01', ageBasis: AgeBasis.DOCUMENTED }, at)).toMatchObject({ isChild: false, ageVerified: true, presumedChild: false });
  });
  it('treats a seventeen-year-old as a child, not a presumed one', () => {
    expect(assessAge({ dateOfBirth: '2008-06-16' }, at)).toMatchObject({ isChild: true, presumedChild: false });
  });
  it('turns eighteen on the birthday', () => {
    expect(assessAge({ dateOfBirth: '2008-06-15' }, at)).toMatchObject({ age: 18, isChild: false, ageBand: AgeBand.AGE_18_20 });
  });
  it('takes an estimate of 30 as an adult, unverified', () => {
    expect(assessAge({ estimatedAge: 30 }, at)).toEqual({
      age: 30,
      ageBand: AgeBand.AGE_30_38,
      isChild: false,
      ageVerified: false,
      ageBasis: AgeBasis.ESTIMATED,
      presumedChild: false,
    });
  });
  it.each([16, 18, 19, 20])('presumes a child on an estimate of %i (the margin reaches 20 by default)', (estimatedAge) => {
    expect(assessAge({ estimatedAge }, at)).toMatchObject({ isChild: true, presumedChild: true, ageBasis: AgeBasis.ESTIMATED });
  });
  it('takes an estimate of 21 as an adult', () => {
    expect(assessAge({ estimatedAge: 21 }, at)).toMatchObject({ isChild: false, presumedChild: false });
  });
  it('follows a configured margin', () => {
    expect(assessAge({ estimatedAge: 21 }, at, { maxEstimate: 22 })).toMatchObject({ isChild: true, presumedChild: true });
    expect(assessAge({ estimatedAge: 19 }, at, { maxEstimate: 18 })).toMatchObject({ isChild: false });
  });
  it('presumes a child when a date of birth is only an estimate within the margin', () => {
    expect(assessAge({ dateOfBirth: '2007-01-01', ageBasis: AgeBasis.ESTIMATED }, at)).toMatchObject({ age: 19, isChild: true, presumedChild: true });
  });
  it('presumes a child whenever the age is disputed, whatever it says', () => {
    expect(assessAge({ dateOfBirth: '1990-01-01', ageBasis: AgeBasis.DISPUTED }, at)).toMatchObject({ isChild: true, presumedChild: true, ageVerified: false });
  });
  it('presumes a child when age is unknown', () => {
    expect(assessAge({}, at)).toEqual({ age: null, ageBand: AgeBand.UNKNOWN, isChild: true, ageVerified: false, ageBasis: AgeBasis.UNKNOWN, presumedChild: true });
  });
  it('reads a documented basis without a date as no age at all', () => {
    expect(assessAge({ ageBasis: AgeBasis.DOCUMENTED }, at)).toMatchObject({ ageBasis: AgeBasis.UNKNOWN, isChild: true, presumedChild: true });
  });
  it('moves a presumed child to the adult pathway once the RA verifies an adult', () => {
    expect(assessAge({ estimatedAge: 19, verification: AgeVerificationOutcome.ADULT }, at)).toMatchObject({ isChild: false, presumedChild: false, ageVerified: true });
  });
  it('keeps a verified child on the child pathway, whatever was stated', () => {
    expect(assessAge({ dateOfBirth: '1990-01-01', verification: AgeVerificationOutcome.CHILD }, at)).toMatchObject({ isChild: true, presumedChild: false, ageVerified: true });
  });
});
