import { ServedGroup } from '@nrm/domain';

/** A directory entry as seeded (development and test only). */
export interface ServiceProviderSeed {
  id: string;
  agencyId: string;
  agencyType: 'SHELTER_NGO' | 'SHELTER_STATE';
  name: string;
  authorised: boolean;
  placesTotal: number;
  placesFree: number;
  serves: ServedGroup[];
  services: string[];
  region: string;
}

/**
 * The demo providers of docs/api.md ("Demo agencies and users"). Kept as a TypeScript module rather than JSON so the compiled service needs no asset
 * copying. Fixed ids keep them stable across databases.
 */
export const SERVICE_PROVIDER_SEED: readonly ServiceProviderSeed[] = [
  {
    id: '5e1d0a00-0000-4000-8000-00000000000a',
    agencyId: 'shelter-a',
    agencyType: 'SHELTER_NGO',
    name: 'Shelter A (women and children)',
    authorised: true,
    placesTotal: 40,
    placesFree: 40,
    // Adult women; children of either sex; nationals and foreigners; with their children.
    serves: [ServedGroup.WOMEN, ServedGroup.CHILDREN, ServedGroup.ADULTS, ServedGroup.WITH_CHILDREN, ServedGroup.FOREIGNERS],
    services: ['ACCOMMODATION', 'MEDICAL', 'PSYCHOLOGICAL', 'LEGAL', 'EDUCATION', 'VOCATIONAL'],
    region: 'TIRANA',
  },
  {
    id: '5e1d0a00-0000-4000-8000-00000000000b',
    agencyId: 'shelter-b',
    agencyType: 'SHELTER_STATE',
    name: 'Shelter B (adults)',
    authorised: true,
    placesTotal: 30,
    placesFree: 30,
    // Adults of either sex, nationals and foreigners, with their children; no child victims.
    serves: [ServedGroup.ADULTS, ServedGroup.WOMEN, ServedGroup.MEN, ServedGroup.FOREIGNERS, ServedGroup.WITH_CHILDREN],
    services: ['ACCOMMODATION', 'MEDICAL', 'PSYCHOLOGICAL', 'LEGAL', 'VOCATIONAL'],
    region: 'TIRANA',
  },
  {
    // Not authorised: referrals to it are always refused (used by tests).
    id: '5e1d0a00-0000-4000-8000-00000000000c',
    agencyId: 'shelter-c',
    agencyType: 'SHELTER_NGO',
    name: 'Shelter C (authorisation pending)',
    authorised: false,
    placesTotal: 6,
    placesFree: 6,
    serves: [ServedGroup.ADULTS, ServedGroup.WOMEN, ServedGroup.MEN],
    services: ['ACCOMMODATION'],
    region: 'ELBASAN',
  },
];
