import { addHours } from 'date-fns/addHours';
import { isRole, RESPONSIBLE_AUTHORITY_ROLES, Role, TeamFunction } from '@nrm/domain';
import type { EventEnvelope } from '@nrm/events';
import type { NotificationsConfig } from '../config';
import { NotificationKind } from './notification-kind';
import { NotificationUrgency } from './notification-urgency';

/** A notification to create, addressed to an audience; copies only references and ids out of the event. */
export interface NotificationDraft {
  kind: NotificationKind;
  subjectRef: string;
  subjectId: string;
  /** Null: every agency. */
  audienceAgencyId: string | null;
  audienceRoles: readonly Role[];
  /**
   * Also the members of the audience agency who hold this team function in the directory, whatever their role
   * (docs/domain.md §2 step 4); absent or null: the roles alone.
   */
  audienceTeamFunction?: TeamFunction | null;
  dueAt: Date | null;
  sourceEventId: string;
  /** A child or an urgent referral: said in the e-mail, and mailed whatever the preferences. */
  urgency?: NotificationUrgency | null;
}

export type RoutingPolicy = Pick<
  NotificationsConfig,
  | 'RESPONSIBLE_AUTHORITY_AGENCY_ID'
  | 'CHILD_PROTECTION_UNITS'
  | 'RA_ACKNOWLEDGE_HOURS'
  | 'REFERRAL_RESPONSE_HOURS'
  | 'URGENT_REFERRAL_RESPONSE_HOURS'
>;

/** Who is told what, and by when they must act (docs/domain.md §2 and §4). Pure: no I/O, no clock. */
export class NotificationRouting {
  constructor(private readonly policy: RoutingPolicy) {}

  /** The RA at once, with its acknowledgement deadline; for a child, also the child protection unit of the region. */
  identificationSubmitted(event: EventEnvelope<'identification.submitted'>): NotificationDraft[] {
    const { payload } = event;
    const kind = payload.anonymous ? NotificationKind.ANONYMOUS_IDENTIFICATION : NotificationKind.NEW_IDENTIFICATION;
    const about = {
      kind,
      subjectRef: payload.reference,
      subjectId: payload.identificationId,
      sourceEventId: event.id,
      ...(payload.isChild ? { urgency: NotificationUrgency.CHILD } : {}),
    };
    const drafts: NotificationDraft[] = [
      {
        ...about,
        audienceAgencyId: this.policy.RESPONSIBLE_AUTHORITY_AGENCY_ID,
        audienceRoles: RESPONSIBLE_AUTHORITY_ROLES,
        dueAt: addHours(occurredAt(event), this.policy.RA_ACKNOWLEDGE_HOURS),
      },
    ];
    const unit = payload.isChild ? this.childProtectionUnitFor(payload) : undefined;
    if (unit) {
      // The acknowledgement clock is the RA's; the unit is told so it can take part, with no deadline of its own yet.
      drafts.push({ ...about, audienceAgencyId: unit.agencyId, audienceRoles: [Role.CHILD_PROTECTION_WORKER], dueAt: null });
    }
    if (payload.isChild && !unit?.ofRegion) {
      // A child whose region has no unit of its own: the RA sees to it that someone local takes the child's part.
      drafts.push({
        ...about,
        kind: NotificationKind.CHILD_REGION_WITHOUT_UNIT,
        audienceAgencyId: this.policy.RESPONSIBLE_AUTHORITY_AGENCY_ID,
        audienceRoles: RESPONSIBLE_AUTHORITY_ROLES,
        dueAt: null,
      });
    }
    return drafts;
  }

  /**
   * The child protection unit of the person's area, whichever way the age was verified: it leaves a verified adult's
   * case, or takes part in a verified child's (docs/domain.md, "Age and the presumption of childhood").
   */
  ageVerified(event: EventEnvelope<'identification.age-verified'>): NotificationDraft[] {
    const { payload } = event;
    return [
      {
        kind: NotificationKind.AGE_VERIFIED,
        subjectRef: payload.reference,
        subjectId: payload.verificationId,
        audienceAgencyId: payload.childProtectionUnit.agencyId,
        audienceRoles: [Role.CHILD_PROTECTION_WORKER],
        dueAt: null,
        sourceEventId: event.id,
      },
    ];
  }

  /** The RA, who may now refer the person; for a child, also the unit (docs/domain.md, "An interview later"). */
  interviewRecorded(event: EventEnvelope<'identification.interview-recorded'>): NotificationDraft[] {
    const { payload } = event;
    const about = {
      kind: NotificationKind.INTERVIEW_RECORDED,
      subjectRef: payload.reference,
      subjectId: payload.identificationId,
      dueAt: null,
      sourceEventId: event.id,
      ...(payload.isChild ? { urgency: NotificationUrgency.CHILD } : {}),
    };
    const drafts: NotificationDraft[] = [
      { ...about, audienceAgencyId: this.policy.RESPONSIBLE_AUTHORITY_AGENCY_ID, audienceRoles: RESPONSIBLE_AUTHORITY_ROLES },
    ];
    if (payload.isChild && payload.childProtectionUnit) {
      drafts.push({ ...about, audienceAgencyId: payload.childProtectionUnit.agencyId, audienceRoles: [Role.CHILD_PROTECTION_WORKER] });
    }
    return drafts;
  }

  /** The provider's case managers, who must answer within the (urgent) response time. */
  referralCreated(event: EventEnvelope<'referral.created'>): NotificationDraft[] {
    const { payload } = event;
    const hours = payload.urgent ? this.policy.URGENT_REFERRAL_RESPONSE_HOURS : this.policy.REFERRAL_RESPONSE_HOURS;
    return [
      {
        kind: NotificationKind.REFERRAL_RECEIVED,
        subjectRef: payload.reference,
        subjectId: payload.referralId,
        audienceAgencyId: payload.providerAgencyId,
        audienceRoles: [Role.CASE_MANAGER],
        dueAt: addHours(occurredAt(event), hours),
        sourceEventId: event.id,
        ...(payload.urgent ? { urgency: NotificationUrgency.URGENT_REFERRAL } : {}),
      },
    ];
  }

  referralAccepted(event: EventEnvelope<'referral.accepted'>): NotificationDraft[] {
    return [this.toResponsibleAuthority(NotificationKind.REFERRAL_ACCEPTED, event)];
  }

  /** The RA re-routes a declined referral. */
  referralDeclined(event: EventEnvelope<'referral.declined'>): NotificationDraft[] {
    return [this.toResponsibleAuthority(NotificationKind.REFERRAL_DECLINED, event)];
  }

  /** The provider's case managers: the referral they had not answered is withdrawn. */
  referralWithdrawn(event: EventEnvelope<'referral.withdrawn'>): NotificationDraft[] {
    return [this.toProvider(NotificationKind.REFERRAL_WITHDRAWN, event)];
  }

  /**
   * The old provider's case managers: the person's transfer elsewhere was accepted. A placement that ended because the
   * provider closed the case itself (CASE_CLOSED) tells nobody: the shelter did it, and the RA sees the referral closed.
   */
  referralClosed(event: EventEnvelope<'referral.closed'>): NotificationDraft[] {
    if (event.payload.reason !== 'TRANSFERRED') return [];
    return [this.toProvider(NotificationKind.PLACEMENT_TRANSFERRED, event)];
  }

  /** The shelter's case managers: the admitted person's needs assessment is due (docs/domain.md §2 step 4). */
  caseAdmitted(event: EventEnvelope<'case.admitted'>): NotificationDraft[] {
    const dueAt = new Date(event.payload.assessmentsDueAt);
    if (Number.isNaN(dueAt.getTime())) throw new Error(`event ${event.id} has an invalid assessmentsDueAt`);
    return [
      {
        kind: NotificationKind.NEEDS_ASSESSMENT_DUE,
        subjectRef: event.payload.reference,
        subjectId: event.payload.caseId,
        audienceAgencyId: event.payload.providerAgencyId,
        audienceRoles: [Role.CASE_MANAGER],
        dueAt,
        sourceEventId: event.id,
      },
    ];
  }

  /**
   * The grantee's case managers, told by reference only; the grant id lets the portal show which consent ended. For a
   * grant to an agency type: the case managers of each agency of the type with a live referral of the person.
   */
  consentWithdrawn(event: EventEnvelope<'consent.withdrawn'>): NotificationDraft[] {
    const { payload } = event;
    const audiences = payload.granteeAgencyId ? [payload.granteeAgencyId] : (payload.liveReferralAgencyIds ?? []);
    return audiences.map((audienceAgencyId) => ({
      kind: NotificationKind.CONSENT_WITHDRAWN,
      subjectRef: payload.reference,
      subjectId: payload.grantId,
      audienceAgencyId,
      audienceRoles: [Role.CASE_MANAGER],
      dueAt: null,
      sourceEventId: event.id,
    }));
  }

  /**
   * Each member of the convened group, addressed as their agency and their role in the group (never their account);
   * dueAt is the scheduled interview.
   */
  formalIdentificationConvened(event: EventEnvelope<'formal_identification.convened'>): NotificationDraft[] {
    const { payload } = event;
    return payload.members
      .filter((member) => isRole(member.role))
      .map((member) => ({
        kind: NotificationKind.FORMAL_ID_GROUP_SCHEDULED,
        subjectRef: payload.reference,
        subjectId: payload.formalIdentificationId,
        audienceAgencyId: member.agencyId,
        audienceRoles: [member.role as Role],
        dueAt: new Date(payload.scheduledAt),
        sourceEventId: event.id,
      }));
  }

  /** The RA, told of the conclusion (the outcome itself is read in the portal, not carried in the notification). */
  formalIdentificationConcluded(event: EventEnvelope<'formal_identification.concluded'>): NotificationDraft[] {
    return [this.raAbout(NotificationKind.FORMAL_ID_CONCLUDED, event, event.payload.reference, event.payload.formalIdentificationId, null)];
  }

  criminalReportRecorded(event: EventEnvelope<'criminal_report.recorded'>): NotificationDraft[] {
    return [this.raAbout(NotificationKind.CRIMINAL_REPORT_RECORDED, event, event.payload.reference, event.payload.criminalReportId, null)];
  }

  reflectionPeriodStarted(event: EventEnvelope<'reflection_period.started'>): NotificationDraft[] {
    const { payload } = event;
    return [this.raAbout(NotificationKind.REFLECTION_PERIOD_STARTED, event, payload.reference, payload.reflectionPeriodId, new Date(payload.endsAt))];
  }

  residencePermitRecorded(event: EventEnvelope<'residence_permit.recorded'>): NotificationDraft[] {
    const { payload } = event;
    return [this.raAbout(NotificationKind.RESIDENCE_PERMIT_RECORDED, event, payload.reference, payload.residencePermitId, new Date(payload.expiresAt))];
  }

  /**
   * Suicide risk or self-harm found in a needs assessment: at once, the case managers of the case's shelter and its
   * members whose team function is psychologist (docs/domain.md §2 step 4, "Urgent findings"). One notification
   * addressed to both, due the moment the finding was recorded.
   */
  urgentFinding(event: EventEnvelope<'assessment.urgent_finding'>): NotificationDraft[] {
    const { payload } = event;
    return [
      {
        kind: NotificationKind.URGENT_SUICIDE_RISK,
        subjectRef: payload.reference,
        subjectId: payload.caseId,
        audienceAgencyId: payload.providerAgencyId,
        audienceRoles: [Role.CASE_MANAGER],
        audienceTeamFunction: TeamFunction.PSYCHOLOGIST,
        dueAt: occurredAt(event),
        sourceEventId: event.id,
      },
    ];
  }

  private raAbout(kind: NotificationKind, event: EventEnvelope, subjectRef: string, subjectId: string, dueAt: Date | null): NotificationDraft {
    return {
      kind,
      subjectRef,
      subjectId,
      audienceAgencyId: this.policy.RESPONSIBLE_AUTHORITY_AGENCY_ID,
      audienceRoles: RESPONSIBLE_AUTHORITY_ROLES,
      dueAt,
      sourceEventId: event.id,
    };
  }

  /**
   * The unit identification mandated for the child, as its event names it; an event written before events named it
   * falls back to this service's CHILD_PROTECTION_UNITS.
   */
  childProtectionUnitFor(payload: EventEnvelope<'identification.submitted'>['payload']): { agencyId: string; ofRegion: boolean } | undefined {
    if (payload.childProtectionUnit !== undefined) return payload.childProtectionUnit ?? undefined;
    const agencyId = this.policy.CHILD_PROTECTION_UNITS.get(payload.region.toUpperCase());
    return agencyId ? { agencyId, ofRegion: true } : undefined;
  }

  private toProvider(kind: NotificationKind, event: EventEnvelope<'referral.withdrawn'> | EventEnvelope<'referral.closed'>): NotificationDraft {
    return {
      kind,
      subjectRef: event.payload.reference,
      subjectId: event.payload.referralId,
      audienceAgencyId: event.payload.providerAgencyId,
      audienceRoles: [Role.CASE_MANAGER],
      dueAt: null,
      sourceEventId: event.id,
    };
  }

  private toResponsibleAuthority(
    kind: NotificationKind,
    event: EventEnvelope<'referral.accepted'> | EventEnvelope<'referral.declined'>,
  ): NotificationDraft {
    return {
      kind,
      subjectRef: event.payload.reference,
      subjectId: event.payload.referralId,
      audienceAgencyId: this.policy.RESPONSIBLE_AUTHORITY_AGENCY_ID,
      audienceRoles: RESPONSIBLE_AUTHORITY_ROLES,
      dueAt: null,
      sourceEventId: event.id,
    };
  }
}

/** Deadlines run from when the fact happened, not from when this consumer got to it. */
function occurredAt(event: EventEnvelope): Date {
  const at = new Date(event.occurredAt);
  if (Number.isNaN(at.getTime())) throw new Error(`event ${event.id} has an invalid occurredAt`);
  return at;
}
