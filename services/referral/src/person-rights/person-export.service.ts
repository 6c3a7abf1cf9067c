import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { exportRows, type PersonExportPart, type PersonExportRequest, type PersonExportSource } from '@nrm/service-kit';

/**
 * The referral part of a subject access export (identification assembles and audits the document): the person's
 * referrals, each with its provider's name, and what this service projected about the person from identification
 * (routing facts only). The RA user who referred and the provider's staff member who answered are withheld (their
 * agencies stay), as identification withholds its staff. This service keeps no audit trail of its own.
 */
@Injectable()
export class PersonExportService implements PersonExportSource {
  constructor(private readonly dataSource: DataSource) {}

  export({ personId }: PersonExportRequest): Promise<PersonExportPart> {
    // One snapshot: the referrals and the projection read together.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [person] = await exportRows(manager, { table: 'referral.person_ref', where: 't.person_id = $1', params: [personId], orderBy: 't.person_id' });
      const referrals = await exportRows(manager, {
        table: `(SELECT r.*, p.name AS provider_name FROM referral.referral r JOIN referral.service_provider p ON p.id = r.provider_id)`,
        where: 't.person_id = $1',
        params: [personId],
        orderBy: 't.created_at, t.id',
        withheld: ['created_by', 'responded_by'],
      });
      return { service: 'referral', personId, data: { person: person ?? null, referrals } };
    });
  }
}
