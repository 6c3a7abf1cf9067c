import { randomUUID } from 'node:crypto';
import { Role } from '@nrm/domain';
import type { EventEnvelope } from '@nrm/events';
import { NotificationKind } from './notification-kind';
import { NotificationRouting } from './notification-routing';

const routing = new NotificationRouting({
  RESPONSIBLE_AUTHORITY_AGENCY_ID: 'ra',
  CHILD_PROTECTION_UNITS: new Map(),
  RA_ACKNOWLEDGE_HOURS: 10,
  REFERRAL_RESPONSE_HOURS: 30,
  URGENT_REFERRAL_RESPONSE_HOURS: 2,
});

describe('NotificationRouting of a consent withdrawal', () => {
  it("tells the grantee's case managers by reference only, with no deadline", () => {
    const event: EventEnvelope<'consent.withdrawn'> = {
      id: randomUUID(),
      type: 'consent.withdrawn',
      aggregateId: randomUUID(),
      payload: { grantId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000009', granteeAgencyId: 'shelter-a' },
      occurredAt: '2026-03-01T08:00:00.000Z',
      correlationId: null,
      producer: 'identification',
    };
    expect(routing.consentWithdrawn(event)).toEqual([
      {
        kind: NotificationKind.CONSENT_WITHDRAWN,
        subjectRef: 'NRM-2026-000009',
        subjectId: event.payload.grantId,
        audienceAgencyId: 'shelter-a',
        audienceRoles: [Role.CASE_MANAGER],
        dueAt: null,
        sourceEventId: event.id,
      },
    ]);
  });

  it('tells, for a grant to an agency type, the case managers of each agency of the type with a live referral', () => {
    const payload = { grantId: randomUUID(), personId: randomUUID(), reference: 'NRM-2026-000010', granteeAgencyId: null, granteeAgencyType: 'SHELTER_NGO', liveReferralAgencyIds: ['shelter-a', 'shelter-c'] };
    const event: EventEnvelope<'consent.withdrawn'> = {
      id: randomUUID(),
      type: 'consent.withdrawn',
      aggregateId: randomUUID(),
      payload,
      occurredAt: '2026-03-01T08:00:00.000Z',
      correlationId: null,
      producer: 'identification',
    };
    expect(routing.consentWithdrawn(event).map((draft) => [draft.audienceAgencyId, draft.audienceRoles, draft.subjectRef])).toEqual([
      ['shelter-a', [Role.CASE_MANAGER], 'NRM-2026-000010'],
      ['shelter-c', [Role.CASE_MANAGER], 'NRM-2026-000010'],
    ]);
  });
});
