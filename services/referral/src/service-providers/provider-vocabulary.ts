import { AgencyType } from '@nrm/domain';

/**
 * The services a provider may offer, as codes (docs/domain.md §2 step 2). The RA's needs for matching are the same
 * codes, so a provider's fit is a plain comparison.
 */
export const PROVIDER_SERVICES = [
  'ACCOMMODATION',
  'MEDICAL',
  'PSYCHOLOGICAL',
  'LEGAL',
  'EDUCATION',
  'VOCATIONAL',
  'INTERPRETER',
  'SECURITY',
  'FAMILY_TRACING',
  'REPATRIATION',
] as const;

export type ProviderServiceCode = (typeof PROVIDER_SERVICES)[number];

export function isProviderService(value: string): value is ProviderServiceCode {
  return (PROVIDER_SERVICES as readonly string[]).includes(value);
}

/**
 * The agency types that may be a provider of the directory: those whose case managers answer referrals
 * (docs/domain.md §1). Any other agency of the directory is refused.
 */
export const PROVIDER_AGENCY_TYPES: readonly AgencyType[] = [AgencyType.SHELTER_NGO, AgencyType.SHELTER_STATE];

/** How a list of codes reads in an error message: what would be accepted. */
export function acceptedCodes(codes: readonly string[]): string {
  return codes.join(', ');
}
