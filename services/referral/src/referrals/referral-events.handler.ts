import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventHandlers } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';
import { projectIdentification } from '../persons/person-ref.projection';
import { onPersonErased } from './person-erased.handler';

/**
 * The facts this service keeps from others: who may be referred and which consents were withdrawn (identification),
 * and which case an accepted referral became (shelters). Registered in ServiceKitModule, so it depends on nothing of this service's own providers.
 */
@Injectable()
export class ReferralEventHandlers implements EventHandlerSet {
  handlers(): EventHandlers {
    return {
      'identification.submitted': (event, manager) => projectIdentification(event, manager),
      'case.opened': (event, manager) => linkCase(event, manager),
      'consent.withdrawn': (event, manager) => markConsentWithdrawn(event, manager),
      'person.erased': (event, manager) => onPersonErased(event, manager),
    };
  }
}

/**
 * Live referrals of the person to the grantee lose what the consent opened; the first withdrawal's time is kept. A
 * grant to an agency type reached every provider of that type, so each such provider's live referral is marked.
 */
async function markConsentWithdrawn(event: EventEnvelope<'consent.withdrawn'>, manager: EntityManager): Promise<void> {
  const { personId, granteeAgencyId, granteeAgencyType } = event.payload;
  if (granteeAgencyId) {
    await manager.query(
      `UPDATE referral.referral SET consent_withdrawn_at = $3
        WHERE person_id = $1 AND provider_agency_id = $2 AND status IN ('PENDING', 'ACCEPTED') AND consent_withdrawn_at IS NULL`,
      [personId, granteeAgencyId, event.occurredAt],
    );
    return;
  }
  if (!granteeAgencyType) return;
  await manager.query(
    `UPDATE referral.referral r SET consent_withdrawn_at = $3
       FROM referral.service_provider p
      WHERE p.id = r.provider_id AND r.person_id = $1 AND p.agency_type = $2
        AND r.status IN ('PENDING', 'ACCEPTED') AND r.consent_withdrawn_at IS NULL`,
    [personId, granteeAgencyType, event.occurredAt],
  );
}

async function linkCase(event: EventEnvelope<'case.opened'>, manager: EntityManager): Promise<void> {
  await manager.query(`UPDATE referral.referral SET case_id = $1 WHERE id = $2 AND case_id IS NULL`, [event.payload.caseId, event.payload.referralId]);
}
