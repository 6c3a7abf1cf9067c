import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@nrm/events';
import type { PersonRefEntity } from './person-ref.entity';
import { PersonRefRepository } from './person-ref.repository';

/** The routing facts of each identified person, projected from `identification.submitted`. */
@Injectable()
export class PersonRefService {
  constructor(private readonly persons: PersonRefRepository) {}

  /** Upserts the person's routing facts; redelivered or out-of-order events leave the newest facts in place. */
  project(event: EventEnvelope<'identification.submitted'>, manager: EntityManager): Promise<void> {
    return this.persons.upsert(manager, event);
  }

  /** The RA linked two records of one person: the alias id resolves to the canonical one from now on. */
  recordLink(event: EventEnvelope<'person.linked'>, manager: EntityManager): Promise<void> {
    return this.persons.recordAlias(manager, event.payload.aliasPersonId, event.payload.canonicalPersonId, event.occurredAt);
  }

  /** A linked record's id stands for its canonical person: new referrals are made for that one. */
  canonicalId(manager: EntityManager, personId: string): Promise<string> {
    return this.persons.canonicalId(manager, personId);
  }

  find(manager: EntityManager, personId: string): Promise<PersonRefEntity | null> {
    return this.persons.findById(manager, personId);
  }

  /** The projected row for a subject access export, or null when the person was never projected here. */
  async exportOfPerson(manager: EntityManager, personId: string): Promise<Record<string, unknown> | null> {
    const [person] = await this.persons.rowsForExport(manager, personId);
    return person ?? null;
  }
}
