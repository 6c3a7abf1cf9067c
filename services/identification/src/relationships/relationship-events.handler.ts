import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Relationship } from '@nrm/access-policy';
import type { EventEnvelope, EventHandlers } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';

/** Keeps the agency ↔ person links the access policy reads, from the referral and case workflow. */
@Injectable()
export class RelationshipEventHandlers implements EventHandlerSet {
  handlers(): EventHandlers {
    return {
      'referral.created': (event, manager) =>
        link(manager, event.payload.personId, event.payload.providerAgencyId, Relationship.PENDING_REFERRAL, event.payload.referralId),
      'referral.accepted': async (event, manager) => {
        await unlink(manager, event.payload.referralId, Relationship.PENDING_REFERRAL);
        await link(manager, event.payload.personId, event.payload.providerAgencyId, Relationship.ACCEPTED_REFERRAL, event.payload.referralId);
      },
      'referral.declined': (event: EventEnvelope<'referral.declined'>, manager) =>
        unlink(manager, event.payload.referralId, Relationship.PENDING_REFERRAL),
      'case.opened': (event, manager) =>
        link(manager, event.payload.personId, event.payload.providerAgencyId, Relationship.OPEN_CASE, event.payload.caseId),
    };
  }
}

async function link(manager: EntityManager, personId: string, agencyId: string, relationship: Relationship, sourceId: string): Promise<void> {
  await manager.query(
    `INSERT INTO identification.person_relationship (person_id, agency_id, relationship, source_id, active)
     VALUES ($1, $2, $3, $4, true)
     ON CONFLICT (person_id, agency_id, relationship, source_id) DO UPDATE SET active = true, updated_at = now()`,
    [personId, agencyId, relationship, sourceId],
  );
}

async function unlink(manager: EntityManager, sourceId: string, relationship: Relationship): Promise<void> {
  await manager.query(
    `UPDATE identification.person_relationship SET active = false, updated_at = now() WHERE source_id = $1 AND relationship = $2`,
    [sourceId, relationship],
  );
}
