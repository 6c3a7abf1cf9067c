import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditWriter, personAuditEntriesForExport, subjectAccessDisclosureEntry } from '@nrm/audit';
import { exportRows, type PersonExportPart, type PersonExportRequest, type PersonExportSource } from '@nrm/service-kit';

/**
 * The formal-identification part of a subject access export (identification assembles and audits the document): the
 * person's formal identifications (status, dates, outcome) and their entries of this service's audit trail. The
 * requester and the group members are staff accounts and are withheld (the requesting agency stays), as
 * identification withholds its staff. The disclosure is a SUBJECT_ACCESS_DISCLOSURE entry of this service's chain
 * naming the person's request, appended last in the same transaction: it commits only with the answer.
 */
@Injectable()
export class PersonExportService implements PersonExportSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  export({ personId, subjectAccessRequestId, principal }: PersonExportRequest): Promise<PersonExportPart> {
    return this.dataSource.transaction(async (manager) => {
      const formalIdentifications = await exportRows(manager, {
        table: 'formal_identification.formal_identification',
        where: 't.person_id = $1',
        params: [personId],
        orderBy: 't.requested_at, t.id',
        withheld: ['requested_by', 'police_member_id', 'social_member_id'],
      });
      const auditTrail = await personAuditEntriesForExport(manager, 'formal_identification', personId);
      await this.audit.append(manager, subjectAccessDisclosureEntry(principal, personId, subjectAccessRequestId));
      return { service: 'formal-identification', personId, data: { formalIdentifications, auditTrail } };
    });
  }
}
