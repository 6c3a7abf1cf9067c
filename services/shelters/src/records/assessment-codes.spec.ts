import { AssessmentArea, DataCategory, RiskLevel } from '@nrm/domain';
import { AREA_CATEGORY, areasOf, isValidSummary, riskLevelOf } from './assessment-codes';

describe('needs-assessment codes', () => {
  it('maps each area to its Person category, and keeps the case-only areas off Person', () => {
    expect(AREA_CATEGORY[AssessmentArea.HEALTH]).toBe(DataCategory.HEALTH);
    expect(AREA_CATEGORY[AssessmentArea.PSYCHOSOCIAL]).toBe(DataCategory.PSYCHOSOCIAL);
    expect(AREA_CATEGORY[AssessmentArea.LEGAL]).toBe(DataCategory.LEGAL);
    expect(AREA_CATEGORY[AssessmentArea.FAMILY]).toBe(DataCategory.FAMILY);
    expect(AREA_CATEGORY[AssessmentArea.EDUCATION]).toBe(DataCategory.EDUCATION_EMPLOYMENT);
    expect(AREA_CATEGORY[AssessmentArea.EMPLOYMENT]).toBe(DataCategory.EDUCATION_EMPLOYMENT);
    for (const area of [AssessmentArea.PRE_DEPARTURE, AssessmentArea.SECURITY, AssessmentArea.ACCOMMODATION]) {
      expect(AREA_CATEGORY[area]).toBeNull();
    }
    expect(areasOf(DataCategory.EDUCATION_EMPLOYMENT).sort()).toEqual([AssessmentArea.EDUCATION, AssessmentArea.EMPLOYMENT]);
    expect(areasOf(DataCategory.IDENTITY)).toEqual([]);
  });

  it('accepts only the summary codes of the area', () => {
    expect(isValidSummary(AssessmentArea.HEALTH, 'GOOD')).toBe(true);
    expect(isValidSummary(AssessmentArea.HEALTH, 'WELL_ADJUSTED')).toBe(false);
    expect(isValidSummary(AssessmentArea.PSYCHOSOCIAL, 'WELL_ADJUSTED')).toBe(true);
    expect(isValidSummary(AssessmentArea.PSYCHOSOCIAL, 'GOOD')).toBe(false);
    expect(isValidSummary(AssessmentArea.SECURITY, 'HIGH_RISK')).toBe(true);
    expect(isValidSummary(AssessmentArea.SECURITY, 'GOOD')).toBe(false);
    expect(isValidSummary(AssessmentArea.HEALTH, 'good')).toBe(false);
    expect(isValidSummary(AssessmentArea.LEGAL, 'free text with a name')).toBe(false);
  });

  it('gives a risk level for the security codes only', () => {
    expect(riskLevelOf(AssessmentArea.SECURITY, 'HIGH_RISK')).toBe(RiskLevel.HIGH);
    expect(riskLevelOf(AssessmentArea.SECURITY, 'MODERATE_RISK')).toBe(RiskLevel.MODERATE);
    expect(riskLevelOf(AssessmentArea.SECURITY, 'LOW_RISK')).toBe(RiskLevel.LOW);
    for (const [area, summary] of [
      [AssessmentArea.SECURITY, 'GOOD'],
      [AssessmentArea.SECURITY, 'toString'],
      [AssessmentArea.SECURITY, '__proto__'],
      [AssessmentArea.HEALTH, 'HIGH_RISK'],
    ] as const) {
      expect(riskLevelOf(area, summary)).toBeNull();
    }
  });
});
