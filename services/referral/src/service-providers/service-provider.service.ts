import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ServiceProviderFilter } from './dto/service-provider.filter';
import type { ServiceProviderEntity } from './service-provider.entity';
import { ServiceProviderRepository } from './service-provider.repository';

@Injectable()
export class ServiceProviderService {
  constructor(private readonly providers: ServiceProviderRepository) {}

  /** The directory, filtered; ordered by name so the RA sees a stable list. */
  list(filter: ServiceProviderFilter): Promise<ServiceProviderEntity[]> {
    return this.providers.list(filter);
  }

  findById(id: string): Promise<ServiceProviderEntity | null> {
    return this.providers.findById(id);
  }

  /** For a referral check: its authorisation and capacity cannot change before the caller's transaction commits. */
  findForReferral(manager: EntityManager, id: string): Promise<ServiceProviderEntity | null> {
    return this.providers.findLocked(manager, id);
  }

  findInTransaction(manager: EntityManager, id: string): Promise<ServiceProviderEntity> {
    return this.providers.findOrFail(manager, id);
  }

  /** Takes one place for an accepted referral; false when none is left or the provider is no longer authorised. */
  takePlace(manager: EntityManager, id: string): Promise<boolean> {
    return this.providers.takePlace(manager, id);
  }

  /** Gives back the place of a placement that ended by transfer. */
  releasePlace(manager: EntityManager, id: string): Promise<void> {
    return this.providers.releasePlace(manager, id);
  }
}
