import { AssessmentArea, DataCategory, RiskLevel } from '@nrm/domain';

const WELLBEING_SCALE = ['GOOD', 'SATISFACTORY', 'SOME_DIFFICULTIES', 'DIFFICULTIES_OUTWEIGH_STRENGTHS'] as const;

/**
 * The one summary category each needs-assessment area ends in (docs/domain.md §2 step 4, the manual's Annexes I–IX). Family,
 * education and employment have no scale of their own in the manual; they use the health scale.
 */
const ASSESSMENT_SUMMARY_CODES: { readonly [A in AssessmentArea]: readonly string[] } = {
  [AssessmentArea.PRE_DEPARTURE]: ['REPATRIATION', 'REMAIN_IN_COUNTRY', 'RELOCATION_THIRD_COUNTRY'],
  [AssessmentArea.SECURITY]: ['HIGH_RISK', 'MODERATE_RISK', 'LOW_RISK'],
  [AssessmentArea.ACCOMMODATION]: ['RESOLVED', 'CONSTRAINTS_IDENTIFIED', 'TRANSFER_TO_OTHER_FACILITY', 'INDEPENDENT_HOUSING_PLAN', 'RELOCATION_ABROAD'],
  // The kind of problem (immigration status, family law, criminal charges, …) goes in the notes.
  [AssessmentArea.LEGAL]: ['NONE', 'PROBLEMS_IDENTIFIED'],
  [AssessmentArea.HEALTH]: WELLBEING_SCALE,
  [AssessmentArea.PSYCHOSOCIAL]: ['WELL_ADJUSTED', 'SATISFACTORY', 'SOME_DIFFICULTIES', 'DIFFICULTIES_OUTWEIGH_STRENGTHS'],
  [AssessmentArea.FAMILY]: WELLBEING_SCALE,
  [AssessmentArea.EDUCATION]: WELLBEING_SCALE,
  [AssessmentArea.EMPLOYMENT]: WELLBEING_SCALE,
};

export function isValidSummary(area: AssessmentArea, summary: string): boolean {
  return ASSESSMENT_SUMMARY_CODES[area]?.includes(summary) ?? false;
}

/**
 * The Person category an area's assessments belong to. PRE_DEPARTURE, SECURITY and ACCOMMODATION are case data
 * (planning the stay and the exit), not one of the person's shelter-record categories: they map to null and are kept
 * off `Person` for now.
 */
export const AREA_CATEGORY: { readonly [A in AssessmentArea]: DataCategory | null } = {
  [AssessmentArea.PRE_DEPARTURE]: null,
  [AssessmentArea.SECURITY]: null,
  [AssessmentArea.ACCOMMODATION]: null,
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
