import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { keysetPage } from '@nrm/database';
import type { Principal } from '@nrm/auth';
import type { Connection } from '@nrm/graphql';
import type { CasesArgs } from './dto/cases.args';
import { ShelterCaseEntity } from './shelter-case.entity';
import { ShelterException, ShelterExceptionCode } from './shelter.exception';

@Injectable()
export class CaseService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A case of the caller's own shelter. Another shelter's case and an unknown id get the same FORBIDDEN: no reader sees
   * every case, and telling them apart would say that the person is in some shelter.
   */
  async findVisible(id: string, principal: Principal): Promise<ShelterCaseEntity> {
    const found = await this.visibleQuery(principal).andWhere('c.id = :id', { id }).getOne();
    if (found) return found;
    throw new ShelterException(ShelterExceptionCode.NOT_VISIBLE, 'Not allowed to see this case');
  }

  async list(args: CasesArgs, principal: Principal): Promise<Connection<ShelterCaseEntity>> {
    const query = this.visibleQuery(principal);
    if (args.filter?.status) query.andWhere('c.status = :status', { status: args.filter.status });
    return keysetPage(query, { first: args.first, after: args.after, atColumn: 'c.opened_at', idColumn: 'c.id', atOf: (row) => row.openedAt, idOf: (row) => row.id });
  }

  /** Shelter staff see the cases of their own shelter only. */
  private visibleQuery(principal: Principal): SelectQueryBuilder<ShelterCaseEntity> {
    return this.dataSource
      .getRepository(ShelterCaseEntity)
      .createQueryBuilder('c')
      .where('c.provider_agency_id = :agency', { agency: principal.agencyId });
  }
}
