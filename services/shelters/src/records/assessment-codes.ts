import { AssessmentArea, DataCategory, LegalProblemType, RiskLevel } from '@nrm/domain';

/** A code and its label in each language the platform speaks (docs/domain.md §7 for the Albanian terms). */
export interface Labelled {
  code: string;
  en: string;
  sq: string;
}

const WELLBEING: readonly Labelled[] = [
  { code: 'GOOD', en: 'Good', sq: 'Mirë' },
  { code: 'SATISFACTORY', en: 'Satisfactory', sq: 'Në nivel të kënaqshëm' },
  { code: 'SOME_DIFFICULTIES', en: 'Some difficulties', sq: 'Disa vështirësi' },
  { code: 'DIFFICULTIES_OUTWEIGH_STRENGTHS', en: 'Difficulties outweigh strengths', sq: 'Vështirësitë i tejkalojnë pikat e forta' },
];

/**
 * The one summary category each needs-assessment area ends in (docs/domain.md §2 step 4, the manual's Annexes I–IX),
 * with its labels: each area has its own scale.
 */
export const ASSESSMENT_SUMMARY_CODES: { readonly [A in AssessmentArea]: readonly Labelled[] } = {
  [AssessmentArea.PRE_DEPARTURE]: [
    { code: 'REPATRIATION', en: 'Repatriation to the country of origin', sq: 'Riatdhesim në vendin e origjinës' },
    { code: 'REMAIN_IN_COUNTRY', en: 'Remain in the country', sq: 'Qëndrim në vend' },
    { code: 'RELOCATION_THIRD_COUNTRY', en: 'Relocation to a third country', sq: 'Zhvendosje në një vend të tretë' },
  ],
  [AssessmentArea.SECURITY]: [
    { code: 'HIGH_RISK', en: 'High risk', sq: 'Rrezik i lartë' },
    { code: 'MODERATE_RISK', en: 'Moderate risk', sq: 'Rrezik i moderuar' },
    { code: 'LOW_RISK', en: 'Low risk', sq: 'Rrezik i ulët' },
  ],
  [AssessmentArea.ACCOMMODATION]: [
    { code: 'RESOLVED', en: 'Resolved', sq: 'E zgjidhur' },
    { code: 'CONSTRAINTS_IDENTIFIED', en: 'Constraints identified', sq: 'Janë identifikuar kufizime' },
    { code: 'TRANSFER_TO_OTHER_FACILITY', en: 'Transfer to another facility', sq: 'Transferim në një strukturë tjetër' },
    { code: 'INDEPENDENT_HOUSING_PLAN', en: 'Plan for independent housing', sq: 'Plan për strehim të pavarur' },
    { code: 'RELOCATION_ABROAD', en: 'Relocation abroad', sq: 'Zhvendosje jashtë vendit' },
  ],
  [AssessmentArea.LEGAL]: [
    { code: 'NONE', en: 'No legal problems', sq: 'Asnjë problem ligjor' },
    { code: 'PROBLEMS_IDENTIFIED', en: 'Legal problems identified', sq: 'Janë identifikuar probleme ligjore' },
  ],
  [AssessmentArea.HEALTH]: WELLBEING,
  [AssessmentArea.PSYCHOSOCIAL]: [
    { code: 'WELL_ADJUSTED', en: 'Well adjusted', sq: 'I/e përshtatur mirë' },
    ...WELLBEING.slice(1),
  ],
  [AssessmentArea.FAMILY]: [
    { code: 'RESOLVED', en: 'Resolved', sq: 'E zgjidhur' },
    { code: 'CONSTRAINTS', en: 'Constraints to resolve', sq: 'Kufizime për t’u zgjidhur' },
    { code: 'FURTHER_INQUIRY_NEEDED', en: 'Further inquiry needed', sq: 'Nevojitet hetim i mëtejshëm' },
    { code: 'NONE', en: 'None (the adult wants no contact with the family)', sq: 'Asnjë (i rrituri nuk dëshiron kontakt me familjen)' },
  ],
  [AssessmentArea.EDUCATION]: [
    { code: 'NOT_INTERESTED', en: 'Not interested', sq: 'Nuk është i/e interesuar' },
    { code: 'ATTENDING_SUCCESSFULLY', en: 'Attending successfully', sq: 'Ndjek shkollën me sukses' },
    { code: 'ATTENDING_WITH_PROBLEMS', en: 'Attending with problems', sq: 'Ndjek shkollën me vështirësi' },
    { code: 'NOT_ENROLLED', en: 'Not enrolled', sq: 'I/e paregjistruar' },
    { code: 'NOT_ENROLLED_MISSED_YEARS', en: 'Not enrolled, missed years', sq: 'I/e paregjistruar, me vite të humbura' },
    { code: 'NOT_ENROLLED_SECURITY_CONSTRAINTS', en: 'Not enrolled, security constraints', sq: 'I/e paregjistruar për arsye sigurie' },
  ],
  [AssessmentArea.EMPLOYMENT]: [
    { code: 'NOT_INTERESTED', en: 'Not interested', sq: 'Nuk është i/e interesuar' },
    { code: 'NEEDS_TRAINING', en: 'Needs vocational training', sq: 'Ka nevojë për formim profesional' },
    { code: 'QUALIFIED_NEEDS_JOB_PLACEMENT', en: 'Qualified, needs job placement', sq: 'I/e kualifikuar, ka nevojë për punësim' },
    { code: 'UNDECIDED', en: 'Undecided', sq: 'I/e pavendosur' },
  ],
};

/** The labels of the areas themselves. */
export const AREA_LABELS: { readonly [A in AssessmentArea]: { en: string; sq: string } } = {
  [AssessmentArea.PRE_DEPARTURE]: { en: 'Pre-departure', sq: 'Para nisjes' },
  [AssessmentArea.SECURITY]: { en: 'Security', sq: 'Siguria' },
  [AssessmentArea.ACCOMMODATION]: { en: 'Long-term accommodation', sq: 'Strehimi afatgjatë' },
  [AssessmentArea.LEGAL]: { en: 'Legal', sq: 'Çështjet ligjore' },
  [AssessmentArea.HEALTH]: { en: 'Health', sq: 'Shëndeti' },
  [AssessmentArea.PSYCHOSOCIAL]: { en: 'Psycho-social', sq: 'Gjendja psiko-sociale' },
  [AssessmentArea.FAMILY]: { en: 'Family', sq: 'Familja' },
  [AssessmentArea.EDUCATION]: { en: 'Education', sq: 'Arsimi' },
  [AssessmentArea.EMPLOYMENT]: { en: 'Vocational training and employment', sq: 'Formimi profesional dhe punësimi' },
};

/** The kinds of legal problem, labelled. */
export const LEGAL_PROBLEM_LABELS: { readonly [P in LegalProblemType]: { en: string; sq: string } } = {
  [LegalProblemType.IMMIGRATION_STATUS]: { en: 'Immigration status', sq: 'Statusi i imigrimit' },
  [LegalProblemType.FAMILY_LAW]: { en: 'Family law', sq: 'E drejta familjare' },
  [LegalProblemType.CRIMINAL_CHARGES]: { en: 'Criminal charges against the person', sq: 'Akuza penale ndaj personit' },
  [LegalProblemType.COOPERATION_WITH_LAW_ENFORCEMENT]: { en: 'Cooperation with law enforcement', sq: 'Bashkëpunim me organet e zbatimit të ligjit' },
  [LegalProblemType.COMPENSATION_CLAIM]: { en: 'Compensation claim', sq: 'Kërkesë për dëmshpërblim' },
  [LegalProblemType.OTHER]: { en: 'Other', sq: 'Tjetër' },
};

export function summaryCodesOf(area: AssessmentArea): string[] {
  return (ASSESSMENT_SUMMARY_CODES[area] ?? []).map((entry) => entry.code);
}

export function isValidSummary(area: AssessmentArea, summary: string): boolean {
  return summaryCodesOf(area).includes(summary);
}

/** Whether a LEGAL assessment must name the kinds of problem it found (and no other assessment may name any). */
export function needsLegalProblems(area: AssessmentArea, summary: string): boolean {
  return area === AssessmentArea.LEGAL && summary === 'PROBLEMS_IDENTIFIED';
}

/**
 * The Person category an area's assessments belong to (docs/domain.md §3): the pre-departure plan is a legal matter,
 * long-term accommodation is where the person will live (the most dangerous data to leak), and the security
 * assessment describes the threat from the traffickers; only the risk level it sets reaches SUMMARY.
 */
export const AREA_CATEGORY: { readonly [A in AssessmentArea]: DataCategory } = {
  [AssessmentArea.PRE_DEPARTURE]: DataCategory.LEGAL,
  [AssessmentArea.SECURITY]: DataCategory.TRAFFICKING_EXPERIENCE,
  [AssessmentArea.ACCOMMODATION]: DataCategory.CONTACT_LOCATION,
  [AssessmentArea.LEGAL]: DataCategory.LEGAL,
  [AssessmentArea.HEALTH]: DataCategory.HEALTH,
  [AssessmentArea.PSYCHOSOCIAL]: DataCategory.PSYCHOSOCIAL,
  [AssessmentArea.FAMILY]: DataCategory.FAMILY,
  [AssessmentArea.EDUCATION]: DataCategory.EDUCATION_EMPLOYMENT,
  [AssessmentArea.EMPLOYMENT]: DataCategory.EDUCATION_EMPLOYMENT,
};

/** The areas whose assessments make up one category's record. */
export function areasOf(category: DataCategory): AssessmentArea[] {
  return (Object.keys(AREA_CATEGORY) as AssessmentArea[]).filter((area) => AREA_CATEGORY[area] === category);
}

/** The risk level a security assessment's summary sets on the person (docs/domain.md §2 step 4, "Risk level"). */
const SECURITY_RISK_LEVELS: Readonly<Record<string, Exclude<RiskLevel, RiskLevel.UNKNOWN>>> = {
  HIGH_RISK: RiskLevel.HIGH,
  MODERATE_RISK: RiskLevel.MODERATE,
  LOW_RISK: RiskLevel.LOW,
};

/** The risk level of a SECURITY summary code; null for anything else. */
export function riskLevelOf(area: AssessmentArea, summary: string): Exclude<RiskLevel, RiskLevel.UNKNOWN> | null {
  if (area !== AssessmentArea.SECURITY || !Object.prototype.hasOwnProperty.call(SECURITY_RISK_LEVELS, summary)) return null;
  return SECURITY_RISK_LEVELS[summary] ?? null;
}
