import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CaseStatus } from '@nrm/domain';
import { type EventEnvelope, type EventHandlers, OutboxWriter } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';
import { onPersonErased } from './person-erased.handler';

/**
 * Opens a case when a shelter accepts a referral (docs/domain.md §2 step 3). Registered in ServiceKitModule, so it depends
 * only on what that module provides.
 */
@Injectable()
export class ShelterEventHandlers implements EventHandlerSet {
  constructor(private readonly outbox: OutboxWriter) {}

  handlers(): EventHandlers {
    return {
      'referral.accepted': (event, manager) => this.openCase(event, manager),
      'person.erased': (event, manager) => onPersonErased(event, manager),
    };
  }

  /**
   * One case per accepted referral: the inbox already drops a redelivered event, and UNIQUE(referral_id) keeps a
   * second case out even if the same acceptance arrives under another event id. `case.opened` commits with the case.
   */
  async openCase(event: EventEnvelope<'referral.accepted'>, manager: EntityManager): Promise<void> {
    const { referralId, personId, reference, providerAgencyId } = event.payload;
    const opened: Array<{ id: string }> = await manager.query(
      `INSERT INTO shelters.shelter_case (id, person_id, reference, referral_id, provider_agency_id, status, phase, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, $7)
       ON CONFLICT (referral_id) DO NOTHING RETURNING id`,
      [randomUUID(), personId, reference, referralId, providerAgencyId, CaseStatus.ACCEPTED, new Date()],
    );
    const [row] = opened;
    if (!row) return;
    // The acceptance's correlation id carries on: the case traces back to the request that accepted the referral.
    await this.outbox.append(manager, 'case.opened', row.id, { caseId: row.id, referralId, personId, reference, providerAgencyId }, event.correlationId);
  }
}
