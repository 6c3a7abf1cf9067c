import { eventTypesConsumedBy } from '@nrm/events';
import { ReferralEventHandlers } from './referral-events.handler';

describe('ReferralEventHandlers', () => {
  it('handles every event the referral service subscribes to', () => {
    expect(Object.keys(new ReferralEventHandlers().handlers()).sort()).toEqual(eventTypesConsumedBy('referral').sort());
  });
});
