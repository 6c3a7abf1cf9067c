import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventHandlers } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';
import { CaseService } from '../cases/case.service';
import { CaseTrackService } from '../cases/case-track.service';
import { ComplaintService } from '../complaints/complaint.service';
import { MonitoringService } from '../monitoring/monitoring.service';
import { PersonLinkService } from '../person-links/person-link.service';
import { NeedsAssessmentService } from '../records/needs-assessment.service';
import { ReintegrationPlanService } from '../reintegration/reintegration-plan.service';

/** What this service does on the events it consumes, each inside the inbox transaction of the event. */
@Injectable()
export class ShelterEventHandlers implements EventHandlerSet {
  constructor(
    private readonly cases: CaseService,
    private readonly track: CaseTrackService,
    private readonly assessments: NeedsAssessmentService,
    private readonly links: PersonLinkService,
    private readonly plans: ReintegrationPlanService,
    private readonly monitoring: MonitoringService,
    private readonly complaints: ComplaintService,
  ) {}

  handlers(): EventHandlers {
    return {
      'referral.accepted': (event, manager) => this.openCase(event, manager),
      // The person's transfer to another provider was accepted: the old provider's case closes as CLOSED_REFERRED.
      'referral.closed': (event, manager) => this.track.closeTransferred(event, manager),
      'person.erased': (event, manager) => this.erasePerson(event, manager),
      'person.linked': (event, manager) => this.links.recordLink(event, manager),
    };
  }

  /** A shelter accepted a referral: its case opens (docs/domain.md §2 step 3). */
  openCase(event: EventEnvelope<'referral.accepted'>, manager: EntityManager): Promise<void> {
    return this.cases.openForAcceptedReferral(event, manager);
  }

  /**
   * The person's data was erased on request (docs/person-rights.md, "Legal holds and erasure"). The cases stay, marked
   * erased; the needs assessments, plans, monitoring contacts and complaints lose what describes the person. Idempotent
   * on redelivery.
   */
  async erasePerson(event: EventEnvelope<'person.erased'>, manager: EntityManager): Promise<void> {
    await this.cases.recordPersonErased(manager, event.payload.personId, event.occurredAt);
    await this.assessments.erasePerson(manager, event.payload.personId);
    await this.plans.erasePerson(manager, event.payload.personId);
    await this.monitoring.erasePerson(manager, event.payload.personId);
    await this.complaints.erasePerson(manager, event.payload.personId);
  }
}
