import type { EventEnvelope } from '@nrm/events';

/**
 * The person's data was erased on request (docs/person-rights.md, "Legal holds and erasure"). Deliberately changes nothing: a notification names its subject by
 * id and NRM reference only (never personal data), and those stay so the deadline history and counts stay whole. The
 * event is still consumed, and recorded in the inbox, so that the erasure reaches every subscriber and this service's
 * handler set stays complete (boot fails on a subscribed event without a handler).
 */
export async function onPersonErased(_event: EventEnvelope<'person.erased'>): Promise<void> {
  // Nothing to erase here; see above.
}
