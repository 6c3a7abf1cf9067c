import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { type EventEnvelope, eventTypesConsumedBy, type OutboxWriter } from '@nrm/events';
import { SettableClock } from '@nrm/service-kit';
import type { DataSource } from 'typeorm';
import { CaseRepository } from '../cases/case.repository';
import { CaseService } from '../cases/case.service';
import type { CaseTrackService } from '../cases/case-track.service';
import type { PlacementsClient } from '../cases/placements.client';
import type { PersonLinkService } from '../person-links/person-link.service';
import type { NeedsAssessmentService } from '../records/needs-assessment.service';
import { ShelterEventHandlers } from './shelter-events.handler';

function accepted(): EventEnvelope<'referral.accepted'> {
  const referralId = randomUUID();
  return {
    id: randomUUID(),
    type: 'referral.accepted',
    aggregateId: referralId,
    payload: { referralId, personId: randomUUID(), reference: 'NRM-2026-000001', providerAgencyId: 'shelter-a', caseId: randomUUID() },
    occurredAt: new Date().toISOString(),
    correlationId: 'corr-accept-1',
    producer: 'referral',
  };
}

describe('ShelterEventHandlers', () => {
  const append = jest.fn();
  const cases = new CaseService(new CaseRepository({} as DataSource), { append } as unknown as OutboxWriter, new SettableClock(), {} as PlacementsClient);
  const handlers = new ShelterEventHandlers(cases, {} as CaseTrackService, {} as NeedsAssessmentService, {} as PersonLinkService, {} as never, {} as never, {} as never);

  beforeEach(() => append.mockReset());

  it('opens the case under the id fixed at acceptance and emits case.opened, under the acceptance’s correlation id', async () => {
    const event = accepted();
    const caseId = event.payload.caseId!;
    const query = jest.fn().mockResolvedValue([{ id: caseId }]);
    const manager = { query } as unknown as EntityManager;
    await handlers.openCase(event, manager);
    expect(query.mock.calls[0]?.[1]?.[0]).toBe(caseId);
    expect(append).toHaveBeenCalledWith(
      manager,
      'case.opened',
      caseId,
      {
        caseId,
        referralId: event.payload.referralId,
        personId: event.payload.personId,
        reference: 'NRM-2026-000001',
        providerAgencyId: 'shelter-a',
      },
      'corr-accept-1',
    );
  });

  it('emits nothing when the referral already has a case', async () => {
    const manager = { query: jest.fn().mockResolvedValue([]) } as unknown as EntityManager;
    await handlers.openCase(accepted(), manager);
    expect(append).not.toHaveBeenCalled();
  });

  it('handles every event the shelters service subscribes to', () => {
    expect(Object.keys(handlers.handlers()).sort()).toEqual(eventTypesConsumedBy('shelters').sort());
  });
});
