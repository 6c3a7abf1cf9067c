import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The person_alias table, projected from `person.linked`. */
@Injectable()
export class PersonLinkRepository {
  /** Idempotent: a redelivered `person.linked` finds the link there. */
  async record(manager: EntityManager, aliasId: string, canonicalId: string, linkedAt: string): Promise<void> {
    await manager.query(
      `INSERT INTO shelters.person_alias (alias_id, canonical_id, linked_at) VALUES ($1, $2, $3) ON CONFLICT (alias_id) DO NOTHING`,
      [aliasId, canonicalId, linkedAt],
    );
  }
}
