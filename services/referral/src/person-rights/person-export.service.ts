import { Injectable } from '@nestjs/common';
import { AuditWriter, subjectAccessDisclosureEntry } from '@nrm/audit';
import type { PersonExportPart, PersonExportRequest, PersonExportSource } from '@nrm/service-kit';
import { PersonRefService } from '../persons/person-ref.service';
import { ReferralService } from '../referrals/referral.service';
import { PersonExportRepository } from './person-export.repository';

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
    private readonly exports: PersonExportRepository,
    private readonly persons: PersonRefService,
    private readonly referrals: ReferralService,
    private readonly audit: AuditWriter,
  ) {}

  async export({ personId, subjectAccessRequestId, principal }: PersonExportRequest): Promise<PersonExportPart> {
    // One snapshot: the referrals, the projection and the trail read together (the chain appends only under READ COMMITTED, so after it).
    const part = await this.exports.snapshot(async (manager): Promise<PersonExportPart> => {
      const person = await this.persons.exportOfPerson(manager, personId);
      const referrals = await this.referrals.exportOfPerson(manager, personId);
      const auditTrail = await this.exports.auditTrail(manager, personId);
      return { service: 'referral', personId, data: { person, referrals, auditTrail } };
    });
    await this.audit.appendNow([
      subjectAccessDisclosureEntry(principal, personId, subjectAccessRequestId),
    ]);
    return part;
  }
}
