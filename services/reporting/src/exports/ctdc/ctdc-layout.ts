import { AgeBand, ExploitationType, MeansOfControl, RecruiterRelation, Sex } from '@nrm/domain';
import type { QuasiIdentifiers } from './k-anonymity';

/**
 * The Counter Trafficking Data Collaborative's global dataset layout (its codebook's column names and values): one row
 * per person. Flags are "1" / "0", and empty where the platform does not record the fact (docs/statistics.md, Exports).
 */

/** What the read model holds of one person for the CTDC file (person_fact and its exploitation types). */
export interface CtdcSourcePerson {
  /** YYYY-MM-DD, Tirana time. */
  identifiedOn: string;
  sex: string;
  ageBand: string;
  ageGroup: string;
  citizenshipCountry: string | null;
  meansOfControl: string[];
  recruiterRelations: string[];
  countriesOfExploitation: string[];
  childAtExploitation: boolean | null;
  exploitationTypes: string[];
}

/** The CTDC means-of-control flags and the platform's value behind each; null: not recorded here, always empty. */
export const MEANS_OF_CONTROL_COLUMNS: ReadonlyArray<[string, MeansOfControl | null]> = [
  ['meansOfControlDebtBondage', MeansOfControl.DEBT_BONDAGE],
  ['meansOfControlTakesEarnings', MeansOfControl.TAKES_EARNINGS],
  ['meansOfControlRestrictsFinancialAccess', null],
  ['meansOfControlThreats', MeansOfControl.THREATS],
  ['meansOfControlPsychologicalAbuse', MeansOfControl.PSYCHOLOGICAL_ABUSE],
  ['meansOfControlPhysicalAbuse', MeansOfControl.PHYSICAL_ABUSE],
  ['meansOfControlSexualAbuse', MeansOfControl.SEXUAL_ABUSE],
  ['meansOfControlFalsePromises', MeansOfControl.FALSE_PROMISES],
  ['meansOfControlPsychoactiveSubstances', MeansOfControl.PSYCHOACTIVE_SUBSTANCES],
  ['meansOfControlRestrictsMovement', MeansOfControl.RESTRICTS_MOVEMENT],
  ['meansOfControlRestrictsMedicalCare', null],
  ['meansOfControlExcessiveWorkingHours', MeansOfControl.EXCESSIVE_HOURS],
  ['meansOfControlUsesChildren', null],
  ['meansOfControlThreatOfLawEnforcement', null],
  ['meansOfControlWithholdsNecessities', MeansOfControl.WITHHOLDS_NECESSITIES],
  ['meansOfControlWithholdsDocuments', MeansOfControl.WITHHOLDS_DOCUMENTS],
  ['meansOfControlOther', MeansOfControl.OTHER],
];

/** The CTDC types of labour the platform's exploitation types name; the others (agriculture, construction…) are not recorded. */
export const TYPE_OF_LABOUR_COLUMNS: ReadonlyArray<[string, ExploitationType | null]> = [
  ['typeOfLabourAgriculture', null],
  ['typeOfLabourAquafarming', null],
  ['typeOfLabourBegging', ExploitationType.FORCED_BEGGING],
  ['typeOfLabourConstruction', null],
  ['typeOfLabourDomesticWork', ExploitationType.DOMESTIC_SERVITUDE],
  ['typeOfLabourHospitality', null],
  ['typeOfLabourIllicitActivities', ExploitationType.FORCED_CRIMINALITY],
  ['typeOfLabourManufacturing', null],
  ['typeOfLabourMiningOrDrilling', null],
  ['typeOfLabourPeddling', null],
  ['typeOfLabourTransportation', null],
  ['typeOfLabourOther', null],
];

/** The platform records sexual exploitation without its kind: every typeOfSex… flag is empty. */
export const TYPE_OF_SEX_COLUMNS = [
  'typeOfSexProstitution',
  'typeOfSexPornography',
  'typeOfSexRemoteInteractiveServices',
  'typeOfSexPrivateSexualServices',
] as const;

export const RECRUITER_RELATION_COLUMNS: ReadonlyArray<[string, RecruiterRelation]> = [
  ['recruiterRelationIntimatePartner', RecruiterRelation.INTIMATE_PARTNER],
  ['recruiterRelationFriend', RecruiterRelation.FRIEND],
  ['recruiterRelationFamily', RecruiterRelation.FAMILY],
  ['recruiterRelationOther', RecruiterRelation.OTHER],
  ['recruiterRelationUnknown', RecruiterRelation.UNKNOWN],
];

/** Exploitation types the CTDC counts as forced labour (its typeOfLabour… kinds include begging, domestic work, illicit activities). */
const FORCED_LABOUR: ReadonlySet<string> = new Set([
  ExploitationType.FORCED_LABOUR,
  ExploitationType.FORCED_BEGGING,
  ExploitationType.FORCED_CRIMINALITY,
  ExploitationType.DOMESTIC_SERVITUDE,
  ExploitationType.CHILD_LABOUR,
]);
const OTHER_EXPLOITATION: ReadonlySet<string> = new Set([ExploitationType.FORCED_MARRIAGE, ExploitationType.ORGAN_REMOVAL, ExploitationType.OTHER]);

export const CTDC_COLUMNS: readonly string[] = [
  'yearOfRegistration',
  'gender',
  'ageBroad',
  'majorityStatus',
  'majorityStatusAtExploit',
  'citizenship',
  ...MEANS_OF_CONTROL_COLUMNS.map(([column]) => column),
  'meansOfControlNotSpecified',
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
  'isForcedMarriage',
  'isOrganRemoval',
  'typeOfExploitConcatenated',
  ...TYPE_OF_LABOUR_COLUMNS.map(([column]) => column),
  'typeOfLabourNotSpecified',
  ...TYPE_OF_SEX_COLUMNS,
  ...RECRUITER_RELATION_COLUMNS.map(([column]) => column),
  'CountryOfExploitation',
];

export type CtdcRow = QuasiIdentifiers & Record<string, string>;

const AGE_BROAD: Record<string, string> = {
  [AgeBand.AGE_0_8]: '0--8',
  [AgeBand.AGE_9_17]: '9--17',
  [AgeBand.AGE_18_20]: '18--20',
  [AgeBand.AGE_21_23]: '21--23',
  [AgeBand.AGE_24_26]: '24--26',
  [AgeBand.AGE_27_29]: '27--29',
  [AgeBand.AGE_30_38]: '30--38',
  [AgeBand.AGE_39_47]: '39--47',
  [AgeBand.AGE_48_PLUS]: '48+',
};

const GENDER: Record<string, string> = { [Sex.FEMALE]: 'Female', [Sex.MALE]: 'Male', [Sex.OTHER]: 'Transgender/NonConforming' };

function flag(value: boolean): string {
  return value ? '1' : '0';
}

function majority(child: boolean | null): string {
  return child === null ? '' : child ? 'Minor' : 'Adult';
}

/**
 * One person in the CTDC layout. A list the platform recorded empty (no means of control, no recruiter) leaves its
 * flags empty, not "0": nothing was said either way; meansOfControlNotSpecified is "1" then.
 */
export function ctdcRow(person: CtdcSourcePerson): CtdcRow {
  const means = new Set(person.meansOfControl);
  const types = new Set(person.exploitationTypes);
  const recruiters = new Set(person.recruiterRelations);
  const row: Record<string, string> = {
    yearOfRegistration: person.identifiedOn.slice(0, 4),
    gender: GENDER[person.sex] ?? '',
    ageBroad: AGE_BROAD[person.ageBand] ?? '',
    majorityStatus: person.ageGroup === 'CHILD' ? 'Minor' : person.ageGroup === 'ADULT' ? 'Adult' : '',
    majorityStatusAtExploit: majority(person.childAtExploitation),
    citizenship: person.citizenshipCountry ?? '',
  };
  for (const [column, value] of MEANS_OF_CONTROL_COLUMNS) row[column] = value === null || means.size === 0 ? '' : flag(means.has(value));
  row['meansOfControlNotSpecified'] = flag(means.size === 0);
  const known = types.size > 0;
  const forcedLabour = [...types].some((type) => FORCED_LABOUR.has(type));
  row['isForcedLabour'] = known ? flag(forcedLabour) : '';
  row['isSexualExploit'] = known ? flag(types.has(ExploitationType.SEXUAL)) : '';
  row['isOtherExploit'] = known ? flag([...types].some((type) => OTHER_EXPLOITATION.has(type))) : '';
  row['isForcedMarriage'] = known ? flag(types.has(ExploitationType.FORCED_MARRIAGE)) : '';
  row['isOrganRemoval'] = known ? flag(types.has(ExploitationType.ORGAN_REMOVAL)) : '';
  row['typeOfExploitConcatenated'] = [
    forcedLabour ? 'Forced labour' : null,
    types.has(ExploitationType.SEXUAL) ? 'Sexual exploitation' : null,
    types.has(ExploitationType.FORCED_MARRIAGE) ? 'Forced marriage' : null,
    types.has(ExploitationType.ORGAN_REMOVAL) ? 'Organ removal' : null,
    types.has(ExploitationType.OTHER) ? 'Other' : null,
  ]
    .filter((name): name is string => name !== null)
    .join('; ');
  const labourNamed = TYPE_OF_LABOUR_COLUMNS.some(([, type]) => type !== null && types.has(type));
  for (const [column, type] of TYPE_OF_LABOUR_COLUMNS) row[column] = forcedLabour && type !== null ? flag(types.has(type)) : '';
  row['typeOfLabourNotSpecified'] = forcedLabour ? flag(!labourNamed) : '';
  for (const column of TYPE_OF_SEX_COLUMNS) row[column] = '';
  for (const [column, relation] of RECRUITER_RELATION_COLUMNS) row[column] = recruiters.size === 0 ? '' : flag(recruiters.has(relation));
  // One country in the CTDC layout: several become MULTIPLE, a value the generalisation leaves alone.
  const countries = [...new Set(person.countriesOfExploitation)];
  row['CountryOfExploitation'] = countries.length === 1 ? (countries[0] as string) : countries.length > 1 ? 'MULTIPLE' : '';
  return row as CtdcRow;
}
