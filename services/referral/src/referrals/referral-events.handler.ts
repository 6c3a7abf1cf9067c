import { Injectable } from '@nestjs/common';
import type { EventHandlers } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';
import { PersonRefService } from '../persons/person-ref.service';
import { ReferralService } from './referral.service';

/**
 * The facts this service keeps from others: who may be referred and which consents were withdrawn (identification),
 * and which case an accepted referral became and when it closed (shelters). Each runs inside the inbox transaction of its event.
 */
@Injectable()
export class ReferralEventHandlers implements EventHandlerSet {
  constructor(
    private readonly referrals: ReferralService,
    private readonly persons: PersonRefService,
  ) {}

  handlers(): EventHandlers {
    return {
      'identification.submitted': (event, manager) => this.persons.project(event, manager),
      'identification.age-verified': (event, manager) => this.persons.applyAgeVerified(event, manager),
      'identification.interview-recorded': (event, manager) => this.persons.applyInterviewRecorded(event, manager),
      'case.opened': (event, manager) => this.referrals.linkCase(event, manager),
      // The shelter closed the case: the placement ends and its place is given back (a transfer already ended it).
      'case.closed': (event, manager) => this.referrals.endPlacementOfClosedCase(event, manager),
      'consent.withdrawn': (event, manager) => this.referrals.markConsentWithdrawn(event, manager),
      'person.erased': (event, manager) => this.referrals.erasePerson(event, manager),
      'person.linked': (event, manager) => this.persons.recordLink(event, manager),
    };
  }
}
