import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { exportRows, type PersonExportPart, type PersonExportRequest, type PersonExportSource } from '@nrm/service-kit';

/**
 * The formal-identification part of a subject access export (identification assembles and audits the document): the
 * person's formal identifications (status, dates, outcome). The requester and the group members are staff accounts
 * and are withheld (the requesting agency stays), as identification withholds its staff.
 */
@Injectable()
export class PersonExportService implements PersonExportSource {
  constructor(private readonly dataSource: DataSource) {}

  async export({ personId }: PersonExportRequest): Promise<PersonExportPart> {
    const formalIdentifications = await exportRows(this.dataSource.manager, {
      table: 'formal_identification.formal_identification',
      where: 't.person_id = $1',
      params: [personId],
      orderBy: 't.requested_at, t.id',
      withheld: ['requested_by', 'police_member_id', 'social_member_id'],
    });
    return { service: 'formal-identification', personId, data: { formalIdentifications } };
  }
}
