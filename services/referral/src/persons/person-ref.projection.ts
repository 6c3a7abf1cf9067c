import type { EntityManager } from 'typeorm';
import { queryPrepared } from '@nrm/database';
import type { EventEnvelope } from '@nrm/events';

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

/** Upserts the person's routing facts; redelivered or out-of-order events leave the newest facts in place. */
export async function projectIdentification(event: EventEnvelope<'identification.submitted'>, manager: EntityManager): Promise<void> {
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
