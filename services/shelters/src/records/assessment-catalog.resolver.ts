import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnyStaff } from '@nrm/auth';
import { AssessmentArea, LegalProblemType } from '@nrm/domain';
import { AREA_CATEGORY, AREA_LABELS, ASSESSMENT_SUMMARY_CODES, LEGAL_PROBLEM_LABELS } from './assessment-codes';
import { AssessmentAreaInfo, LegalProblemInfo } from './assessment-catalog.model';

type Locale = 'en' | 'sq';

/** `sq` for Albanian, English for anything else. */
function localeOf(requested: string): Locale {
  return requested.trim().toLowerCase().startsWith('sq') ? 'sq' : 'en';
}

/** The needs-assessment vocabulary, labelled: no personal data, so open to every staff role like the indicator catalogue. */
@Resolver(() => AssessmentAreaInfo)
export class AssessmentCatalogResolver {
  @Query(() => [AssessmentAreaInfo], { description: "The needs-assessment areas with each area's summary codes, labelled" })
  @AnyStaff()
  assessmentAreas(@Args('locale', { type: () => String, nullable: true, defaultValue: 'en' }) locale: string): AssessmentAreaInfo[] {
    const language = localeOf(locale);
    return Object.values(AssessmentArea).map((area) => ({
      area,
      label: AREA_LABELS[area][language],
      category: AREA_CATEGORY[area],
      summaryCodes: ASSESSMENT_SUMMARY_CODES[area].map((entry) => ({ code: entry.code, label: entry[language] })),
    }));
  }

  @Query(() => [LegalProblemInfo], { description: 'The kinds of legal problem a LEGAL assessment names, labelled' })
  @AnyStaff()
  legalProblemTypes(@Args('locale', { type: () => String, nullable: true, defaultValue: 'en' }) locale: string): LegalProblemInfo[] {
    const language = localeOf(locale);
    return Object.values(LegalProblemType).map((code) => ({ code, label: LEGAL_PROBLEM_LABELS[code][language] }));
  }
}
