import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Relationship } from '@nrm/access-policy';

/** The agency ↔ person links, written inside the transaction of the event that makes or ends them. */
@Injectable()
export class RelationshipsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async link(manager: EntityManager, personId: string, agencyId: string, relationship: Relationship, sourceId: string): Promise<void> {
    await manager.query(
      `INSERT INTO identification.person_relationship (person_id, agency_id, relationship, source_id, active)
       VALUES ($1, $2, $3, $4, true)
       ON CONFLICT (person_id, agency_id, relationship, source_id) DO UPDATE SET active = true, updated_at = now()`,
      [personId, agencyId, relationship, sourceId],
    );
  }

  async unlink(manager: EntityManager, sourceId: string, relationship: Relationship): Promise<void> {
    await manager.query(
      `UPDATE identification.person_relationship SET active = false, updated_at = now() WHERE source_id = $1 AND relationship = $2`,
      [sourceId, relationship],
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
