import { IndicatorAppliesTo, IndicatorGroup } from '@nrm/domain';
import catalog from './indicator-catalog.json';

interface IndicatorDefinition {
  code: string;
  group: IndicatorGroup;
  appliesTo: IndicatorAppliesTo;
  labels: Record<string, string>;
}

export const DEFAULT_LOCALE = 'en';

/** The screening indicators in force; a country replaces the JSON file, not the code. */
export const INDICATORS: readonly IndicatorDefinition[] = catalog.indicators.map((item) => ({
  code: item.code,
  group: item.group as IndicatorGroup,
  appliesTo: item.appliesTo as IndicatorAppliesTo,
  labels: item.labels as Record<string, string>,
}));

const BY_CODE = new Map(INDICATORS.map((indicator) => [indicator.code, indicator]));

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return BY_CODE.get(code);
}

interface ScreeningResult {
  meetsThreshold: boolean;
  missingGroups: IndicatorGroup[];
}

/**
 * An adult is a potential victim with at least one indicator of act, means and purpose; a child with act and
 * purpose (no means needed). Indicators that do not apply to the person's age group do not count.
 */
export function screen(indicatorCodes: readonly string[], isChild: boolean): ScreeningResult {
  const present = new Set<IndicatorGroup>();
  for (const code of indicatorCodes) {
    const indicator = BY_CODE.get(code);
    if (!indicator) continue;
    const applies =
      indicator.appliesTo === IndicatorAppliesTo.ALL || indicator.appliesTo === (isChild ? IndicatorAppliesTo.CHILD : IndicatorAppliesTo.ADULT);
    if (applies) present.add(indicator.group);
  }
  const required = isChild ? [IndicatorGroup.ACT, IndicatorGroup.PURPOSE] : [IndicatorGroup.ACT, IndicatorGroup.MEANS, IndicatorGroup.PURPOSE];
  const missingGroups = required.filter((group) => !present.has(group));
  return { meetsThreshold: missingGroups.length === 0, missingGroups };
}
