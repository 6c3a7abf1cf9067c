import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Relationship } from '@nrm/access-policy';
import { RelationshipsRepository } from './relationships.repository';

/** The relationships of a provider whose referral or case is still live. */
const LIVE_REFERRAL_RELATIONSHIPS: readonly Relationship[] = [Relationship.PENDING_REFERRAL, Relationship.ACCEPTED_REFERRAL, Relationship.OPEN_CASE];

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

  /** Ends the link a referral, case or group (`sourceId`) made. */
  unlink(manager: EntityManager, sourceId: string, relationship: Relationship): Promise<void> {
    return this.relationships.unlink(manager, sourceId, relationship);
  }

  /** The agencies with a live referral or case of the person, in id order. */
  liveReferralAgencies(manager: EntityManager, personId: string): Promise<string[]> {
    return this.relationships.activeAgencies(manager, personId, LIVE_REFERRAL_RELATIONSHIPS);
  }
}
