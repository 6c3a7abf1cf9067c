import {
  AgeBand,
  AgeBasis,
  AgencyType,
  AgeVerificationOutcome,
  assessAge,
  CitizenshipGroup,
  EntryRoute,
  ExploitationType,
  IdentificationStatus,
  MeansOfControl,
  PlaceOfExploitation,
  RecruiterRelation,
  Sex,
  Venue,
} from '@nrm/domain';
import { STATISTICAL_FACT_KEYS } from '@nrm/events';
import { ageGroupOf, statisticalFacts, type StatisticsSource } from './statistical-facts';

const AT = new Date('2026-06-15T10:00:00.000Z');

function ageOf(facts: Parameters<typeof assessAge>[0]) {
  const age = assessAge(facts, AT);
  return { ageBand: age.ageBand, isChild: age.isChild, verification: facts.verification ?? null };
}

function source(overrides: Partial<StatisticsSource> = {}): StatisticsSource {
  return {
    submittedAt: AT,
    sex: Sex.FEMALE,
    age: ageOf({ dateOfBirth: '1998-03-02' }),
    citizenship: ['AL'],
    citizenshipGroup: CitizenshipGroup.NATIONAL,
    nationalCountry: 'AL',
    interviewed: true,
    exploitationTypes: [ExploitationType.SEXUAL, ExploitationType.FORCED_LABOUR],
    agencyType: AgencyType.STATE_POLICE,
    region: 'TIRANA',
    placeOfExploitation: PlaceOfExploitation.ABROAD,
    status: IdentificationStatus.PRESUMED,
    entryRoute: EntryRoute.FIRST_RESPONDER,
    venue: Venue.INLAND,
    meansOfControl: [MeansOfControl.THREATS, MeansOfControl.DEBT_BONDAGE],
    recruiterRelation: RecruiterRelation.FRIEND,
    ...overrides,
  };
}

describe('statisticalFacts (docs/statistics.md)', () => {
  it('maps an interviewed adult to codes only, exactly the keys of StatisticalFacts', () => {
    const facts = statisticalFacts(source());
    expect(Object.keys(facts).sort()).toEqual(Object.keys(STATISTICAL_FACT_KEYS).sort());
    expect(facts).toEqual({
      identifiedAt: '2026-06-15T10:00:00.000Z',
      sex: 'FEMALE',
      ageGroup: 'ADULT',
      ageBand: 'AGE_27_29',
      citizenshipGroup: 'NATIONAL',
      citizenshipCountry: 'AL',
      exploitationTypes: ['FORCED_LABOUR', 'SEXUAL'],
      agencyType: 'STATE_POLICE',
      region: 'TIRANA',
      placeOfExploitation: 'ABROAD',
      status: 'PRESUMED',
      entryRoute: 'FIRST_RESPONDER',
      venue: 'INLAND',
      meansOfControl: ['DEBT_BONDAGE', 'THREATS'],
      recruiterRelations: ['FRIEND'],
      countriesOfExploitation: [],
      childAtExploitation: null,
    });
  });

  it('counts a child by a known age as a child, who was a child when exploited', () => {
    const facts = statisticalFacts(source({ age: ageOf({ dateOfBirth: '2011-01-01' }) }));
    expect(facts).toMatchObject({ ageGroup: 'CHILD', ageBand: 'AGE_9_17', childAtExploitation: true });
  });

  it('counts a presumed child with no age as UNKNOWN, and a disputed age without one too', () => {
    for (const age of [ageOf({}), ageOf({ ageBasis: AgeBasis.DISPUTED })]) {
      expect(age.isChild).toBe(true);
      expect(statisticalFacts(source({ age }))).toMatchObject({ ageGroup: 'UNKNOWN', ageBand: 'UNKNOWN', childAtExploitation: null });
    }
  });

  it('counts an estimate of 19 as a (presumed) child, without claiming the exploitation came before 18', () => {
    expect(statisticalFacts(source({ age: ageOf({ estimatedAge: 19 }) }))).toMatchObject({
      ageGroup: 'CHILD',
      ageBand: 'AGE_18_20',
      childAtExploitation: null,
    });
  });

  it("lets the RA's verification decide the age group, with or without an age", () => {
    expect(ageGroupOf({ ageBand: AgeBand.UNKNOWN, isChild: false, verification: AgeVerificationOutcome.ADULT })).toBe('ADULT');
    expect(ageGroupOf({ ageBand: AgeBand.AGE_18_20, isChild: true, verification: AgeVerificationOutcome.CHILD })).toBe('CHILD');
    expect(statisticalFacts(source({ age: { ageBand: AgeBand.UNKNOWN, isChild: true, verification: AgeVerificationOutcome.CHILD } })).childAtExploitation).toBe(
      true,
    );
  });

  it('names the first foreign country of a foreigner (XK included) and none for an unknown citizenship', () => {
    expect(statisticalFacts(source({ citizenship: ['AL', 'XK'], citizenshipGroup: CitizenshipGroup.FOREIGN })).citizenshipCountry).toBe('XK');
    expect(statisticalFacts(source({ citizenship: ['AL', 'XK'], citizenshipGroup: CitizenshipGroup.NATIONAL })).citizenshipCountry).toBe('AL');
    expect(statisticalFacts(source({ citizenship: [], citizenshipGroup: CitizenshipGroup.UNKNOWN })).citizenshipCountry).toBeNull();
  });

  it('keeps only the non-identifying summary of an anonymous notification: the account is unknown', () => {
    const facts = statisticalFacts(source({ interviewed: false, status: IdentificationStatus.AT_RISK }));
    expect(facts).toMatchObject({
      sex: 'FEMALE',
      ageGroup: 'ADULT',
      citizenshipGroup: 'NATIONAL',
      agencyType: 'STATE_POLICE',
      region: 'TIRANA',
      status: 'AT_RISK',
      exploitationTypes: [],
      placeOfExploitation: null,
      meansOfControl: [],
      recruiterRelations: [],
      countriesOfExploitation: [],
    });
  });
});
