import { eventTypesConsumedBy } from '@nrm/events';
import type { PersonRefService } from '../persons/person-ref.service';
import { ReferralEventHandlers } from './referral-events.handler';
import type { ReferralService } from './referral.service';

describe('ReferralEventHandlers', () => {
  it('handles every event the referral service subscribes to', () => {
    const handlers = new ReferralEventHandlers({} as ReferralService, {} as PersonRefService);
    expect(Object.keys(handlers.handlers()).sort()).toEqual(eventTypesConsumedBy('referral').sort());
  });
});
