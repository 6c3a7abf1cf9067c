import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditWriter, personAuditEntriesForExport, subjectAccessDisclosureEntry } from '@nrm/audit';
import { exportRows, type PersonExportPart, type PersonExportRequest, type PersonExportSource } from '@nrm/service-kit';

/**
 * The referral part of a subject access export (identification assembles and audits the document): the person's
 * referrals, each with its provider's name, and what this service projected about the person from identification
 * (routing facts only), and their entries of this service's audit trail. The RA user who referred and the provider's
 * staff member who answered are withheld (their agencies stay), as identification withholds its staff. The disclosure
 * is a SUBJECT_ACCESS_DISCLOSURE entry of this service's chain naming the person's request, written before the part
 * is answered: a part whose entry cannot be written is not answered.
 */
@Injectable()
export class PersonExportService implements PersonExportSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async export({ personId, subjectAccessRequestId, principal }: PersonExportRequest): Promise<PersonExportPart> {
    // One snapshot: the referrals, the projection and the trail read together (the chain appends only under READ COMMITTED, so after it).
    const part = await this.dataSource.transaction('REPEATABLE READ', async (manager): Promise<PersonExportPart> => {
      const [person] = await exportRows(manager, { table: 'referral.person_ref', where: 't.person_id = $1', params: [personId], orderBy: 't.person_id' });
      const referrals = await exportRows(manager, {
        table: `(SELECT r.*, p.name AS provider_name FROM referral.referral r JOIN referral.service_provider p ON p.id = r.provider_id)`,
        where: 't.person_id = $1',
        params: [personId],
        orderBy: 't.created_at, t.id',
        withheld: ['created_by', 'responded_by'],
      });
      const auditTrail = await personAuditEntriesForExport(manager, 'referral', personId);
      return { service: 'referral', personId, data: { person: person ?? null, referrals, auditTrail } };
    });
    await this.audit.appendNow([
      subjectAccessDisclosureEntry(principal, personId, subjectAccessRequestId),
    ]);
    return part;
  }
}
