import { Injectable } from '@nestjs/common';
import type { EventHandlers } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';
import { FormalIdentificationService } from './formal-identification.service';

/** The events this service consumes, each applied in its inbox transaction. */
@Injectable()
export class FormalIdentificationEventHandlers implements EventHandlerSet {
  constructor(private readonly formalIdentifications: FormalIdentificationService) {}

  handlers(): EventHandlers {
    return {
      'person.erased': (event, manager) => this.formalIdentifications.erasePerson(event, manager),
      'person.linked': (event, manager) => this.formalIdentifications.recordLink(event, manager),
    };
  }
}
