import { describe, expect, it } from 'vitest';
import { previewScreening, type CatalogueIndicator } from './screening';

const catalogue: CatalogueIndicator[] = [
  { code: 'A1', group: 'ACT', appliesTo: 'ALL' },
  { code: 'B1', group: 'MEANS', appliesTo: 'ALL' },
  { code: 'C1', group: 'PURPOSE', appliesTo: 'ALL' },
  { code: 'C2', group: 'PURPOSE', appliesTo: 'ADULT' },
  { code: 'C3', group: 'PURPOSE', appliesTo: 'CHILD' },
];

describe('the screening preview', () => {
  it('asks an adult for act, means and purpose', () => {
    expect(previewScreening(catalogue, ['A1', 'C1'], false)).toEqual({ meetsThreshold: false, missingGroups: ['MEANS'] });
    expect(previewScreening(catalogue, ['A1', 'B1', 'C1'], false)).toEqual({ meetsThreshold: true, missingGroups: [] });
  });

  it('asks a child for act and purpose only', () => {
    expect(previewScreening(catalogue, ['A1', 'C3'], true)).toEqual({ meetsThreshold: true, missingGroups: [] });
  });

  it('does not count an indicator of the other age group', () => {
    expect(previewScreening(catalogue, ['A1', 'C2'], true)).toEqual({ meetsThreshold: false, missingGroups: ['PURPOSE'] });
    expect(previewScreening(catalogue, ['A1', 'B1', 'C3'], false)).toEqual({ meetsThreshold: false, missingGroups: ['PURPOSE'] });
  });

  it('names every group when nothing is ticked', () => {
    expect(previewScreening(catalogue, [], false).missingGroups).toEqual(['ACT', 'MEANS', 'PURPOSE']);
  });
});
