import { AgeBand, ExploitationType, MeansOfControl, RecruiterRelation, Sex } from '@nrm/domain';
import type { QuasiIdentifiers } from './k-anonymity';

/**
 * The Counter Trafficking Data Collaborative's global dataset layout (its column names, order and values): one row
 * per person. Flags are "1" / "0", and -99 where the fact is not known or the platform does not record it
 * (docs/statistics.md, The CTDC export in detail).
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

/** The CTDC's value for "not known / not recorded", in every column (docs/statistics.md, The CTDC export in detail). */
export const MISSING = '-99';

/** The CTDC's separator within its …Concatenated columns. */
const SEPARATOR = ';';

/**
 * The CTDC means-of-control flags, the platform's value behind each (null: not recorded here, always -99) and the
 * label it takes in meansOfControlConcatenated.
 */
export const MEANS_OF_CONTROL_COLUMNS: ReadonlyArray<[string, MeansOfControl | null, string]> = [
  ['meansOfControlDebtBondage', MeansOfControl.DEBT_BONDAGE, 'Debt bondage'],
  ['meansOfControlTakesEarnings', MeansOfControl.TAKES_EARNINGS, 'Takes earnings'],
  ['meansOfControlRestrictsFinancialAccess', null, 'Restricts financial access'],
  ['meansOfControlThreats', MeansOfControl.THREATS, 'Threats'],
  ['meansOfControlPsychologicalAbuse', MeansOfControl.PSYCHOLOGICAL_ABUSE, 'Psychological abuse'],
  ['meansOfControlPhysicalAbuse', MeansOfControl.PHYSICAL_ABUSE, 'Physical abuse'],
  ['meansOfControlSexualAbuse', MeansOfControl.SEXUAL_ABUSE, 'Sexual abuse'],
  ['meansOfControlFalsePromises', MeansOfControl.FALSE_PROMISES, 'False promises'],
  ['meansOfControlPsychoactiveSubstances', MeansOfControl.PSYCHOACTIVE_SUBSTANCES, 'Psychoactive substances'],
  ['meansOfControlRestrictsMovement', MeansOfControl.RESTRICTS_MOVEMENT, 'Restricts movement'],
  ['meansOfControlRestrictsMedicalCare', null, 'Restricts medical care'],
  ['meansOfControlExcessiveWorkingHours', MeansOfControl.EXCESSIVE_HOURS, 'Excessive working hours'],
  ['meansOfControlUsesChildren', null, 'Uses children'],
  ['meansOfControlThreatOfLawEnforcement', null, 'Threat of law enforcement'],
  ['meansOfControlWithholdsNecessities', MeansOfControl.WITHHOLDS_NECESSITIES, 'Withholds necessities'],
  ['meansOfControlWithholdsDocuments', MeansOfControl.WITHHOLDS_DOCUMENTS, 'Withholds documents'],
  ['meansOfControlOther', MeansOfControl.OTHER, 'Other'],
];

/** The CTDC types of labour, the platform's exploitation type behind each (null: not recorded here) and its label. */
export const TYPE_OF_LABOUR_COLUMNS: ReadonlyArray<[string, ExploitationType | null, string]> = [
  ['typeOfLabourAgriculture', null, 'Agriculture'],
  ['typeOfLabourAquafarming', null, 'Aquafarming'],
  ['typeOfLabourBegging', ExploitationType.FORCED_BEGGING, 'Begging'],
  ['typeOfLabourConstruction', null, 'Construction'],
  ['typeOfLabourDomesticWork', ExploitationType.DOMESTIC_SERVITUDE, 'Domestic work'],
  ['typeOfLabourHospitality', null, 'Hospitality'],
  ['typeOfLabourIllicitActivities', ExploitationType.FORCED_CRIMINALITY, 'Illicit activities'],
  ['typeOfLabourManufacturing', null, 'Manufacturing'],
  ['typeOfLabourMiningOrDrilling', null, 'Mining or drilling'],
  ['typeOfLabourPeddling', null, 'Peddling'],
  ['typeOfLabourTransportation', null, 'Transportation'],
  ['typeOfLabourOther', null, 'Other'],
];

/** The platform records sexual exploitation without its kind: every typeOfSex… column is -99. */
export const TYPE_OF_SEX_COLUMNS = ['typeOfSexProstitution', 'typeOfSexPornography', 'typeOfSexRemoteInteractiveServices', 'typeOfSexPrivateSexualServices'] as const;

/** The recruiter-relation flags, the platform's relation behind each and its label in RecruiterRelationship. */
export const RECRUITER_RELATION_COLUMNS: ReadonlyArray<[string, RecruiterRelation, string]> = [
  ['recruiterRelationIntimatePartner', RecruiterRelation.INTIMATE_PARTNER, 'Intimate partner'],
  ['recruiterRelationFriend', RecruiterRelation.FRIEND, 'Friend'],
  ['recruiterRelationFamily', RecruiterRelation.FAMILY, 'Family'],
  ['recruiterRelationOther', RecruiterRelation.OTHER, 'Other'],
  ['recruiterRelationUnknown', RecruiterRelation.UNKNOWN, 'Unknown'],
];

/** Exploitation types the CTDC counts as forced labour (its typeOfLabour… kinds include begging, domestic work, illicit activities). */
export const FORCED_LABOUR: ReadonlySet<string> = new Set([
  ExploitationType.FORCED_LABOUR,
  ExploitationType.FORCED_BEGGING,
  ExploitationType.FORCED_CRIMINALITY,
  ExploitationType.DOMESTIC_SERVITUDE,
  ExploitationType.CHILD_LABOUR,
]);

/**
 * The CTDC global dataset's 63 columns, in its order (the April 2020 release and the k-anonymised dataset of 2021 share
 * them; docs/statistics.md lists the sources).
 */
export const CTDC_COLUMNS: readonly string[] = [
  'yearOfRegistration',
  'Datasource',
  'gender',
  'ageBroad',
  'majorityStatus',
  'majorityStatusAtExploit',
  'majorityEntry',
  'citizenship',
  ...MEANS_OF_CONTROL_COLUMNS.map(([column]) => column),
  'meansOfControlNotSpecified',
  'meansOfControlConcatenated',
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
  'isSexAndLabour',
  'isForcedMarriage',
  'isForcedMilitary',
  'isOrganRemoval',
  'isSlaveryAndPractices',
  'typeOfExploitConcatenated',
  ...TYPE_OF_LABOUR_COLUMNS.map(([column]) => column),
  'typeOfLabourNotSpecified',
  'typeOfLabourConcatenated',
  ...TYPE_OF_SEX_COLUMNS,
  'typeOfSexConcatenated',
  'isAbduction',
  'RecruiterRelationship',
  'CountryOfExploitation',
  ...RECRUITER_RELATION_COLUMNS.map(([column]) => column),
];

/**
 * The columns holding numbers (the year and every 1 / 0 / -99 flag): an XLSX file writes them as numbers, as the
 * CTDC's own XLSX does, so a spreadsheet sums and filters them; the labels and concatenations stay text.
 */
export const CTDC_NUMERIC_COLUMNS: ReadonlySet<string> = new Set(
  CTDC_COLUMNS.filter((column) => column === 'yearOfRegistration' || (/^(meansOfControl|is|typeOfLabour|typeOfSex|recruiterRelation)[A-Z]/.test(column) && !column.endsWith('Concatenated'))),
);

/** Every record of the file comes from the NRM's case records: the CTDC's case-management source. */
export const DATASOURCE = 'Case Management';

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
  return child === null ? MISSING : child ? 'Minor' : 'Adult';
}

/** The labels of the set flags, in column order, joined as the CTDC joins them; none: `none`. */
function concatenated(labels: ReadonlyArray<string | null>, none: string): string {
  const named = labels.filter((label): label is string => label !== null);
  return named.length === 0 ? none : named.join(SEPARATOR);
}

/** The quasi-identifiers of one person, before any generalisation (k-anonymity.ts generalises them). */
export function ctdcQuasiIdentifiers(person: Pick<CtdcSourcePerson, 'identifiedOn' | 'sex' | 'ageBand' | 'ageGroup' | 'citizenshipCountry' | 'countriesOfExploitation'>): QuasiIdentifiers {
  // One country in the CTDC layout: several become MULTIPLE, a value the generalisation leaves alone.
  const countries = [...new Set(person.countriesOfExploitation)];
  return {
    yearOfRegistration: person.identifiedOn.slice(0, 4),
    gender: GENDER[person.sex] ?? MISSING,
    ageBroad: AGE_BROAD[person.ageBand] ?? MISSING,
    majorityStatus: person.ageGroup === 'CHILD' ? 'Minor' : person.ageGroup === 'ADULT' ? 'Adult' : MISSING,
    citizenship: person.citizenshipCountry ?? MISSING,
    CountryOfExploitation: countries.length === 1 ? (countries[0] as string) : countries.length > 1 ? 'MULTIPLE' : MISSING,
  };
}

/**
 * One person in the CTDC layout. What the platform does not record at all (abduction, the kind of sexual
 * exploitation, majority at entry, some means of control and types of labour) is -99 in every row; a list recorded
 * empty (no means of control, no recruiter, no exploitation type) makes its flags -99 too, not "0": nothing was said
 * either way, and meansOfControlNotSpecified is "1" then. `quasi`: the quasi-identifiers to publish (k-anonymity's plan).
 */
export function ctdcRow(person: CtdcSourcePerson, quasi: QuasiIdentifiers = ctdcQuasiIdentifiers(person)): CtdcRow {
  const means = new Set(person.meansOfControl);
  const types = new Set(person.exploitationTypes);
  const recruiters = new Set(person.recruiterRelations);
  const row: Record<string, string> = {
    yearOfRegistration: quasi.yearOfRegistration,
    Datasource: DATASOURCE,
    gender: quasi.gender,
    ageBroad: quasi.ageBroad,
    majorityStatus: quasi.majorityStatus,
    majorityStatusAtExploit: majority(person.childAtExploitation),
    majorityEntry: MISSING,
    citizenship: quasi.citizenship,
  };
  for (const [column, value] of MEANS_OF_CONTROL_COLUMNS) row[column] = value === null || means.size === 0 ? MISSING : flag(means.has(value));
  row['meansOfControlNotSpecified'] = flag(means.size === 0);
  row['meansOfControlConcatenated'] =
    means.size === 0 ? 'Not specified' : concatenated(MEANS_OF_CONTROL_COLUMNS.map(([, value, label]) => (value !== null && means.has(value) ? label : null)), MISSING);

  const known = types.size > 0;
  const forcedLabour = [...types].some((type) => FORCED_LABOUR.has(type));
  const sexual = types.has(ExploitationType.SEXUAL);
  const known01 = (value: boolean) => (known ? flag(value) : MISSING);
  row['isForcedLabour'] = known01(forcedLabour);
  row['isSexualExploit'] = known01(sexual);
  row['isOtherExploit'] = known01(types.has(ExploitationType.OTHER));
  row['isSexAndLabour'] = known01(forcedLabour && sexual);
  row['isForcedMarriage'] = known01(types.has(ExploitationType.FORCED_MARRIAGE));
  row['isForcedMilitary'] = MISSING;
  row['isOrganRemoval'] = known01(types.has(ExploitationType.ORGAN_REMOVAL));
  row['isSlaveryAndPractices'] = MISSING;
  row['typeOfExploitConcatenated'] = concatenated(
    [
      forcedLabour ? 'Forced labour' : null,
      sexual ? 'Sexual exploitation' : null,
      types.has(ExploitationType.OTHER) ? 'Other' : null,
      forcedLabour && sexual ? 'Combined sexual and labour exploitation' : null,
      types.has(ExploitationType.FORCED_MARRIAGE) ? 'Forced marriage' : null,
      types.has(ExploitationType.ORGAN_REMOVAL) ? 'Organ removal' : null,
    ],
    MISSING,
  );

  const labourNamed = TYPE_OF_LABOUR_COLUMNS.some(([, type]) => type !== null && types.has(type));
  for (const [column, type] of TYPE_OF_LABOUR_COLUMNS) row[column] = forcedLabour && type !== null ? flag(types.has(type)) : MISSING;
  row['typeOfLabourNotSpecified'] = forcedLabour ? flag(!labourNamed) : MISSING;
  row['typeOfLabourConcatenated'] = forcedLabour
    ? labourNamed
      ? concatenated(TYPE_OF_LABOUR_COLUMNS.map(([, type, label]) => (type !== null && types.has(type) ? label : null)), MISSING)
      : 'Not specified'
    : MISSING;
  for (const column of TYPE_OF_SEX_COLUMNS) row[column] = MISSING;
  row['typeOfSexConcatenated'] = MISSING;
  row['isAbduction'] = MISSING;
  row['RecruiterRelationship'] = concatenated(RECRUITER_RELATION_COLUMNS.map(([, relation, label]) => (recruiters.has(relation) ? label : null)), MISSING);
  row['CountryOfExploitation'] = quasi.CountryOfExploitation;
  for (const [column, relation] of RECRUITER_RELATION_COLUMNS) row[column] = recruiters.size === 0 ? MISSING : flag(recruiters.has(relation));
  return row as CtdcRow;
}
