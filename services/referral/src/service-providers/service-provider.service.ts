import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ServiceProviderFilter } from './dto/service-provider.filter';
import { ServiceProviderEntity } from './service-provider.entity';

@Injectable()
export class ServiceProviderService {
  constructor(private readonly dataSource: DataSource) {}

  /** The directory, filtered; ordered by name so the RA sees a stable list. */
  list(filter: ServiceProviderFilter): Promise<ServiceProviderEntity[]> {
    const query = this.dataSource.getRepository(ServiceProviderEntity).createQueryBuilder('sp').orderBy('sp.name', 'ASC').addOrderBy('sp.id', 'ASC');
    if (filter.serves?.length) query.andWhere('sp.serves @> CAST(:serves AS text[])', { serves: filter.serves });
    if (filter.region) query.andWhere('sp.region = :region', { region: filter.region });
    if (filter.authorisedOnly) query.andWhere('sp.authorised');
    if (filter.withPlacesFree) query.andWhere('sp.places_free > 0');
    return query.getMany();
  }

  findById(id: string): Promise<ServiceProviderEntity | null> {
    return this.dataSource.getRepository(ServiceProviderEntity).findOne({ where: { id } });
  }
}
