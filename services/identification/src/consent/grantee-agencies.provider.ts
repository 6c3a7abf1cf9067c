import { Injectable, type Provider } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AgencyType } from '@nrm/domain';
import { DirectoryService } from '../directory/directory.service';
import { GranteeAgencies } from './grantee-agencies';

/** Grantees are agencies of the directory (copied from the identity provider); an inactive or unknown one is null. */
@Injectable()
class DirectoryGranteeAgencies extends GranteeAgencies {
  constructor(private readonly directory: DirectoryService) {
    super();
  }

  async typeOf(agencyId: string, manager?: EntityManager): Promise<AgencyType | null> {
    return (await this.directory.findAgency(agencyId, manager))?.type ?? null;
  }
}

export const granteeAgenciesProvider: Provider = { provide: GranteeAgencies, useClass: DirectoryGranteeAgencies };
