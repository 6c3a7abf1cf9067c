import { AgeBand, assessAge } from './age';

const at = new Date('2026-06-15T00:00:00Z');

describe('assessAge', () => {
  it('derives an adult band from the date of birth', () => {
    expect(assessAge({ dateOfBirth: '2000-01-01' }, at)).toEqual({ age: 26, ageBand: AgeBand.AGE_24_26, isChild: false, ageVerified: true });
  });
  it('treats a seventeen-year-old as a child', () => {
    expect(assessAge({ dateOfBirth: '2008-06-16' }, at).isChild).toBe(true);
  });
  it('turns eighteen on the birthday', () => {
    expect(assessAge({ dateOfBirth: '2008-06-15' }, at)).toMatchObject({ age: 18, isChild: false, ageBand: AgeBand.AGE_18_20 });
  });
  it('uses the estimate when no date of birth is known, unverified', () => {
    expect(assessAge({ estimatedAge: 30 }, at)).toEqual({ age: 30, ageBand: AgeBand.AGE_30_38, isChild: false, ageVerified: false });
  });
  it('presumes a child when age is unknown', () => {
    expect(assessAge({}, at)).toEqual({ age: null, ageBand: AgeBand.UNKNOWN, isChild: true, ageVerified: false });
  });
});
