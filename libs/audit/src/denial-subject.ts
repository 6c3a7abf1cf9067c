import { isUuid } from '@nrm/graphql';

/** The pieces of one resolver call the denial filter reads: which field, on which parent, with which arguments. */
export interface ResolverCall {
  /** The parent type of the field: Query, Mutation, or the object type of a field or entity resolver (Person). */
  parentType: string;
  fieldName: string;
  args: Readonly<Record<string, unknown>>;
  /** The parent object of a field resolver, or the representation of an entity (reference) resolver. */
  root: unknown;
}

/** The object type whose `id` is a person's id. */
const PERSON_TYPE = 'Person';

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The person a refused call is about, wherever the operation carries it: `personId`, `input.personId` or
 * `filter.personId` (a list narrowed to one person, `referrals(filter: { personId })`) of any operation, `id` of an
 * operation that returns a Person, the parent of a Person field, or the representation an entity resolver is asked
 * to resolve (`_entities(representations: [{ __typename: "Person", id }])`). Lower case, as
 * PostgreSQL prints uuids and the access policy's entries are keyed; null when the call names no person (a case id,
 * a grant id: those are not persons, and writing them as one would be a false entry).
 */
export function deniedPersonId(call: ResolverCall, returnsPerson: boolean): string | null {
  const candidates: unknown[] = [call.args['personId'], field(call.args['input'], 'personId'), field(call.args['filter'], 'personId')];
  if (returnsPerson) candidates.push(call.args['id']);
  if (call.parentType === PERSON_TYPE || field(call.root, '__typename') === PERSON_TYPE) candidates.push(field(call.root, 'id'));
  const found = candidates.find(isUuid);
  return typeof found === 'string' ? found.toLowerCase() : null;
}
