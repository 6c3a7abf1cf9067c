import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { exportRows } from '@nrm/service-kit';
import { FormalIdentificationEntity } from './formal-identification.entity';

/** The persons this service holds a formal identification of (the audit chain's known persons, `$1` = person id). */
export function knownPersonsQuery(schema: string): string {
  return `SELECT 1 FROM "${schema}".formal_identification WHERE person_id = $1 LIMIT 1`;
}

/** The formal_identification table. */
@Injectable()
export class FormalIdentificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The person's formal identifications, newest first; only those a group member sits in when `memberSubject` is set. */
  listOfPerson(personId: string, memberSubject: string | null): Promise<FormalIdentificationEntity[]> {
    const query = this.dataSource
      .getRepository(FormalIdentificationEntity)
      .createQueryBuilder('fi')
      .where('fi.person_id = :personId', { personId })
      .orderBy('fi.requested_at', 'DESC')
      .addOrderBy('fi.id', 'DESC');
    if (memberSubject !== null) {
      query.andWhere('(fi.police_member_id = :subject OR fi.social_member_id = :subject)', { subject: memberSubject });
    }
    return query.getMany();
  }

  /** The person's rows for a subject access export, in the caller's transaction; staff accounts withheld. */
  rowsForExport(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(manager, {
      table: 'formal_identification.formal_identification',
      where: 't.person_id = $1',
      params: [personId],
      orderBy: 't.requested_at, t.id',
      withheld: ['requested_by', 'police_member_id', 'social_member_id'],
    });
  }
}
