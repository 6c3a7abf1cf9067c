import { CTDC_COLUMNS, ctdcRow, type CtdcSourcePerson, MISSING } from './ctdc-layout';

const PERSON: CtdcSourcePerson = {
  identifiedOn: '2026-03-10',
  sex: 'FEMALE',
  ageBand: 'AGE_9_17',
  ageGroup: 'CHILD',
  citizenshipCountry: 'AL',
  meansOfControl: ['WITHHOLDS_DOCUMENTS', 'THREATS'],
  recruiterRelations: ['FAMILY'],
  countriesOfExploitation: ['GR'],
  childAtExploitation: true,
  exploitationTypes: ['SEXUAL', 'FORCED_BEGGING'],
};

/** The global dataset's header as published (docs/statistics.md lists the sources), written out rather than derived. */
const PUBLISHED_HEADER =
  'yearOfRegistration,Datasource,gender,ageBroad,majorityStatus,majorityStatusAtExploit,majorityEntry,citizenship,' +
  'meansOfControlDebtBondage,meansOfControlTakesEarnings,meansOfControlRestrictsFinancialAccess,meansOfControlThreats,' +
  'meansOfControlPsychologicalAbuse,meansOfControlPhysicalAbuse,meansOfControlSexualAbuse,meansOfControlFalsePromises,' +
  'meansOfControlPsychoactiveSubstances,meansOfControlRestrictsMovement,meansOfControlRestrictsMedicalCare,' +
  'meansOfControlExcessiveWorkingHours,meansOfControlUsesChildren,meansOfControlThreatOfLawEnforcement,' +
  'meansOfControlWithholdsNecessities,meansOfControlWithholdsDocuments,meansOfControlOther,meansOfControlNotSpecified,' +
  'meansOfControlConcatenated,isForcedLabour,isSexualExploit,isOtherExploit,isSexAndLabour,isForcedMarriage,' +
  'isForcedMilitary,isOrganRemoval,isSlaveryAndPractices,typeOfExploitConcatenated,typeOfLabourAgriculture,' +
  'typeOfLabourAquafarming,typeOfLabourBegging,typeOfLabourConstruction,typeOfLabourDomesticWork,typeOfLabourHospitality,' +
  'typeOfLabourIllicitActivities,typeOfLabourManufacturing,typeOfLabourMiningOrDrilling,typeOfLabourPeddling,' +
  'typeOfLabourTransportation,typeOfLabourOther,typeOfLabourNotSpecified,typeOfLabourConcatenated,typeOfSexProstitution,' +
  'typeOfSexPornography,typeOfSexRemoteInteractiveServices,typeOfSexPrivateSexualServices,typeOfSexConcatenated,' +
  'isAbduction,RecruiterRelationship,CountryOfExploitation,recruiterRelationIntimatePartner,recruiterRelationFriend,' +
  'recruiterRelationFamily,recruiterRelationOther,recruiterRelationUnknown';

/** A row as the file writes it: the values in column order, joined. */
function line(person: CtdcSourcePerson): string {
  const row = ctdcRow(person);
  return CTDC_COLUMNS.map((column) => row[column]).join(',');
}

describe('the CTDC layout', () => {
  it('has the 63 columns of the global dataset, in its order', () => {
    expect(CTDC_COLUMNS).toHaveLength(63);
    expect(CTDC_COLUMNS.join(',')).toBe(PUBLISHED_HEADER);
    expect(Object.keys(ctdcRow(PERSON))).toHaveLength(63);
    expect(Object.keys(ctdcRow(PERSON)).sort()).toEqual([...CTDC_COLUMNS].sort());
  });

  it('writes a person with flags 1/0, labels joined by ";" in column order, -99 where nothing is recorded', () => {
    expect(line(PERSON)).toBe(
      [
        '2026,Case Management,Female,9--17,Minor,Minor,-99,AL',
        // means of control: DebtBondage … Other, NotSpecified, Concatenated
        '0,0,-99,1,0,0,0,0,0,0,-99,0,-99,-99,0,1,0,0,Threats;Withholds documents',
        // isForcedLabour … isSlaveryAndPractices, typeOfExploitConcatenated
        '1,1,0,1,0,-99,0,-99,Forced labour;Sexual exploitation;Combined sexual and labour exploitation',
        // typeOfLabour Agriculture … Other, NotSpecified, Concatenated
        '-99,-99,1,-99,0,-99,0,-99,-99,-99,-99,-99,0,Begging',
        // typeOfSex…, typeOfSexConcatenated, isAbduction, RecruiterRelationship, CountryOfExploitation, recruiterRelation…
        '-99,-99,-99,-99,-99,-99,Family,GR,0,0,1,0,0',
      ].join(','),
    );
  });

  it('writes -99 for what is not known, and "Not specified" for means of control none of which was recorded', () => {
    const unknown = { ...PERSON, meansOfControl: [], recruiterRelations: [], exploitationTypes: [], countriesOfExploitation: [], sex: 'UNKNOWN', ageBand: 'UNKNOWN', ageGroup: 'UNKNOWN', childAtExploitation: null, citizenshipCountry: null };
    expect(line(unknown)).toBe(
      [
        '2026,Case Management,-99,-99,-99,-99,-99,-99',
        `${Array(17).fill(MISSING).join(',')},1,Not specified`,
        '-99,-99,-99,-99,-99,-99,-99,-99,-99',
        `${Array(12).fill(MISSING).join(',')},-99,-99`,
        '-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99',
      ].join(','),
    );
  });

  it('names several countries of exploitation MULTIPLE, forced labour of no named kind "Not specified", other exploitation apart from marriage', () => {
    const row = ctdcRow({ ...PERSON, sex: 'OTHER', countriesOfExploitation: ['GR', 'IT'], exploitationTypes: ['CHILD_LABOUR', 'FORCED_MARRIAGE', 'OTHER'], recruiterRelations: ['FRIEND', 'INTIMATE_PARTNER'] });
    expect(row).toMatchObject({
      gender: 'Transgender/NonConforming',
      CountryOfExploitation: 'MULTIPLE',
      isForcedLabour: '1',
      isSexualExploit: '0',
      isSexAndLabour: '0',
      isOtherExploit: '1',
      isForcedMarriage: '1',
      isOrganRemoval: '0',
      typeOfExploitConcatenated: 'Forced labour;Other;Forced marriage',
      typeOfLabourNotSpecified: '1',
      typeOfLabourBegging: '0',
      typeOfLabourConcatenated: 'Not specified',
      RecruiterRelationship: 'Intimate partner;Friend',
      recruiterRelationIntimatePartner: '1',
      recruiterRelationFamily: '0',
    });
    const sexual = ctdcRow({ ...PERSON, exploitationTypes: ['SEXUAL'], childAtExploitation: false, ageGroup: 'ADULT', ageBand: 'AGE_48_PLUS' });
    expect(sexual).toMatchObject({ ageBroad: '48+', majorityStatus: 'Adult', majorityStatusAtExploit: 'Adult', isForcedLabour: '0', typeOfExploitConcatenated: 'Sexual exploitation', typeOfLabourBegging: MISSING, typeOfLabourConcatenated: MISSING });
  });
});
