import { CTDC_COLUMNS, ctdcRow, type CtdcSourcePerson } from './ctdc-layout';

const PERSON: CtdcSourcePerson = {
  identifiedOn: '2026-03-10',
  sex: 'FEMALE',
  ageBand: 'AGE_9_17',
  ageGroup: 'CHILD',
  citizenshipCountry: 'AL',
  meansOfControl: ['THREATS', 'WITHHOLDS_DOCUMENTS'],
  recruiterRelations: ['FAMILY'],
  countriesOfExploitation: ['GR'],
  childAtExploitation: true,
  exploitationTypes: ['FORCED_BEGGING', 'SEXUAL'],
};

describe('the CTDC layout', () => {
  it('maps a person to the codebook columns, in their order, with 1/0 flags', () => {
    const row = ctdcRow(PERSON);
    expect(Object.keys(row).sort()).toEqual([...CTDC_COLUMNS].sort());
    expect(row).toMatchObject({
      yearOfRegistration: '2026',
      gender: 'Female',
      ageBroad: '9--17',
      majorityStatus: 'Minor',
      majorityStatusAtExploit: 'Minor',
      citizenship: 'AL',
      meansOfControlThreats: '1',
      meansOfControlWithholdsDocuments: '1',
      meansOfControlDebtBondage: '0',
      meansOfControlNotSpecified: '0',
      isForcedLabour: '1',
      isSexualExploit: '1',
      isOtherExploit: '0',
      typeOfExploitConcatenated: 'Forced labour; Sexual exploitation',
      typeOfLabourBegging: '1',
      typeOfLabourDomesticWork: '0',
      typeOfLabourNotSpecified: '0',
      recruiterRelationFamily: '1',
      recruiterRelationFriend: '0',
      CountryOfExploitation: 'GR',
    });
  });

  it('leaves empty what the platform does not record, rather than saying no', () => {
    const row = ctdcRow({ ...PERSON, meansOfControl: [], recruiterRelations: [], exploitationTypes: [], countriesOfExploitation: [], sex: 'UNKNOWN', ageBand: 'UNKNOWN', ageGroup: 'UNKNOWN', childAtExploitation: null, citizenshipCountry: null });
    for (const column of ['meansOfControlRestrictsMedicalCare', 'meansOfControlUsesChildren', 'meansOfControlThreatOfLawEnforcement', 'meansOfControlRestrictsFinancialAccess', 'typeOfSexProstitution', 'typeOfLabourAgriculture']) {
      expect([column, ctdcRow(PERSON)[column]]).toEqual([column, '']);
    }
    expect(row).toMatchObject({
      gender: '',
      ageBroad: '',
      majorityStatus: '',
      majorityStatusAtExploit: '',
      citizenship: '',
      meansOfControlThreats: '',
      meansOfControlNotSpecified: '1',
      isForcedLabour: '',
      isSexualExploit: '',
      typeOfExploitConcatenated: '',
      typeOfLabourNotSpecified: '',
      recruiterRelationFamily: '',
      CountryOfExploitation: '',
    });
  });

  it('names several countries of exploitation MULTIPLE, and forced labour of no named kind not specified', () => {
    const row = ctdcRow({ ...PERSON, countriesOfExploitation: ['GR', 'IT'], exploitationTypes: ['FORCED_LABOUR'] });
    expect(row['CountryOfExploitation']).toBe('MULTIPLE');
    expect(row['typeOfLabourNotSpecified']).toBe('1');
    expect(row['typeOfLabourBegging']).toBe('0');
    expect(row['isSexualExploit']).toBe('0');
  });
});
