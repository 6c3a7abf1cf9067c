import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@nrm/events';

/** What an erased needs assessment says instead of its text (the same words identification uses). */
export const ERASED_TEXT = '[erased on request]';

/**
 * The person's data was erased on request (docs/person-rights.md, "Legal holds and erasure"). A case row holds ids, the reference, status and dates only,
 * which the occupancy and closure statistics count, so it stays; the erasure is recorded on it, once (the first
 * event's time), so staff know why the person's other records no longer resolve. The needs assessments lose what
 * describes the person (summary, notes, the suicide-risk flag) and keep the area, agency, author and date, which
 * count in the statistics of services delivered and identify nobody. Idempotent on redelivery.
 */
export async function onPersonErased(event: EventEnvelope<'person.erased'>, manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE shelters.shelter_case SET person_erased_at = $2 WHERE person_id = $1 AND person_erased_at IS NULL`, [
    event.payload.personId,
    event.occurredAt,
  ]);
  await manager.query(
    `UPDATE shelters.needs_assessment SET summary = $2, notes = NULL, suicide_risk = false
     WHERE person_id = $1 AND (summary <> $2 OR notes IS NOT NULL OR suicide_risk)`,
    [event.payload.personId, ERASED_TEXT],
  );
}
