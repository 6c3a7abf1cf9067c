import type { DataSource } from 'typeorm';
import { SERVICE_PROVIDER_SEED, type ServiceProviderSeed } from './service-providers.seed';

/** Inserts the demo providers that are missing; never changes one that exists (its places may be in use). */
export async function seedServiceProviders(dataSource: DataSource, providers: readonly ServiceProviderSeed[] = SERVICE_PROVIDER_SEED): Promise<number> {
  let inserted = 0;
  await dataSource.transaction(async (manager) => {
    for (const provider of providers) {
      const rows: unknown[] = await manager.query(
        `INSERT INTO referral.service_provider (id, agency_id, agency_type, name, authorised, places_total, places_free, serves, services, region)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          provider.id,
          provider.agencyId,
          provider.agencyType,
          provider.name,
          provider.authorised,
          provider.placesTotal,
          provider.placesFree,
          provider.serves,
          provider.services,
          provider.region,
        ],
      );
      inserted += rows.length;
    }
  });
  return inserted;
}
