import { IndicatorAppliesTo, IndicatorGroup } from '@nrm/domain';
import { INDICATORS, screen } from './indicator-catalog';

const first = (group: IndicatorGroup, appliesTo: IndicatorAppliesTo) => {
  const found = INDICATORS.find((indicator) => indicator.group === group && indicator.appliesTo === appliesTo);
  if (!found) throw new Error(`catalog lacks a ${group}/${appliesTo} indicator`);
  return found.code;
};

describe('screen', () => {
  const act = first(IndicatorGroup.ACT, IndicatorAppliesTo.ALL);
  const means = first(IndicatorGroup.MEANS, IndicatorAppliesTo.ALL);
  const purpose = first(IndicatorGroup.PURPOSE, IndicatorAppliesTo.ALL);

  it('needs act, means and purpose for an adult', () => {
    expect(screen([act, means, purpose], false)).toEqual({ meetsThreshold: true, missingGroups: [] });
    expect(screen([act, purpose], false)).toEqual({ meetsThreshold: false, missingGroups: [IndicatorGroup.MEANS] });
  });

  it('needs no means for a child', () => {
    expect(screen([act, purpose], true)).toEqual({ meetsThreshold: true, missingGroups: [] });
  });

  it('does not count a child-only indicator for an adult', () => {
    const childPurpose = first(IndicatorGroup.PURPOSE, IndicatorAppliesTo.CHILD);
    expect(screen([act, means, childPurpose], false).missingGroups).toEqual([IndicatorGroup.PURPOSE]);
  });

  it('has unique codes with English and Albanian labels', () => {
    expect(new Set(INDICATORS.map((indicator) => indicator.code)).size).toBe(INDICATORS.length);
    for (const indicator of INDICATORS) {
      expect(indicator.labels['en']).toBeTruthy();
      expect(indicator.labels['sq']).toBeTruthy();
    }
  });
});
