import { describe, expect, it } from 'vitest';
import { changesOf, newProviderSchema, providerSchema, valuesOf, type Provider } from './model';

const PROVIDER: Provider = {
  id: 'provider-1',
  agencyId: 'shelter-c',
  name: 'Shelter C',
  authorised: false,
  placesTotal: 6,
  placesFree: 6,
  placesTaken: 0,
  placesOverCapacity: 0,
  serves: ['ADULTS', 'WOMEN'],
  services: ['ACCOMMODATION'],
  region: 'ELBASAN',
  agencyType: 'SHELTER_NGO',
};

describe('the provider form', () => {
  it('sends only what changed (the API refuses an update that changes nothing and keeps what is not sent)', () => {
    expect(changesOf(PROVIDER, valuesOf(PROVIDER))).toEqual({});
    expect(changesOf(PROVIDER, { ...valuesOf(PROVIDER), serves: ['WOMEN', 'ADULTS'] })).toEqual({});
    expect(changesOf(PROVIDER, { ...valuesOf(PROVIDER), name: ' Shelter C (Elbasan) ', services: ['ACCOMMODATION', 'INTERPRETER'], placesTotal: '8' })).toEqual({
      name: 'Shelter C (Elbasan)',
      services: ['ACCOMMODATION', 'INTERPRETER'],
      placesTotal: 8,
    });
  });

  it('names each field its rules refuse, and asks a new provider for its agency', () => {
    const refused = providerSchema.safeParse({ agencyId: '', name: ' ', region: '', serves: [], services: [], placesTotal: '10001' });
    expect(refused.success).toBe(false);
    const messages = Object.fromEntries((refused.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toEqual({
      name: 'directory.rules.name',
      region: 'directory.rules.region',
      serves: 'directory.rules.serves',
      services: 'directory.rules.services',
      placesTotal: 'directory.rules.places',
    });
    const withoutAgency = newProviderSchema.safeParse({ ...valuesOf(PROVIDER), agencyId: '' });
    expect(withoutAgency.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['agencyId']);
    expect(providerSchema.safeParse({ ...valuesOf(PROVIDER), placesTotal: '2.5' }).success).toBe(false);
  });
});
