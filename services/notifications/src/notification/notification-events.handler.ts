import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventHandlers } from '@nrm/events';
import type { Logger } from '@nrm/logging';
import { type EventHandlerSet, LOGGER } from '@nrm/service-kit';
import { DeadlinePlanner } from '../deadline/deadline-planner';
import { DeadlineService } from '../deadline/deadline.service';
import { EmailWakeup } from '../email-wakeup/email-wakeup';
import { NotificationService } from './notification.service';
import { type NotificationDraft, NotificationRouting } from './notification-routing';
import { onPersonErased } from './person-erased.handler';

/** Turns workflow events into notifications and opens or stops deadlines, inside the inbox transaction of each event. */
@Injectable()
export class NotificationEventHandlers implements EventHandlerSet {
  constructor(
    private readonly routing: NotificationRouting,
    private readonly notifications: NotificationService,
    private readonly planner: DeadlinePlanner,
    private readonly deadlines: DeadlineService,
    private readonly mail: EmailWakeup,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): EventHandlers {
    return {
      'identification.submitted': async (event, manager) => {
        const drafts = this.routing.identificationSubmitted(event);
        if (event.payload.isChild && !this.routing.childProtectionUnitFor(event.payload)?.ofRegion) {
          // A directory gap, not a person's data: the region code tells operators which unit to add.
          this.logger.warn({ eventId: event.id, correlationId: event.correlationId, region: event.payload.region }, 'no child protection unit of its own for region');
        }
        await this.deadlines.open(manager, this.planner.identificationSubmitted(event));
        return this.deliver(manager, event, drafts);
      },
      'identification.age-verified': (event, manager) => this.deliver(manager, event, this.routing.ageVerified(event)),
      'identification.interview-recorded': (event, manager) => this.deliver(manager, event, this.routing.interviewRecorded(event)),
      'referral.created': async (event, manager) => {
        const opening = this.planner.referralCreated(event);
        await this.deadlines.open(manager, opening);
        await this.deadlines.meetAcknowledgementByReferral(manager, event.payload.reference, opening.openedAt);
        return this.deliver(manager, event, this.routing.referralCreated(event));
      },
      'referral.accepted': async (event, manager) => {
        await this.deadlines.close(manager, this.planner.referralAnswered(event));
        return this.deliver(manager, event, this.routing.referralAccepted(event));
      },
      'referral.declined': async (event, manager) => {
        await this.deadlines.close(manager, this.planner.referralAnswered(event));
        return this.deliver(manager, event, this.routing.referralDeclined(event));
      },
      'referral.withdrawn': async (event, manager) => {
        await this.deadlines.close(manager, this.planner.referralEnded(event));
        return this.deliver(manager, event, this.routing.referralWithdrawn(event));
      },
      'referral.closed': async (event, manager) => {
        await this.deadlines.close(manager, this.planner.referralEnded(event));
        return this.deliver(manager, event, this.routing.referralClosed(event));
      },
      'case.admitted': async (event, manager) => {
        await this.deadlines.open(manager, this.planner.caseAdmitted(event));
        await this.deadlines.caseOpened(manager, event.payload);
        return this.deliver(manager, event, this.routing.caseAdmitted(event));
      },
      'assessment.recorded': async (event, manager) => {
        const met = this.planner.assessmentRecorded(event);
        if (met) await this.deadlines.close(manager, met);
      },
      'formal_identification.requested': async (event, manager) => {
        await this.deadlines.open(manager, this.planner.formalIdentificationRequested(event));
      },
      'consent.withdrawn': (event, manager) => this.deliver(manager, event, this.routing.consentWithdrawn(event)),
      'formal_identification.convened': async (event, manager) => {
        await this.deadlines.close(manager, this.planner.formalIdentificationConvened(event));
        return this.deliver(manager, event, this.routing.formalIdentificationConvened(event));
      },
      'formal_identification.concluded': (event, manager) => this.deliver(manager, event, this.routing.formalIdentificationConcluded(event)),
      'criminal_report.recorded': (event, manager) => this.deliver(manager, event, this.routing.criminalReportRecorded(event)),
      'reflection_period.started': async (event, manager) => {
        await this.deadlines.open(manager, this.planner.reflectionPeriodStarted(event));
        return this.deliver(manager, event, this.routing.reflectionPeriodStarted(event));
      },
      'residence_permit.recorded': async (event, manager) => {
        await this.deadlines.open(manager, this.planner.residencePermitRecorded(event));
        return this.deliver(manager, event, this.routing.residencePermitRecorded(event));
      },
      'assessment.urgent_finding': (event, manager) => this.deliver(manager, event, this.routing.urgentFinding(event)),
      'person.erased': (event) => onPersonErased(event),
      'case.closed': (event, manager) => this.deadlines.caseClosed(manager, event.payload.caseId, this.planner.caseClosed(event)),
      'monitoring_contact.recorded': async (event, manager) => {
        const { met, next } = this.planner.monitoringContactRecorded(event);
        await this.deadlines.closeOfCase(manager, met);
        if (next) await this.deadlines.open(manager, next);
      },
      'case.phase_moved': async (event, manager) => {
        const retiming = this.planner.casePhaseMoved(event);
        if (retiming) await this.deadlines.retimeOfCase(manager, retiming);
      },
      'reintegration_plan.signed': async (event, manager) => {
        const { met, reviews } = this.planner.planSigned(event);
        await this.deadlines.closeOfCase(manager, met);
        for (const review of reviews) await this.deadlines.open(manager, review);
      },
      'legal_basis_override.granted': async (event, manager) => {
        await this.deadlines.open(manager, this.planner.overrideGranted(event));
      },
      'legal_basis_override.reviewed': async (event, manager) => {
        await this.deadlines.close(manager, this.planner.overrideReviewed(event));
      },
    };
  }

  private async deliver(manager: EntityManager, event: EventEnvelope, drafts: NotificationDraft[]): Promise<void> {
    const created = await this.notifications.create(manager, drafts);
    // Each new notification waits to be mailed (email_state PENDING, in this transaction); the worker is told to look.
    if (created > 0) this.mail.wake();
    this.logger.debug({ eventId: event.id, eventType: event.type, audiences: drafts.length, created }, 'notifications created');
  }
}
