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

  /**
   * Links the agencies unless a link of theirs from the same source was ever written: a link once ended (a formal
   * identification group that concluded) is never revived by a late or replayed event.
   */
  async linkOnce(manager: EntityManager, personId: string, agencyIds: readonly string[], relationship: Relationship, sourceId: string): Promise<void> {
    await manager.query(
      `INSERT INTO identification.person_relationship (person_id, agency_id, relationship, source_id, active)
       SELECT $1, agency_id, $3, $4, true FROM unnest($2::text[]) AS agency_id
       ON CONFLICT (person_id, agency_id, relationship, source_id) DO NOTHING`,
      [personId, agencyIds, relationship, sourceId],
    );
  }

  /** Ends the agencies' links from the source, writing them ended when they were never written (so linkOnce skips them). */
  async endLinks(manager: EntityManager, personId: string, agencyIds: readonly string[], relationship: Relationship, sourceId: string): Promise<void> {
    await manager.query(
      `INSERT INTO identification.person_relationship (person_id, agency_id, relationship, source_id, active)
       SELECT $1, agency_id, $3, $4, false FROM unnest($2::text[]) AS agency_id
       ON CONFLICT (person_id, agency_id, relationship, source_id) DO UPDATE SET active = false, updated_at = now()`,
      [personId, agencyIds, relationship, sourceId],
    );
  }

  /** Whether the agency's link of this relationship from this source to the person is active. */
  async isActive(manager: EntityManager, personId: string, agencyId: string, relationship: Relationship, sourceId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM identification.person_relationship
        WHERE person_id = $1 AND agency_id = $2 AND relationship = $3 AND source_id = $4 AND active`,
      [personId, agencyId, relationship, sourceId],
    );
    return rows.length > 0;
  }

  /** The agencies with an active link of one of `relationships` to the person, each once, in id order. */
  async activeAgencies(manager: EntityManager | undefined, personId: string, relationships: readonly Relationship[]): Promise<string[]> {
    const rows: Array<{ agency_id: string }> = await (manager ?? this.dataSource.manager).query(
      `SELECT DISTINCT agency_id FROM identification.person_relationship
        WHERE person_id = $1 AND active AND relationship = ANY($2::text[]) ORDER BY agency_id`,
      [personId, relationships],
    );
    return rows.map((row) => row.agency_id);
  }
}
