import { RA_MANDATE_ROLES } from '@nrm/access-policy';
import { hasAnyRole, type Principal } from '@nrm/auth';
import { NO_RELATIONSHIP_MESSAGE } from '@nrm/audit';
import { ApiError, ApiErrorCode } from '@nrm/graphql';
import { PersonEntity } from './person.entity';

/** The denial of a person the caller's agency is not linked to; an unknown id gets the very same words. */
export { NO_RELATIONSHIP_MESSAGE };

/** The Responsible Authority's mandate covers every person, so whether an id names one is no secret to it. */
export function seesEveryPerson(principal: Principal): boolean {
  return hasAnyRole(principal, RA_MANDATE_ROLES);
}

/**
 * The answer for an id that names no person. A caller who would see any person keeps NOT_FOUND; anyone else gets the
 * answer for a person it is not linked to, as an ApiError so the global denial filter records the attempt without a
 * person and under the per-actor limit (DenialAuditor), exactly as it does for any unknown id.
 */
export function unknownPersonError(principal: Principal, notFound: () => Error): Error {
  return seesEveryPerson(principal) ? notFound() : new ApiError(ApiErrorCode.FORBIDDEN, NO_RELATIONSHIP_MESSAGE);
}

const UNKNOWN_PERSONS = new WeakSet<PersonEntity>();

/**
 * A stand-in for an id that names no person, handed to a caller who may not learn that (an `_entities` reference):
 * it carries the id only, and every gated field of it is refused exactly as for a person the caller is not linked to.
 */
export function unknownPerson(id: string): PersonEntity {
  const person = Object.assign(new PersonEntity(), { id: id.toLowerCase() });
  UNKNOWN_PERSONS.add(person);
  return person;
}

export function isUnknownPerson(person: PersonEntity): boolean {
  return UNKNOWN_PERSONS.has(person);
}
