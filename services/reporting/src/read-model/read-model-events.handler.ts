import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventHandlers } from '@nrm/events';
import type { EventHandlerSet } from '@nrm/service-kit';
import { READ_MODEL_EVENT_TYPES, type ReadModelEvent } from './fact-fold';
import { ReadModelService } from './read-model.service';

/**
 * Every event the national statistics count (docs/statistics.md), written into the read model inside its inbox
 * transaction: a redelivered event is recognised by its id and changes nothing.
 */
@Injectable()
export class ReadModelEventHandlers implements EventHandlerSet {
  constructor(private readonly readModel: ReadModelService) {}

  handlers(): EventHandlers {
    const write = (event: ReadModelEvent, manager: EntityManager) => this.readModel.applyLive(manager, event);
    return Object.fromEntries(READ_MODEL_EVENT_TYPES.map((type) => [type, write])) as EventHandlers;
  }
}
