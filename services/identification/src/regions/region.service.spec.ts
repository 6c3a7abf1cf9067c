import { loadConfig } from '@nrm/config';
import { identificationConfigSchema } from '../config';
import { RegionService } from './region.service';

function regionsWith(env: Record<string, string>): RegionService {
  return new RegionService({ config: loadConfig(identificationConfigSchema, env) });
}

describe('RegionService', () => {
  it("lists Albania's twelve counties by default, in English and in Albanian", () => {
    const regions = regionsWith({});
    expect(regions.list('en')).toHaveLength(12);
    expect(regions.list('en')).toContainEqual({ code: 'TIRANA', label: 'Tirana' });
    expect(regions.list('sq')).toContainEqual({ code: 'TIRANA', label: 'Tiranë' });
    expect(regions.list('sq')).toContainEqual({ code: 'GJIROKASTER', label: 'Gjirokastër' });
  });

  it('falls back to English for an unknown locale, and to the code for a region without labels', () => {
    const regions = regionsWith({ REGIONS: 'TIRANA,NEW_REGION' });
    expect(regions.list('fr')).toEqual([
      { code: 'TIRANA', label: 'Tirana' },
      { code: 'NEW_REGION', label: 'NEW_REGION' },
    ]);
  });

  it('takes REGION_LABELS over the bundled labels', () => {
    const regions = regionsWith({ REGIONS: 'TIRANA', REGION_LABELS: '{"TIRANA":{"sq":"Qarku i Tiranës"}}' });
    expect(regions.list('sq')).toEqual([{ code: 'TIRANA', label: 'Qarku i Tiranës' }]);
    expect(regions.list('en')).toEqual([{ code: 'TIRANA', label: 'Tirana' }]);
  });

  it('refuses REGION_LABELS that is not a JSON object of codes to labels', () => {
    expect(() => regionsWith({ REGION_LABELS: 'not json' })).toThrow(/REGION_LABELS|JSON/);
    expect(() => regionsWith({ REGION_LABELS: '{"tirana":{"en":"x"}}' })).toThrow();
  });
});
