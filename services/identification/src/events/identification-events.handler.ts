import { Injectable } from '@nestjs/common';
import type { EventHandlers } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';
import { DuplicatesService } from '../duplicates/duplicates.service';
import { RelationshipEventHandlers } from '../relationships/relationship-events.handler';

/**
 * Every event this service consumes, each handled inside the inbox transaction of the event: the workflow's
 * relationships (referrals, cases), and its own submissions, searched for possible duplicates in the worker so the
 * search never runs on the submission's path (docs/domain.md, "Possible duplicates").
 */
@Injectable()
export class IdentificationEventHandlers implements EventHandlerSet {
  constructor(
    private readonly relationships: RelationshipEventHandlers,
    private readonly duplicates: DuplicatesService,
  ) {}

  handlers(): EventHandlers {
    return {
      ...this.relationships.handlers(),
      'identification.submitted': (event, manager) => this.duplicates.screenSubmitted(manager, event.payload.personId),
    };
  }
}
