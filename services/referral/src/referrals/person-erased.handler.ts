import type { EntityManager } from 'typeorm';
import { ReferralStatus } from '@nrm/domain';
import type { EventEnvelope } from '@nrm/events';

/** What a declined referral's free-text reason reads once the person is erased (the column must stay non-null). */
export const ERASED_DECLINE_REASON = '[erased on request]';

/**
 * The person's data was erased on request (docs/person-rights.md, "Legal holds and erasure"). Pending referrals are withdrawn: nobody can be placed on the
 * strength of data that no longer exists. Answered referrals stay as they are, so the funnel counts (referred,
 * accepted, declined) are unchanged; their only free text, a decline reason, is redacted since it can describe the
 * person. Idempotent: a redelivery finds nothing pending and nothing left to redact.
 */
export async function onPersonErased(event: EventEnvelope<'person.erased'>, manager: EntityManager): Promise<void> {
  const { personId } = event.payload;
  await manager.query(`UPDATE referral.referral SET status = $2 WHERE person_id = $1 AND status = $3`, [
    personId,
    ReferralStatus.WITHDRAWN,
    ReferralStatus.PENDING,
  ]);
  await manager.query(`UPDATE referral.referral SET decline_reason = $2 WHERE person_id = $1 AND decline_reason IS NOT NULL AND decline_reason <> $2`, [
    personId,
    ERASED_DECLINE_REASON,
  ]);
}
