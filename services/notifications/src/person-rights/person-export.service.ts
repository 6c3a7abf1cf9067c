import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { exportRows, type PersonExportPart, type PersonExportRequest, type PersonExportSource } from '@nrm/service-kit';

/**
 * The notifications part of a subject access export (identification assembles and audits the document): the staff
 * notifications that point at the person. A notification names its subject by NRM reference (and a referral,
 * identification or grant id), never by name or person id, so they are found by the person's reference. Who read
 * them is per staff member and stays out, as identification withholds its staff.
 */
@Injectable()
export class PersonExportService implements PersonExportSource {
  constructor(private readonly dataSource: DataSource) {}

  async export({ personId, reference }: PersonExportRequest): Promise<PersonExportPart> {
    const notifications = await exportRows(this.dataSource.manager, {
      table: 'notifications.notification',
      where: 't.subject_ref = $1',
      params: [reference],
      orderBy: 't.created_at, t.id',
    });
    return { service: 'notifications', personId, data: { notifications } };
  }
}
