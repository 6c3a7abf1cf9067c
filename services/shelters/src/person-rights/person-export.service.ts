import { Injectable } from '@nestjs/common';
import { AuditWriter, subjectAccessDisclosureEntry } from '@nrm/audit';
import { type PersonExportPart, type PersonExportRequest, type PersonExportSource, PersonExportTransactions } from '@nrm/service-kit';
import { CaseService } from '../cases/case.service';
import { ComplaintService } from '../complaints/complaint.service';
import { MonitoringService } from '../monitoring/monitoring.service';
import { NeedsAssessmentService } from '../records/needs-assessment.service';
import { ReintegrationPlanService } from '../reintegration/reintegration-plan.service';

/**
 * The shelters part of a subject access export (identification assembles the document): the person's cases, the
 * shelter records written about them (needs assessments, reintegration plans, monitoring contacts, complaints) and their entries of this service's audit trail. The staff
 * member who wrote a record is withheld (the shelter stays), as identification withholds its staff. The disclosure is
 * a SUBJECT_ACCESS_DISCLOSURE entry of this service's chain naming the person's request, appended last in the same
 * transaction: it commits only with the answer.
 */
@Injectable()
export class PersonExportService implements PersonExportSource {
  constructor(
    private readonly exports: PersonExportTransactions,
    private readonly cases: CaseService,
    private readonly assessments: NeedsAssessmentService,
    private readonly audit: AuditWriter,
    private readonly plans: ReintegrationPlanService,
    private readonly monitoring: MonitoringService,
    private readonly complaints: ComplaintService,
  ) {}

  export({ personId, subjectAccessRequestId, principal }: PersonExportRequest): Promise<PersonExportPart> {
    return this.exports.inTransaction(async (manager) => {
      const data = {
        cases: await this.cases.exportOfPerson(manager, personId),
        needsAssessments: await this.assessments.exportOfPerson(manager, personId),
        reintegrationPlans: await this.plans.exportOfPerson(manager, personId),
        monitoringContacts: await this.monitoring.exportOfPerson(manager, personId),
        complaints: await this.complaints.exportOfPerson(manager, personId),
        auditTrail: await this.exports.auditTrail(manager, personId),
      };
      await this.audit.append(manager, subjectAccessDisclosureEntry(principal, personId, subjectAccessRequestId));
      return { service: 'shelters', personId, data };
    });
  }
}
