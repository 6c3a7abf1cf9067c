import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Relationship } from '@nrm/access-policy';

/** The agency ↔ person links, written inside the transaction of the event that makes or ends them. */
@Injectable()
export class RelationshipsRepository {
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
