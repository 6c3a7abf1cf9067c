import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Relationship } from '@nrm/access-policy';

/** One link's key: the person, the agency, and the referral, case or group (`sourceId`) that makes it. */
export interface RelationshipLink {
  personId: string;
  agencyId: string;
  sourceId: string;
}

/**
 * The agency ↔ person links, written inside the transaction of the event that makes or ends them, or of a catch-up
 * read from the owning service (docs/architecture.md, "Read your own writes across services"). A link, once ended,
 * stays ended: an ended link is a row with `active = false`, written even when the link itself never arrived, so a
 * late or replayed "link" (an event out of order, a catch-up read just before a withdrawal) cannot bring it back.
 */
@Injectable()
export class RelationshipsRepository {
  constructor(private readonly dataSource: DataSource) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async link(manager: EntityManager, personId: string, agencyId: string, relationship: Relationship, sourceId: string): Promise<void> {
    await manager.query(
      `INSERT INTO identification.person_relationship (person_id, agency_id, relationship, source_id, active)
       VALUES ($1, $2, $3, $4, true)
       ON CONFLICT (person_id, agency_id, relationship, source_id) DO NOTHING`,
      [personId, agencyId, relationship, sourceId],
    );
  }

  async unlink(manager: EntityManager, link: RelationshipLink, relationship: Relationship): Promise<void> {
    await manager.query(
      `INSERT INTO identification.person_relationship (person_id, agency_id, relationship, source_id, active)
       VALUES ($1, $2, $3, $4, false)
       ON CONFLICT (person_id, agency_id, relationship, source_id) DO UPDATE SET active = false, updated_at = now()
       WHERE identification.person_relationship.active`,
      [link.personId, link.agencyId, relationship, link.sourceId],
    );
  }

  /** The agencies with an active link of one of `relationships` to the person, each once, in id order. */
  async activeAgencies(manager: EntityManager, personId: string, relationships: readonly Relationship[]): Promise<string[]> {
    const rows: Array<{ agency_id: string }> = await manager.query(
      `SELECT DISTINCT agency_id FROM identification.person_relationship
        WHERE person_id = $1 AND active AND relationship = ANY($2::text[]) ORDER BY agency_id`,
      [personId, relationships],
    );
    return rows.map((row) => row.agency_id);
  }
}
