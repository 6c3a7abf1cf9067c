import { deniedPersonId } from './denial-subject';

describe('deniedPersonId: the person a refused call is about', () => {
  const id = '6F1D1C0E-3C4B-4A43-9A5E-0C2B8E1B2A10';
  const lower = id.toLowerCase();
  const call = (parentType: string, fieldName: string, args: Record<string, unknown>, root: unknown = undefined) => ({ parentType, fieldName, args, root });

  it('reads personId, input.personId, filter.personId, and id of an operation returning a Person', () => {
    expect(deniedPersonId(call('Query', 'consentGrants', { personId: id }), false)).toBe(lower);
    expect(deniedPersonId(call('Query', 'referrals', { filter: { personId: id, status: 'PENDING' } }), false)).toBe(lower);
    expect(deniedPersonId(call('Mutation', 'grantLegalBasisOverride', { input: { personId: id, granteeAgencyId: 'shelter-a' } }), false)).toBe(lower);
    expect(deniedPersonId(call('Query', 'person', { id }), true)).toBe(lower);
  });

  it('reads the parent of a Person field and the representation of a Person entity resolver', () => {
    expect(deniedPersonId(call('Person', 'health', {}, { id }), false)).toBe(lower);
    expect(deniedPersonId(call('Query', '_entities', {}, { __typename: 'Person', id }), false)).toBe(lower);
  });

  it('never takes the id of something else for a person', () => {
    expect(deniedPersonId(call('Query', 'case', { id }), false)).toBeNull();
    expect(deniedPersonId(call('Mutation', 'withdrawConsent', { id }), false)).toBeNull();
    expect(deniedPersonId(call('Query', 'deadlines', { filter: { subjectRef: id } }), false)).toBeNull();
    expect(deniedPersonId(call('Query', '_entities', {}, { __typename: 'Case', id }), false)).toBeNull();
    expect(deniedPersonId(call('Query', 'person', { id: 'not-a-uuid' }), true)).toBeNull();
  });
});
