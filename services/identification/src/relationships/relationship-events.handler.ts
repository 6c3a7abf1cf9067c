import { Injectable } from '@nestjs/common';
import { Relationship } from '@nrm/access-policy';
import { IdentificationStatus } from '@nrm/domain';
import type { EventEnvelope, EventHandlers } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';
import { PersonService } from '../person/person.service';
import { RelationshipsService } from './relationships.service';

/**
 * Keeps the agency ↔ person links the access policy reads, from the referral, case and formal identification workflow,
 * and the identification status a formal identification decides. The formal identification service makes the same
 * changes synchronously for its caller (read-your-writes); these handlers are the durable path, idempotent and safe
 * in any order (docs/domain.md §2, "Formal identification").
 */
@Injectable()
export class RelationshipEventHandlers implements EventHandlerSet {
  constructor(
    private readonly relationships: RelationshipsService,
    private readonly persons: PersonService,
  ) {}

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
      // The placement's referral ends (a transfer, or its case closed); an open case keeps its own relationship until
      // the case closes.
      'referral.closed': (event, manager) => this.relationships.unlink(manager, placementOf(event), Relationship.ACCEPTED_REFERRAL),
      'case.opened': (event, manager) =>
        this.relationships.link(manager, event.payload.personId, event.payload.providerAgencyId, Relationship.OPEN_CASE, event.payload.caseId),
      // A closed case (CLOSED, or CLOSED_REFERRED on a transfer) ends the shelter's OPEN_CASE relationship and the
      // ACCEPTED_REFERRAL one of the placement it ran under, at once, whichever of case.closed and referral.closed
      // comes first (docs/domain.md, "The case track"). Both are tombstones: a catch-up read from the referral service
      // before it has heard of the closure cannot link the placement again.
      'case.closed': async (event, manager) => {
        const { personId, providerAgencyId, caseId, referralId } = event.payload;
        await this.relationships.unlink(manager, { personId, agencyId: providerAgencyId, sourceId: caseId }, Relationship.OPEN_CASE);
        await this.relationships.unlink(manager, { personId, agencyId: providerAgencyId, sourceId: referralId }, Relationship.ACCEPTED_REFERRAL);
      },
      'formal_identification.requested': async (event, manager) => {
        const { personId, formalIdentificationId, requestedAt } = event.payload;
        await this.persons.applyFormalIdentificationStatus(manager, {
          personId,
          formalIdentificationId,
          requestedAt: new Date(requestedAt),
          status: IdentificationStatus.FORMAL_ID_REQUESTED,
        });
      },
      'formal_identification.convened': (event, manager) =>
        this.relationships.openFormalIdGroup(
          manager,
          event.payload.personId,
          event.payload.formalIdentificationId,
          event.payload.members.map((member) => member.agencyId),
        ),
      'formal_identification.concluded': async (event, manager) => {
        const { personId, formalIdentificationId, requestedAt, outcome, memberAgencyIds } = event.payload;
        await this.relationships.endFormalIdGroup(manager, personId, formalIdentificationId, memberAgencyIds);
        await this.persons.applyFormalIdentificationStatus(manager, {
          personId,
          formalIdentificationId,
          requestedAt: new Date(requestedAt),
          status: outcome === 'VICTIM' ? IdentificationStatus.VICTIM : IdentificationStatus.NOT_VICTIM,
        });
      },
    };
  }
}

/** The link a referral event is about: its person, its provider's agency, the referral. */
function placementOf(event: EventEnvelope<'referral.accepted' | 'referral.declined' | 'referral.withdrawn' | 'referral.closed'>) {
  return { personId: event.payload.personId, agencyId: event.payload.providerAgencyId, sourceId: event.payload.referralId };
}
