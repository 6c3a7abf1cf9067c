import { Injectable } from '@nestjs/common';
import { AuditWriter, subjectAccessDisclosureEntry } from '@nrm/audit';
import { type PersonExportPart, type PersonExportRequest, type PersonExportSource, PersonExportTransactions } from '@nrm/service-kit';
import { ForeignNationalsService } from '../foreign-nationals/foreign-nationals.service';
import { FormalIdentificationService } from '../formal-identification/formal-identification.service';

/**
 * The formal-identification part of a subject access export (identification assembles and audits the document): the
 * person's formal identifications (status, dates, outcome, reasons), criminal reports, reflection periods and residence permits and their entries of this service's audit trail. The
 * requester and the group members are staff accounts and are withheld (the requesting agency stays), as
 * identification withholds its staff. The disclosure is a SUBJECT_ACCESS_DISCLOSURE entry of this service's chain
 * naming the person's request, appended last in the same transaction: it commits only with the answer.
 */
@Injectable()
export class PersonExportService implements PersonExportSource {
  constructor(
    private readonly exports: PersonExportTransactions,
    private readonly formalIdentifications: FormalIdentificationService,
    private readonly foreignNationals: ForeignNationalsService,
    private readonly audit: AuditWriter,
  ) {}

  export({ personId, subjectAccessRequestId, principal }: PersonExportRequest): Promise<PersonExportPart> {
    return this.exports.inTransaction(async (manager) => {
      const parts = await this.formalIdentifications.exportOfPerson(manager, personId);
      const foreign = await this.foreignNationals.exportOfPerson(manager, personId);
      const auditTrail = await this.exports.auditTrail(manager, personId);
      await this.audit.append(manager, subjectAccessDisclosureEntry(principal, personId, subjectAccessRequestId));
      return { service: 'formal-identification', personId, data: { ...parts, ...foreign, auditTrail } };
    });
  }
}
