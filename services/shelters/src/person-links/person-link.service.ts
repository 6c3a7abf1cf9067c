import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@nrm/events';
import { PersonLinkRepository } from './person-link.repository';

/** Linked person records (docs/domain.md, "Linked records"): reads of a canonical person include its aliases' cases. */
@Injectable()
export class PersonLinkService {
  constructor(private readonly links: PersonLinkRepository) {}

  recordLink(event: EventEnvelope<'person.linked'>, manager: EntityManager): Promise<void> {
    return this.links.record(manager, event.payload.aliasPersonId, event.payload.canonicalPersonId, event.occurredAt);
  }
}
