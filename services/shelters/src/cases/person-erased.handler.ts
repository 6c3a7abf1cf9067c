import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@nrm/events';

/**
 * The person's data was erased on request (issue 3). A case row holds ids, the reference, status and dates only,
 * which the occupancy and closure statistics count, so it stays; the erasure is recorded on it, once (the first
 * event's time), so staff know why the person's other records no longer resolve. Idempotent on redelivery.
 */
export async function onPersonErased(event: EventEnvelope<'person.erased'>, manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE shelters.shelter_case SET person_erased_at = $2 WHERE person_id = $1 AND person_erased_at IS NULL`, [
    event.payload.personId,
    event.occurredAt,
  ]);
}
