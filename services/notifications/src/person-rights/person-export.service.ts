import { Injectable } from '@nestjs/common';
import type { PersonExportPart, PersonExportRequest, PersonExportSource } from '@nrm/service-kit';
import { DeadlineService } from '../deadline/deadline.service';
import { NotificationService } from '../notification/notification.service';

/**
 * The notifications part of a subject access export (identification assembles and audits the document): the staff
 * notifications that point at the person. A notification names its subject by NRM reference (and a referral,
 * identification or grant id), never by name or person id, so they are found by the person's reference. Who read
 * them is per staff member and stays out, as identification withholds its staff; so does who met a deadline.
 */
@Injectable()
export class PersonExportService implements PersonExportSource {
  constructor(
    private readonly notifications: NotificationService,
    private readonly deadlines: DeadlineService,
  ) {}

  async export({ personId, reference }: PersonExportRequest): Promise<PersonExportPart> {
    const notifications = await this.notifications.exportOfReference(reference);
    const deadlines = await this.deadlines.exportOfReference(reference);
    return { service: 'notifications', personId, data: { notifications, deadlines } };
  }
}
