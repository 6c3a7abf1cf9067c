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

  /**
   * The formal identification group sits: its member agencies are linked to the person (FORMAL_ID_GROUP, source = the
   * formal identification). Idempotent, and never revives a group that already concluded.
   */
  openFormalIdGroup(manager: EntityManager, personId: string, formalIdentificationId: string, agencyIds: readonly string[]): Promise<void> {
    return this.relationships.linkOnce(manager, personId, agencyIds, Relationship.FORMAL_ID_GROUP, formalIdentificationId);
  }

  /** The group concluded: its member agencies' links end (written ended if the convening was never seen). Idempotent. */
  endFormalIdGroup(manager: EntityManager, personId: string, formalIdentificationId: string, agencyIds: readonly string[]): Promise<void> {
    return this.relationships.endLinks(manager, personId, agencyIds, Relationship.FORMAL_ID_GROUP, formalIdentificationId);
  }

  /** Whether the agency sits in the person's formal identification group `formalIdentificationId` now. */
  sitsInFormalIdGroup(manager: EntityManager, personId: string, formalIdentificationId: string, agencyId: string): Promise<boolean> {
    return this.relationships.isActive(manager, personId, agencyId, Relationship.FORMAL_ID_GROUP, formalIdentificationId);
  }

  /** The child protection units holding the mandate for the person (a child), in id order. */
  childProtectionUnitsOf(personId: string): Promise<string[]> {
    return this.relationships.activeAgencies(undefined, personId, [Relationship.CHILD_PROTECTION_MANDATE]);
  }
}
