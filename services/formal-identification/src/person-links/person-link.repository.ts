import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The person_alias table, projected from `person.linked`. */
@Injectable()
export class PersonLinkRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent: a redelivered `person.linked` finds the link there. */
  async record(manager: EntityManager, aliasId: string, canonicalId: string, linkedAt: string): Promise<void> {
    await manager.query(
      `INSERT INTO formal_identification.person_alias (alias_id, canonical_id, linked_at) VALUES ($1, $2, $3) ON CONFLICT (alias_id) DO NOTHING`,
      [aliasId, canonicalId, linkedAt],
    );
  }

  /** The canonical id of a linked record, or the id itself. */
  async canonicalId(personId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const rows: Array<{ canonical_id: string }> = await manager.query(`SELECT canonical_id FROM formal_identification.person_alias WHERE alias_id = $1`, [personId]);
    return rows[0]?.canonical_id ?? personId;
  }

  /** The records linked to `personId` as its aliases (none when it is an alias or unlinked). */
  async aliasesOf(personId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ alias_id: string }> = await manager.query(
      `SELECT alias_id::text AS alias_id FROM formal_identification.person_alias WHERE canonical_id = $1::uuid ORDER BY alias_id`,
      [personId],
    );
    return rows.map((row) => row.alias_id);
  }

  /** The ids of every record of the person `personId` stands for: its canonical id first, then the canonical's aliases. */
  async recordIds(personId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `WITH canonical AS (
         SELECT COALESCE((SELECT canonical_id FROM formal_identification.person_alias WHERE alias_id = $1::uuid), $1::uuid) AS id
       )
       SELECT id::text AS id, 0 AS rank FROM canonical
       UNION ALL
       SELECT a.alias_id::text, 1 FROM formal_identification.person_alias a JOIN canonical c ON a.canonical_id = c.id
       ORDER BY rank, id`,
      [personId],
    );
    return rows.map((row) => row.id);
  }
}
