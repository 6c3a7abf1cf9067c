import { Injectable } from '@nestjs/common';
import { Relationship } from '@nrm/access-policy';
import type { EventEnvelope, EventHandlers } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';
import { RelationshipsService } from './relationships.service';

/** Keeps the agency ↔ person links the access policy reads, from the referral and case workflow. */
@Injectable()
export class RelationshipEventHandlers implements EventHandlerSet {
  constructor(private readonly relationships: RelationshipsService) {}

  handlers(): EventHandlers {
    return {
      'referral.created': (event, manager) =>
        this.relationships.link(manager, event.payload.personId, event.payload.providerAgencyId, Relationship.PENDING_REFERRAL, event.payload.referralId),
      'referral.accepted': async (event, manager) => {
        await this.relationships.unlink(manager, placementOf(event), Relationship.PENDING_REFERRAL);
        await this.relationships.link(manager, event.payload.personId, event.payload.providerAgencyId, Relationship.ACCEPTED_REFERRAL, event.payload.referralId);
      },
      'referral.declined': (event: EventEnvelope<'referral.declined'>, manager) =>
        this.relationships.unlink(manager, placementOf(event), Relationship.PENDING_REFERRAL),
      'referral.withdrawn': (event, manager) => this.relationships.unlink(manager, placementOf(event), Relationship.PENDING_REFERRAL),
      // The transferred placement's referral ends; an open case keeps its own relationship until the case closes.
      'referral.closed': (event, manager) => this.relationships.unlink(manager, placementOf(event), Relationship.ACCEPTED_REFERRAL),
      'case.opened': (event, manager) =>
        this.relationships.link(manager, event.payload.personId, event.payload.providerAgencyId, Relationship.OPEN_CASE, event.payload.caseId),
    };
  }
}

/** The link a referral event is about: its person, its provider's agency, the referral. */
function placementOf(event: EventEnvelope<'referral.accepted' | 'referral.declined' | 'referral.withdrawn' | 'referral.closed'>) {
  return { personId: event.payload.personId, agencyId: event.payload.providerAgencyId, sourceId: event.payload.referralId };
}
