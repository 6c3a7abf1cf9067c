import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ServiceProviderFilter } from './dto/service-provider.filter';
import { ServiceProviderEntity } from './service-provider.entity';

/** A directory entry to insert (the demo seed). */
interface NewServiceProvider {
  id: string;
  agencyId: string;
  agencyType: string;
  name: string;
  authorised: boolean;
  placesTotal: number;
  placesFree: number;
  serves: readonly string[];
  services: readonly string[];
  region: string;
}

/** The service_provider table: the directory and its places. */
@Injectable()
export class ServiceProviderRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Ordered by name, then id. */
  list(filter: ServiceProviderFilter): Promise<ServiceProviderEntity[]> {
    const query = this.dataSource.getRepository(ServiceProviderEntity).createQueryBuilder('sp').orderBy('sp.name', 'ASC').addOrderBy('sp.id', 'ASC');
    if (filter.serves?.length) query.andWhere('sp.serves @> CAST(:serves AS text[])', { serves: filter.serves });
    if (filter.region) query.andWhere('sp.region = :region', { region: filter.region });
    if (filter.authorisedOnly) query.andWhere('sp.authorised');
    if (filter.withPlacesFree) query.andWhere('sp.places_free > 0');
    return query.getMany();
  }

  /** In the caller's transaction when given one. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ServiceProviderEntity | null> {
    return manager.findOne(ServiceProviderEntity, { where: { id } });
  }

  /** With a shared lock until the caller's transaction ends. */
  findLocked(manager: EntityManager, id: string): Promise<ServiceProviderEntity | null> {
    return manager.findOne(ServiceProviderEntity, { where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  findOrFail(manager: EntityManager, id: string): Promise<ServiceProviderEntity> {
    return manager.findOneOrFail(ServiceProviderEntity, { where: { id } });
  }

  /** Takes one free place of an authorised provider, atomically; false when there was none to take. */
  async takePlace(manager: EntityManager, id: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, taken]: [unknown[], number] = await manager.query(
      `UPDATE referral.service_provider SET places_free = places_free - 1, updated_at = now()
       WHERE id = $1 AND authorised AND places_free > 0`,
      [id],
    );
    return taken === 1;
  }

  /** Gives back the place a closed or transferred placement held, never above the provider's total. */
  async releasePlace(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE referral.service_provider SET places_free = LEAST(places_free + 1, places_total), updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** Inserts the providers that are missing, in one transaction; never changes one that exists. */
  async insertMissing(providers: readonly NewServiceProvider[]): Promise<number> {
    let inserted = 0;
    await this.dataSource.transaction(async (manager) => {
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
}
