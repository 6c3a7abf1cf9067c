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

export type ServiceProviderChangeKind = 'CREATED' | 'UPDATED' | 'AUTHORISED' | 'AUTHORISATION_REVOKED';

/** One change of the directory: who, when, what (directory data only). */
export interface ServiceProviderChange {
  id: string;
  providerId: string;
  change: ServiceProviderChangeKind;
  changedBy: string;
  changedByUsername: string;
  changedByAgencyId: string;
  changedByRole: string;
  changedAt: Date;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** The service_provider table: the directory and its places. */
@Injectable()
export class ServiceProviderRepository {
  constructor(private readonly dataSource: DataSource) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

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

  /** Takes a place beyond the total (an over-capacity agreement), only when none is free; false when one is free. */
  async takeOverCapacityPlace(manager: EntityManager, id: string): Promise<boolean> {
    const [, taken]: [unknown[], number] = await manager.query(
      `UPDATE referral.service_provider SET places_over_capacity = places_over_capacity + 1, updated_at = now()
       WHERE id = $1 AND authorised AND places_free = 0`,
      [id],
    );
    return taken === 1;
  }

  /**
   * Gives back the place a closed or transferred placement held: a place over capacity first (the provider returns
   * towards its total), else a free place, never above the provider's total.
   */
  async releasePlace(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE referral.service_provider SET
         places_free = CASE WHEN places_over_capacity > 0 THEN places_free ELSE LEAST(places_free + 1, places_total) END,
         places_over_capacity = GREATEST(places_over_capacity - 1, 0),
         updated_at = now()
       WHERE id = $1`,
      [id],
    );
  }

  /** With an exclusive lock until the caller's transaction ends: a directory change is decided alone. */
  findForChange(manager: EntityManager, id: string): Promise<ServiceProviderEntity | null> {
    return manager.findOne(ServiceProviderEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByAgencyId(manager: EntityManager, agencyId: string): Promise<ServiceProviderEntity | null> {
    return manager.findOne(ServiceProviderEntity, { where: { agencyId } });
  }

  /** A new provider, in the caller's transaction. */
  async insert(manager: EntityManager, provider: NewServiceProvider): Promise<void> {
    await manager.query(
      `INSERT INTO referral.service_provider (id, agency_id, agency_type, name, authorised, places_total, places_free, serves, services, region)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
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
  }

  /** Writes the directory fields of a provider locked by findForChange. */
  async saveDirectoryFields(
    manager: EntityManager,
    id: string,
    fields: Pick<ServiceProviderEntity, 'name' | 'region' | 'serves' | 'services' | 'placesTotal' | 'placesFree' | 'placesOverCapacity' | 'authorised'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE referral.service_provider SET name = $2, region = $3, serves = $4, services = $5, places_total = $6, places_free = $7,
         places_over_capacity = $8, authorised = $9, updated_at = now()
       WHERE id = $1`,
      [id, fields.name, fields.region, fields.serves, fields.services, fields.placesTotal, fields.placesFree, fields.placesOverCapacity, fields.authorised],
    );
  }

  /** One line of the directory's history (append-only for the service). */
  async insertChange(manager: EntityManager, change: ServiceProviderChange): Promise<void> {
    await manager.query(
      `INSERT INTO referral.service_provider_change
         (id, provider_id, change, changed_by, changed_by_username, changed_by_agency_id, changed_by_role, changed_at, reason, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        change.id,
        change.providerId,
        change.change,
        change.changedBy,
        change.changedByUsername,
        change.changedByAgencyId,
        change.changedByRole,
        change.changedAt,
        change.reason,
        change.before === null ? null : JSON.stringify(change.before),
        JSON.stringify(change.after),
      ],
    );
  }

  /** The provider's history, oldest first. */
  async changesOf(providerId: string): Promise<ServiceProviderChange[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT id, provider_id, change, changed_by, changed_by_username, changed_by_agency_id, changed_by_role, changed_at, reason, before, after
       FROM referral.service_provider_change WHERE provider_id = $1 ORDER BY changed_at, id`,
      [providerId],
    );
    return rows.map((row) => ({
      id: row['id'] as string,
      providerId: row['provider_id'] as string,
      change: row['change'] as ServiceProviderChangeKind,
      changedBy: row['changed_by'] as string,
      changedByUsername: row['changed_by_username'] as string,
      changedByAgencyId: row['changed_by_agency_id'] as string,
      changedByRole: row['changed_by_role'] as string,
      changedAt: row['changed_at'] as Date,
      reason: (row['reason'] as string | null) ?? null,
      before: (row['before'] as Record<string, unknown> | null) ?? null,
      after: row['after'] as Record<string, unknown>,
    }));
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
