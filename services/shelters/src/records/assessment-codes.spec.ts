import { AssessmentArea, DataCategory, LegalProblemType, RiskLevel } from '@nrm/domain';
import {
  AREA_CATEGORY,
  AREA_LABELS,
  areasOf,
  ASSESSMENT_SUMMARY_CODES,
  isValidSummary,
  LEGAL_PROBLEM_LABELS,
  needsLegalProblems,
  riskLevelOf,
  summaryCodesOf,
} from './assessment-codes';

describe('needs-assessment codes', () => {
  it('maps each area to its Person category: pre-departure is legal, accommodation contact and location, security the trafficking experience', () => {
    expect(AREA_CATEGORY[AssessmentArea.HEALTH]).toBe(DataCategory.HEALTH);
    expect(AREA_CATEGORY[AssessmentArea.PSYCHOSOCIAL]).toBe(DataCategory.PSYCHOSOCIAL);
    expect(AREA_CATEGORY[AssessmentArea.LEGAL]).toBe(DataCategory.LEGAL);
    expect(AREA_CATEGORY[AssessmentArea.FAMILY]).toBe(DataCategory.FAMILY);
    expect(AREA_CATEGORY[AssessmentArea.EDUCATION]).toBe(DataCategory.EDUCATION_EMPLOYMENT);
    expect(AREA_CATEGORY[AssessmentArea.EMPLOYMENT]).toBe(DataCategory.EDUCATION_EMPLOYMENT);
    expect(AREA_CATEGORY[AssessmentArea.PRE_DEPARTURE]).toBe(DataCategory.LEGAL);
    expect(AREA_CATEGORY[AssessmentArea.ACCOMMODATION]).toBe(DataCategory.CONTACT_LOCATION);
    expect(AREA_CATEGORY[AssessmentArea.SECURITY]).toBe(DataCategory.TRAFFICKING_EXPERIENCE);
    expect(areasOf(DataCategory.EDUCATION_EMPLOYMENT).sort()).toEqual([AssessmentArea.EDUCATION, AssessmentArea.EMPLOYMENT]);
    expect(areasOf(DataCategory.LEGAL).sort()).toEqual([AssessmentArea.LEGAL, AssessmentArea.PRE_DEPARTURE]);
    expect(areasOf(DataCategory.IDENTITY)).toEqual([]);
    expect(areasOf(DataCategory.SUMMARY)).toEqual([]);
  });

  it("gives family, education and employment their own scales, not the health scale", () => {
    expect(summaryCodesOf(AssessmentArea.FAMILY)).toEqual(['RESOLVED', 'CONSTRAINTS', 'FURTHER_INQUIRY_NEEDED', 'NONE']);
    expect(summaryCodesOf(AssessmentArea.EDUCATION)).toEqual([
      'NOT_INTERESTED',
      'ATTENDING_SUCCESSFULLY',
      'ATTENDING_WITH_PROBLEMS',
      'NOT_ENROLLED',
      'NOT_ENROLLED_MISSED_YEARS',
      'NOT_ENROLLED_SECURITY_CONSTRAINTS',
    ]);
    expect(summaryCodesOf(AssessmentArea.EMPLOYMENT)).toEqual(['NOT_INTERESTED', 'NEEDS_TRAINING', 'QUALIFIED_NEEDS_JOB_PLACEMENT', 'UNDECIDED']);
    for (const area of [AssessmentArea.FAMILY, AssessmentArea.EDUCATION, AssessmentArea.EMPLOYMENT]) {
      expect(isValidSummary(area, 'GOOD')).toBe(false);
      expect(isValidSummary(area, 'DIFFICULTIES_OUTWEIGH_STRENGTHS')).toBe(false);
    }
  });

  it('labels every area and every code in English and Albanian, and no two codes of one area alike', () => {
    for (const area of Object.values(AssessmentArea)) {
      expect(AREA_LABELS[area].en.length).toBeGreaterThan(0);
      expect(AREA_LABELS[area].sq.length).toBeGreaterThan(0);
      const codes = ASSESSMENT_SUMMARY_CODES[area];
      expect(new Set(codes.map((entry) => entry.code)).size).toBe(codes.length);
      for (const entry of codes) {
        expect(entry.code).toMatch(/^[A-Z_]+$/);
        expect(entry.en.trim()).not.toBe('');
        expect(entry.sq.trim()).not.toBe('');
      }
    }
    for (const code of Object.values(LegalProblemType)) {
      expect(LEGAL_PROBLEM_LABELS[code].en.trim()).not.toBe('');
      expect(LEGAL_PROBLEM_LABELS[code].sq.trim()).not.toBe('');
    }
  });

  it('asks for the kinds of legal problem on a LEGAL assessment that found problems only', () => {
    expect(needsLegalProblems(AssessmentArea.LEGAL, 'PROBLEMS_IDENTIFIED')).toBe(true);
    expect(needsLegalProblems(AssessmentArea.LEGAL, 'NONE')).toBe(false);
    expect(needsLegalProblems(AssessmentArea.HEALTH, 'PROBLEMS_IDENTIFIED')).toBe(false);
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
