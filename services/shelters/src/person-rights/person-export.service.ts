import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditWriter, personAuditEntriesForExport, subjectAccessDisclosureEntry } from '@nrm/audit';
import { exportRows, type PersonExportPart, type PersonExportRequest, type PersonExportSource } from '@nrm/service-kit';

/**
 * The shelters part of a subject access export (identification assembles the document): the person's cases, the
 * shelter records written about them (needs assessments) and their entries of this service's audit trail. The staff
 * member who wrote a record is withheld (the shelter stays), as identification withholds its staff. The disclosure is
 * a SUBJECT_ACCESS_DISCLOSURE entry of this service's chain naming the person's request, appended last in the same
 * transaction: it commits only with the answer.
 */
@Injectable()
export class PersonExportService implements PersonExportSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  export({ personId, subjectAccessRequestId, principal }: PersonExportRequest): Promise<PersonExportPart> {
    return this.dataSource.transaction(async (manager) => {
      const data = {
        cases: await exportRows(manager, { table: 'shelters.shelter_case', where: 't.person_id = $1', params: [personId], orderBy: 't.opened_at, t.id' }),
        needsAssessments: await exportRows(manager, {
          table: 'shelters.needs_assessment',
          where: 't.person_id = $1',
          params: [personId],
          orderBy: 't.recorded_at, t.id',
          withheld: ['recorded_by'],
        }),
        auditTrail: await personAuditEntriesForExport(manager, 'shelters', personId),
      };
      await this.audit.append(manager, subjectAccessDisclosureEntry(principal, personId, subjectAccessRequestId));
      return { service: 'shelters', personId, data };
    });
  }
}
