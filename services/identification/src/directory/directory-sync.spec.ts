import { agencyRecords, userRecords } from './directory-sync.service';

const group = (name: string, attributes: Record<string, string[]>) => ({ id: name, name, attributes });
const user = (id: string, attributes: Record<string, string[]>) => ({ id, username: id.toUpperCase(), enabled: true, email: `${id}@example.org`, attributes });

describe('what the directory sync takes from the identity provider', () => {
  it('takes groups with a usable agency id, type and region as agencies, ignores other groups and counts the unusable', () => {
    const { agencies, skippedGroups } = agencyRecords([
      group('Child Protection Unit Fier', { agency_id: ['cpu-fier'], agency_type: ['CHILD_PROTECTION_UNIT'], region: ['fier'], name_sq: ['NjMF Fier'] }),
      group('Admins', {}),
      group('Bad type', { agency_id: ['x-agency'], agency_type: ['SECRET_SERVICE'] }),
      group('Bad id', { agency_id: ['Not An Id'], agency_type: ['NGO'] }),
      group('Bad region', { agency_id: ['ngo-x'], agency_type: ['NGO'], region: ['tirana; drop'] }),
      group('Duplicate', { agency_id: ['cpu-fier'], agency_type: ['CHILD_PROTECTION_UNIT'] }),
    ]);
    expect(agencies).toEqual([
      { id: 'cpu-fier', type: 'CHILD_PROTECTION_UNIT', region: 'FIER', name: 'Child Protection Unit Fier', names: { en: 'Child Protection Unit Fier', sq: 'NjMF Fier' } },
    ]);
    expect(skippedGroups).toBe(4);
  });

  it('takes users with an agency, their direct roles, a known team function only, and their agency\'s region when they have none', () => {
    const agencies = new Map([['shelter-a', { id: 'shelter-a', type: 'SHELTER_NGO', region: 'TIRANA', name: 'A', names: {} }]]);
    const { users, skippedUsers } = userRecords(
      {
        groups: [],
        users: [
          user('u1', { agency_id: ['shelter-a'], team_function: ['psychologist'], locale: ['sq'] }),
          user('u2', { agency_id: ['shelter-a'], team_function: ['ASTROLOGER'], region: ['DURRES'], locale: ['<script>'] }),
          user('u3', {}),
        ],
        rolesByUser: new Map([['u1', ['shelter_staff']]]),
      } as Parameters<typeof userRecords>[0],
      agencies,
    );
    expect(users).toEqual([
      { id: 'u1', username: 'u1', roles: ['shelter_staff'], agency_id: 'shelter-a', region: 'TIRANA', team_function: 'PSYCHOLOGIST', email: 'u1@example.org', locale: 'sq', enabled: true },
      { id: 'u2', username: 'u2', roles: [], agency_id: 'shelter-a', region: 'DURRES', team_function: null, email: 'u2@example.org', locale: null, enabled: true },
    ]);
    expect(skippedUsers).toBe(1);
  });
});
