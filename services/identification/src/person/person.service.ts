import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonEntity } from './person.entity';
import { type FormalIdentificationStatusChange, type PersonHead, PersonRepository, type SecurityAssessmentFact } from './person.repository';

/**
 * The person record itself, with no access check: the features above (identification, access, consent, person
 * rights) decide who may see or change what before they call it.
 */
@Injectable()
export class PersonService {
  constructor(private readonly persons: PersonRepository) {}

  /** `manager`: the caller's transaction, so the read takes no second pool connection. */
  find(id: string, manager?: EntityManager): Promise<PersonEntity | null> {
    return this.persons.findById(id, manager);
  }

  /** The person an NRM reference names, with no access check (the caller decides who may look up by reference). */
  findByReference(reference: string): Promise<PersonEntity | null> {
    return this.persons.findByReference(reference);
  }

  /** For an id another record of this service points at: a missing person is a broken database, not a caller's error. */
  findExisting(id: string): Promise<PersonEntity> {
    return this.persons.findByIdOrFail(id);
  }

  /**
   * Locks the person's row for the rest of the transaction. Setting a hold, erasing and exporting all take this lock
   * first, so a hold set while an erasure runs is seen by it (or waits for it), and an export never reads half an
   * erasure. Null when no person has this id.
   */
  lock(manager: EntityManager, personId: string, mode: 'UPDATE' | 'SHARE'): Promise<PersonHead | null> {
    return this.persons.lockHead(manager, personId, mode);
  }

  erasedAt(personId: string): Promise<Date | null> {
    return this.persons.erasedAt(personId);
  }

  /** The risk level from a shelter's security assessment, if it is the latest one; `manager`: the caller's transaction. */
  applySecurityAssessment(assessment: SecurityAssessmentFact, manager?: EntityManager): Promise<boolean> {
    return this.persons.applySecurityAssessment(assessment, manager);
  }

  languages(manager: EntityManager, personId: string): Promise<string[] | null> {
    return this.persons.languages(manager, personId);
  }

  /**
   * Erasure's part of the person row: names, date of birth, estimated age, citizenship countries, identity documents,
   * languages, needs and risk level go; the non-identifying facts the statistics count stay. Returns when it was erased.
   */
  eraseFacts(manager: EntityManager, personId: string): Promise<Date> {
    return this.persons.eraseFacts(manager, personId);
  }

  /** The status a formal identification decided, unless a newer one already did (PersonRepository). In `manager`'s transaction. */
  applyFormalIdentificationStatus(manager: EntityManager, change: FormalIdentificationStatusChange): Promise<boolean> {
    return this.persons.applyFormalIdentificationStatus(manager, change);
  }
}
