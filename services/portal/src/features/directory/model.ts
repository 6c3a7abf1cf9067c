import { z } from '../../zod';
import type { ProviderFieldsFragment, ServedGroup } from '../../gql/graphql';

export type Provider = ProviderFieldsFragment;

/** The codes the API accepts (docs/api.md, "Provider directory"). */
export const SERVED_GROUPS = ['ADULTS', 'CHILDREN', 'WOMEN', 'MEN', 'GIRLS', 'BOYS', 'FOREIGNERS', 'WITH_CHILDREN'] as const satisfies readonly ServedGroup[];
export const SERVICE_CODES = ['ACCOMMODATION', 'MEDICAL', 'PSYCHOLOGICAL', 'LEGAL', 'EDUCATION', 'VOCATIONAL', 'INTERPRETER', 'SECURITY', 'FAMILY_TRACING', 'REPATRIATION'] as const;
export const PROVIDER_AGENCY_TYPES = ['SHELTER_NGO', 'SHELTER_STATE'];
export const AUTHORISATION_REASONS = {
  grant: ['LICENCE_GRANTED', 'LICENCE_RENEWED', 'INSPECTION_PASSED'],
  revoke: ['LICENCE_EXPIRED', 'LICENCE_SUSPENDED', 'INSPECTION_FAILED', 'PROVIDER_REQUEST', 'ENTERED_IN_ERROR'],
} as const;

const placesSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, { error: 'directory.rules.places' })
  .refine((value) => Number(value) <= 10000, { error: 'directory.rules.places' });

export const providerSchema = z.object({
  agencyId: z.string(),
  name: z.string().trim().min(1, { error: 'directory.rules.name' }).max(200, { error: 'directory.rules.nameLength' }),
  region: z.string().min(1, { error: 'directory.rules.region' }),
  serves: z.array(z.enum(SERVED_GROUPS)).min(1, { error: 'directory.rules.serves' }),
  services: z.array(z.enum(SERVICE_CODES)).min(1, { error: 'directory.rules.services' }),
  placesTotal: placesSchema,
});
/** A new provider also names its agency. */
export const newProviderSchema = providerSchema.refine((values) => values.agencyId !== '', { path: ['agencyId'], error: 'directory.rules.agency' });
export type ProviderValues = z.input<typeof providerSchema>;

export const valuesOf = (provider: Provider): ProviderValues => ({
  agencyId: provider.agencyId,
  name: provider.name,
  region: provider.region,
  serves: [...provider.serves],
  services: provider.services.filter((code): code is (typeof SERVICE_CODES)[number] => (SERVICE_CODES as readonly string[]).includes(code)),
  placesTotal: String(provider.placesTotal ?? 0),
});

/** Only what changed: the API refuses an update that changes nothing, and keeps whatever is not sent. */
export function changesOf(provider: Provider, values: ProviderValues): Record<string, unknown> {
  const before = valuesOf(provider);
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return {
    ...(values.name.trim() !== before.name ? { name: values.name.trim() } : {}),
    ...(values.region !== before.region ? { region: values.region } : {}),
    ...(!same(values.serves, before.serves) ? { serves: values.serves } : {}),
    ...(!same(values.services, before.services) ? { services: values.services } : {}),
    ...(Number(values.placesTotal) !== Number(before.placesTotal) ? { placesTotal: Number(values.placesTotal) } : {}),
  };
}
