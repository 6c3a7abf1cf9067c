import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Relationship } from '@nrm/access-policy';
import { type RelationshipLink, RelationshipsRepository } from './relationships.repository';

/** The relationships of a provider whose referral or case is still live. */
export const LIVE_REFERRAL_RELATIONSHIPS: readonly Relationship[] = [Relationship.PENDING_REFERRAL, Relationship.ACCEPTED_REFERRAL, Relationship.OPEN_CASE];

/**
 * The agency ↔ person links the access policy reads, projected from the referral and case workflow. Every method
 * runs in the caller's transaction (`manager`): the inbox's for an event, the ledger's for a withdrawal.
 */
@Injectable()
export class RelationshipsService {
  constructor(private readonly relationships: RelationshipsRepository) {}

  link(manager: EntityManager, personId: string, agencyId: string, relationship: Relationship, sourceId: string): Promise<void> {
    return this.relationships.link(manager, personId, agencyId, relationship, sourceId);
  }

  /** Ends the link a referral, case or group (`sourceId`) made, for good (see the repository). */
  unlink(manager: EntityManager, link: RelationshipLink, relationship: Relationship): Promise<void> {
    return this.relationships.unlink(manager, link, relationship);
  }

  /**
   * Links the agency's live referrals of the person as the referral events will (a pending referral, or an accepted
   * one), in one transaction; a link those events already ended stays ended.
   */
  linkPlacements(personId: string, agencyId: string, placements: ReadonlyArray<{ referralId: string; accepted: boolean }>): Promise<void> {
    return this.relationships.inTransaction(async (manager) => {
      for (const placement of placements) {
        const link = { personId, agencyId, sourceId: placement.referralId };
        if (placement.accepted) {
          await this.relationships.unlink(manager, link, Relationship.PENDING_REFERRAL);
          await this.relationships.link(manager, personId, agencyId, Relationship.ACCEPTED_REFERRAL, placement.referralId);
        } else {
          await this.relationships.link(manager, personId, agencyId, Relationship.PENDING_REFERRAL, placement.referralId);
        }
      }
    });
  }

  /** The agencies with a live referral or case of the person, in id order. */
  liveReferralAgencies(manager: EntityManager, personId: string): Promise<string[]> {
    return this.relationships.activeAgencies(manager, personId, LIVE_REFERRAL_RELATIONSHIPS);
  }
}
