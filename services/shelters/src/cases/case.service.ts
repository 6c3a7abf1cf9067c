import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '@nrm/auth';
import { type Connection, decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@nrm/graphql';
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
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const query = this.visibleQuery(principal).orderBy('c.opened_at', 'DESC').addOrderBy('c.id', 'DESC').limit(first + 1);
    const cursor = decodeCursor(args.after);
    if (cursor) query.andWhere('(c.opened_at, c.id) < (:at, :cursorId)', { at: cursor.at, cursorId: cursor.id });
    if (args.filter?.status) query.andWhere('c.status = :status', { status: args.filter.status });
    const rows = await query.getMany();
    return toConnection(rows, first, (row) => ({ at: row.openedAt.toISOString(), id: row.id }));
  }

  /** Shelter staff see the cases of their own shelter only. */
  private visibleQuery(principal: Principal): SelectQueryBuilder<ShelterCaseEntity> {
    return this.dataSource
      .getRepository(ShelterCaseEntity)
      .createQueryBuilder('c')
      .where('c.provider_agency_id = :agency', { agency: principal.agencyId });
  }
}
