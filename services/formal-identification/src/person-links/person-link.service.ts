import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@nrm/events';
import { PersonLinkRepository } from './person-link.repository';

/**
 * Linked person records (docs/domain.md, "Linked records"): an alias id stands for its canonical person, and a read
 * of the canonical person includes what was recorded under its aliases.
 */
@Injectable()
export class PersonLinkService {
  constructor(private readonly links: PersonLinkRepository) {}

  recordLink(event: EventEnvelope<'person.linked'>, manager: EntityManager): Promise<void> {
    return this.links.record(manager, event.payload.aliasPersonId.toLowerCase(), event.payload.canonicalPersonId.toLowerCase(), event.occurredAt);
  }

  /** The canonical id of a linked record, or the id itself. */
  canonicalId(personId: string, manager?: EntityManager): Promise<string> {
    return this.links.canonicalId(personId.toLowerCase(), manager);
  }

  /**
   * The records a subject access export of `personId` covers: its own and, for a canonical person, its aliases' (as
   * identification's part does); an alias's export stays its own record's.
   */
  async exportIds(personId: string, manager?: EntityManager): Promise<string[]> {
    const id = personId.toLowerCase();
    return [id, ...(await this.links.aliasesOf(id, manager))];
  }

  /** Every record id of the person: the canonical id first, then its aliases (just the id when nothing is linked). */
  recordIds(personId: string, manager?: EntityManager): Promise<string[]> {
    return this.links.recordIds(personId.toLowerCase(), manager);
  }
}
