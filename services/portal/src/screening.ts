/**
 * The screening rule the API applies (docs/domain.md, "The threshold"), previewed while the officer ticks
 * indicators: an adult needs one indicator from each of ACT, MEANS and PURPOSE, a child one from ACT and one from
 * PURPOSE; indicators that do not apply to the person's age group do not count. The submission's answer is the record.
 */
export type IndicatorGroup = 'ACT' | 'MEANS' | 'PURPOSE';
export type AppliesTo = 'ADULT' | 'CHILD' | 'ALL';

export interface CatalogueIndicator {
  code: string;
  group: IndicatorGroup;
  appliesTo: AppliesTo;
}

export interface ScreeningPreview {
  meetsThreshold: boolean;
  missingGroups: IndicatorGroup[];
}

export function previewScreening(catalogue: readonly CatalogueIndicator[], chosen: readonly string[], isChild: boolean): ScreeningPreview {
  const required: IndicatorGroup[] = isChild ? ['ACT', 'PURPOSE'] : ['ACT', 'MEANS', 'PURPOSE'];
  const counted = new Set(
    catalogue
      .filter((indicator) => chosen.includes(indicator.code))
      .filter((indicator) => indicator.appliesTo === 'ALL' || indicator.appliesTo === (isChild ? 'CHILD' : 'ADULT'))
      .map((indicator) => indicator.group),
  );
  const missingGroups = required.filter((group) => !counted.has(group));
  return { meetsThreshold: missingGroups.length === 0, missingGroups };
}
