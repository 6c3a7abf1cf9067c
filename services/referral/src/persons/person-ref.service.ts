import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedRequest } from '@nrm/auth';
import type { EventEnvelope } from '@nrm/events';
import { IdentificationFactsClient, type PersonProjection } from './identification-facts.client';
import type { PersonRefEntity } from './person-ref.entity';
import { PersonRefRepository } from './person-ref.repository';

/** The routing facts of each identified person, projected from `identification.submitted`. */
@Injectable()
export class PersonRefService {
  constructor(
    private readonly persons: PersonRefRepository,
    private readonly identification: IdentificationFactsClient,
  ) {}

  /** Upserts the person's routing facts; redelivered or out-of-order events leave the newest facts in place. */
  project(event: EventEnvelope<'identification.submitted'>, manager: EntityManager): Promise<void> {
    return this.persons.upsert(manager, event);
  }

  /**
   * A person the `identification.submitted` event has not brought here yet (the RA acts the moment the submission
   * answers): identification's answer, asked with the caller's own token, projected now in its own transaction
   * (read-your-writes; events still apply on top). Null when identification knows no such person or cannot answer
   * (fail closed: the caller's refusal stands).
   */
  async catchUpFromIdentification(request: AuthenticatedRequest, personId: string): Promise<PersonProjection | null> {
    const projection = await this.identification.projection(request, personId).catch(() => null);
    if (!projection) return null;
    await this.persons.inTransaction((manager) => this.persons.catchUp(manager, projection));
    return projection;
  }

  /** The RA verified the person's age: the pathway it decided is the one referrals are checked against. */
  applyAgeVerified(event: EventEnvelope<'identification.age-verified'>, manager: EntityManager): Promise<void> {
    return this.persons.applyLaterFacts(manager, event.payload.personId, { isChild: event.payload.isChild }, event.occurredAt);
  }

  /** The interview was held later: the person may be referred. */
  applyInterviewRecorded(event: EventEnvelope<'identification.interview-recorded'>, manager: EntityManager): Promise<void> {
    return this.persons.applyLaterFacts(manager, event.payload.personId, { isChild: event.payload.isChild, interviewConsent: true }, event.occurredAt);
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

  /** The person, locked for a placement decision until the caller's transaction ends (see the repository). */
  findForPlacement(manager: EntityManager, personId: string): Promise<PersonRefEntity | null> {
    return this.persons.findForPlacement(manager, personId);
  }

  /** The projected row for a subject access export, or null when the person was never projected here. */
  async exportOfPerson(manager: EntityManager, personId: string): Promise<Record<string, unknown> | null> {
    const [person] = await this.persons.rowsForExport(manager, personId);
    return person ?? null;
  }
}
