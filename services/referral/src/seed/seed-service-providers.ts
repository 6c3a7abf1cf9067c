import type { DataSource } from 'typeorm';
import { ServiceProviderRepository } from '../service-providers/service-provider.repository';
import { SERVICE_PROVIDER_SEED, type ServiceProviderSeed } from './service-providers.seed';

/** Inserts the demo providers that are missing; never changes one that exists (its places may be in use). */
export function seedServiceProviders(dataSource: DataSource, providers: readonly ServiceProviderSeed[] = SERVICE_PROVIDER_SEED): Promise<number> {
  return new ServiceProviderRepository(dataSource).insertMissing(providers);
}
