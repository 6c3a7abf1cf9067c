import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryPrepared } from '@nrm/database';
import type { EventEnvelope } from '@nrm/events';
import { exportRows } from '@nrm/service-kit';
import { PersonRefEntity } from './person-ref.entity';

/** Prepared once per connection: every submission's event runs it. */
const UPSERT_PERSON_REF = {
  name: 'referral_upsert_person_ref',
  text: `INSERT INTO referral.person_ref (person_id, reference, is_child, region, recording_agency_id, source_occurred_at,
       sex, is_foreign, accompanying_children)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (person_id) DO UPDATE SET
       reference = EXCLUDED.reference, is_child = EXCLUDED.is_child, region = EXCLUDED.region,
       sex = EXCLUDED.sex, is_foreign = EXCLUDED.is_foreign, accompanying_children = EXCLUDED.accompanying_children,
       recording_agency_id = EXCLUDED.recording_agency_id, source_occurred_at = EXCLUDED.source_occurred_at
     WHERE referral.person_ref.source_occurred_at <= EXCLUDED.source_occurred_at`,
};

/** Every person identified is projected here (`$1` = person id): the audit chain's known persons. */
export function knownPersonsQuery(schema: string): string {
  return `SELECT 1 FROM "${schema}".person_ref WHERE person_id = $1`;
}

/** The person_ref table: what this service projected of each person. Every method runs in the caller's transaction. */
@Injectable()
export class PersonRefRepository {
  /** Newest facts win: a redelivered or out-of-order event leaves a newer row in place. */
  async upsert(manager: EntityManager, event: EventEnvelope<'identification.submitted'>): Promise<void> {
    const { personId, reference, isChild, region, recordingAgencyId, routing } = event.payload;
    await queryPrepared(manager, UPSERT_PERSON_REF, [
      personId,
      reference,
      isChild,
      region,
      recordingAgencyId,
      event.occurredAt,
      routing.sex,
      routing.foreign,
      routing.accompanyingChildren,
    ]);
  }

  /** Idempotent: a redelivered `person.linked` finds the link there. */
  async recordAlias(manager: EntityManager, aliasId: string, canonicalId: string, linkedAt: string): Promise<void> {
    await manager.query(
      `INSERT INTO referral.person_alias (alias_id, canonical_id, linked_at) VALUES ($1, $2, $3) ON CONFLICT (alias_id) DO NOTHING`,
      [aliasId, canonicalId, linkedAt],
    );
  }

  /** The canonical id of a linked record, or the id itself. */
  async canonicalId(manager: EntityManager, personId: string): Promise<string> {
    const rows: Array<{ canonical_id: string }> = await manager.query(`SELECT canonical_id FROM referral.person_alias WHERE alias_id = $1`, [personId]);
    return rows[0]?.canonical_id ?? personId;
  }

  findById(manager: EntityManager, personId: string): Promise<PersonRefEntity | null> {
    return manager.findOne(PersonRefEntity, { where: { personId } });
  }

  rowsForExport(manager: EntityManager, personId: string): Promise<Array<Record<string, unknown>>> {
    return exportRows(manager, { table: 'referral.person_ref', where: 't.person_id = $1', params: [personId], orderBy: 't.person_id' });
  }
}
