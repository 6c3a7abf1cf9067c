import type { EntityManager } from 'typeorm';
import type { PersonHead } from '../person/person.repository';
import type { PersonService } from '../person/person.service';
import { PersonRightsException, PersonRightsExceptionCode } from './person-rights.exception';

/** The person's row, locked for the rest of the transaction (PersonService.lock); NOT_FOUND when there is none. */
export async function lockPerson(persons: PersonService, manager: EntityManager, personId: string, mode: 'UPDATE' | 'SHARE'): Promise<PersonHead> {
  const person = await persons.lock(manager, personId, mode);
  if (!person) throw new PersonRightsException(PersonRightsExceptionCode.PERSON_NOT_FOUND, 'Person not found');
  return person;
}
