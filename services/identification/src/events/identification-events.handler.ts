import { Injectable } from '@nestjs/common';
import type { EventHandlers } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';
import { RelationshipEventHandlers } from '../relationships/relationship-events.handler';
import { RiskLevelService } from '../risk-level/risk-level.service';

/** Every event this service consumes, each handled by the feature it concerns. */
@Injectable()
export class IdentificationEventHandlers implements EventHandlerSet {
  constructor(
    private readonly relationships: RelationshipEventHandlers,
    private readonly riskLevels: RiskLevelService,
  ) {}

  handlers(): EventHandlers {
    return {
      ...this.relationships.handlers(),
      'security.assessed': (event, manager) => this.riskLevels.applyEvent(manager, event.payload),
    };
  }
}
