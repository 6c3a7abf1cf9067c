import { readFileSync } from 'node:fs';
import { ALL_AGENCY_TYPES } from '@nrm/domain';
import {
  defaultRealmFiles,
  loadRealmDefinition,
  mergeRealmDefinition,
  PartialImportSchema,
  passwordOf,
  RealmExportSchema,
  type RealmDefinition,
} from './realm-definition';

// The roles of docs/domain.md §1 and the demo users of docs/api.md "Demo agencies and users" (role, agency id,
// agency type), copied here so the realm is checked against the documented contract; a change to either must change
// this table too.
const PLATFORM_ROLES = [
  'first_responder',
  'ra_officer',
  'ra_head',
  'child_protection_worker',
  'formal_id_police',
  'formal_id_social',
  'case_manager',
  'shelter_staff',
  'shelter_head',
  'national_coordinator',
  'auditor',
  'platform_admin',
];

const DEMO_USERS: ReadonlyArray<readonly [username: string, role: string, agencyId: string, agencyType: string]> = [
  ['police.tirana', 'first_responder', 'police-tirana', 'STATE_POLICE'],
  ['border.kakavije', 'first_responder', 'border-kakavije', 'BORDER_POLICE'],
  ['ngo.outreach', 'first_responder', 'ngo-outreach', 'NGO'],
  ['ra.officer', 'ra_officer', 'responsible-authority', 'RESPONSIBLE_AUTHORITY'],
  ['ra.head', 'ra_head', 'responsible-authority', 'RESPONSIBLE_AUTHORITY'],
  ['cpw.tirana', 'child_protection_worker', 'cpu-tirana', 'CHILD_PROTECTION_UNIT'],
  ['sfait.tirana', 'formal_id_police', 'police-sfait-tirana', 'STATE_POLICE'],
  ['rdsss.tirana', 'formal_id_social', 'rdsss-tirana', 'REGIONAL_SOCIAL_SERVICE'],
  ['cm.shelter-a', 'case_manager', 'shelter-a', 'SHELTER_NGO'],
  ['psy.shelter-a', 'shelter_staff', 'shelter-a', 'SHELTER_NGO'],
  ['cm.shelter-b', 'case_manager', 'shelter-b', 'SHELTER_STATE'],
  ['coordinator', 'national_coordinator', 'national-coordinator', 'NATIONAL_COORDINATOR'],
  ['auditor', 'auditor', 'oversight', 'OVERSIGHT'],
  ['admin', 'platform_admin', 'platform', 'PLATFORM'],
  ['ra.deputy', 'ra_head', 'responsible-authority', 'RESPONSIBLE_AUTHORITY'],
  ['cpw.gjirokaster', 'child_protection_worker', 'cpu-gjirokaster', 'CHILD_PROTECTION_UNIT'],
  ['head.shelter-a', 'shelter_head', 'shelter-a', 'SHELTER_NGO'],
];

/** Albania's twelve counties, as the platform codes regions. */
const COUNTIES = ['BERAT', 'DIBER', 'DURRES', 'ELBASAN', 'FIER', 'GJIROKASTER', 'KORCE', 'KUKES', 'LEZHE', 'SHKODER', 'TIRANA', 'VLORE'];

const files = defaultRealmFiles();
const realmExport = JSON.parse(readFileSync(files.realmFile, 'utf8')) as Record<string, unknown>;
const devImport = JSON.parse(readFileSync(files.devImportFile, 'utf8')) as Record<string, unknown>;

interface MapperJson {
  protocolMapper: string;
  config: Record<string, string>;
}
interface ClientJson {
  clientId: string;
  publicClient?: boolean;
  standardFlowEnabled?: boolean;
  directAccessGrantsEnabled?: boolean;
  implicitFlowEnabled?: boolean;
  redirectUris?: string[];
  webOrigins?: string[];
  attributes?: Record<string, string>;
  protocolMappers?: MapperJson[];
}

function clientsOf(document: Record<string, unknown>): ClientJson[] {
  return (document.clients ?? []) as ClientJson[];
}

function mapperOf(client: ClientJson, claim: 'agency_id' | 'agency_type'): MapperJson | undefined {
  return client.protocolMappers?.find((mapper) => mapper.config['claim.name'] === claim);
}

interface ProfileAttribute {
  name: string;
  permissions: { view: string[]; edit: string[] };
  validations?: Record<string, { options?: string[] }>;
}

function userProfile(): { attributes: ProfileAttribute[] } {
  const components = realmExport.components as Record<string, Array<{ providerId: string; config: Record<string, string[]> }>>;
  const [provider] = components['org.keycloak.userprofile.UserProfileProvider'] ?? [];
  expect(provider?.providerId).toBe('declarative-user-profile');
  return JSON.parse(provider?.config['kc.user.profile.config']?.[0] ?? '{}') as { attributes: ProfileAttribute[] };
}

describe('the nrm realm export', () => {
  it('defines exactly the platform roles of docs/domain.md §1', () => {
    const roles = (realmExport.roles as { realm: Array<{ name: string }> }).realm.map((role) => role.name);
    expect(roles.sort()).toEqual([...PLATFORM_ROLES].sort());
  });

  it('holds no users but the service clients\' service accounts, and no client that accepts passwords', () => {
    expect(realmExport.users).toEqual([
      expect.objectContaining({ username: 'service-account-nrm-directory', serviceAccountClientId: 'nrm-directory', clientRoles: { 'realm-management': ['view-users'] } }),
      // The mail worker's own identity (docs/notifications.md): no role of any kind.
      expect.objectContaining({ username: 'service-account-nrm-notifications', serviceAccountClientId: 'nrm-notifications', clientRoles: {} }),
      // The statistics rebuild's own identity (docs/statistics.md): no role of any kind either.
      expect.objectContaining({ username: 'service-account-nrm-reporting', serviceAccountClientId: 'nrm-reporting', clientRoles: {} }),
    ]);
    expect((realmExport.users as Array<{ realmRoles?: unknown }>).every((user) => user.realmRoles === undefined)).toBe(true);
    expect(clientsOf(realmExport).filter((client) => client.directAccessGrantsEnabled)).toEqual([]);
  });

  it.each(['nrm-directory', 'nrm-notifications', 'nrm-reporting'])('makes %s a confidential service-account client with no secret in the file and no sign-in flow', (clientId) => {
    const client = clientsOf(realmExport).find((candidate) => candidate.clientId === clientId) as ClientJson & Record<string, unknown>;
    expect(client).toMatchObject({ publicClient: false, serviceAccountsEnabled: true, standardFlowEnabled: false, implicitFlowEnabled: false, directAccessGrantsEnabled: false });
    expect(client.secret).toBeUndefined();
  });

  it('holds a child protection unit for every county and a national one, each an agency group with type and region', () => {
    const groups = (realmExport.groups ?? []) as Array<{ attributes: Record<string, string[]> }>;
    const units = groups.filter((group) => group.attributes.agency_type?.[0] === 'CHILD_PROTECTION_UNIT');
    expect(units.map((group) => group.attributes.region?.[0] ?? 'NATIONAL').sort()).toEqual([...COUNTIES, 'NATIONAL'].sort());
    for (const group of groups) expect(ALL_AGENCY_TYPES).toContain(group.attributes.agency_type?.[0]);
  });

  it('makes nrm-portal a public standard-flow client with PKCE S256 on the portal origin', () => {
    const portal = clientsOf(realmExport).find((client) => client.clientId === 'nrm-portal');
    expect(portal).toMatchObject({
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      redirectUris: ['http://localhost:3000/*'],
      webOrigins: ['http://localhost:3000'],
      attributes: expect.objectContaining({ 'pkce.code.challenge.method': 'S256' }),
    });
  });

  it.each(['agency_id', 'agency_type'] as const)('maps the %s attribute into access token, id token and userinfo', (claim) => {
    const portal = clientsOf(realmExport).find((client) => client.clientId === 'nrm-portal');
    const mapper = portal && mapperOf(portal, claim);
    expect(mapper).toMatchObject({
      protocolMapper: 'oidc-usermodel-attribute-mapper',
      config: expect.objectContaining({
        'user.attribute': claim,
        multivalued: 'false',
        'access.token.claim': 'true',
        'id.token.claim': 'true',
        'userinfo.token.claim': 'true',
      }),
    });
  });

  it('declares agency_id and agency_type in the user profile, editable by administrators only', () => {
    const profile = userProfile();
    for (const name of ['agency_id', 'agency_type']) {
      expect(profile.attributes.find((attribute) => attribute.name === name)?.permissions.edit).toEqual(['admin']);
    }
    expect(profile.attributes.map((attribute) => attribute.name)).toEqual(
      expect.arrayContaining(['username', 'email', 'firstName', 'lastName']),
    );
  });

  it('limits agency_type to the agency types of docs/domain.md §1, the values the platform accepts in a token', () => {
    const agencyType = userProfile().attributes.find((attribute) => attribute.name === 'agency_type');
    expect(agencyType?.validations?.['options']?.options).toEqual([...ALL_AGENCY_TYPES]);
  });

  it('keeps access tokens short-lived and brute-force protection on', () => {
    expect(realmExport).toMatchObject({ realm: 'nrm', accessTokenLifespan: 300, bruteForceProtected: true });
  });
});

describe('the development import', () => {
  let realm: RealmDefinition;
  beforeAll(() => {
    realm = loadRealmDefinition(files);
  });

  it('holds the demo users of docs/api.md with their role, agency and agency type', () => {
    const people = realm.users.filter((user) => !user.serviceAccountClientId);
    const actual = people.map((user) => [user.username, user.realmRoles, user.attributes.agency_id, user.attributes.agency_type]);
    expect(actual).toEqual(DEMO_USERS.map(([username, role, agencyId, agencyType]) => [username, [role], [agencyId], [agencyType]]));
  });

  it('gives every demo user a role the realm defines and a fixed, distinct id', () => {
    for (const user of realm.users) {
      expect(user.realmRoles.every((role) => PLATFORM_ROLES.includes(role))).toBe(true);
    }
    // The demo users and the three service accounts (nrm-directory, nrm-notifications, nrm-reporting).
    expect(new Set(realm.users.map((user) => user.id)).size).toBe(DEMO_USERS.length + 3);
  });

  it('gives every demo user the permanent password demo-password and an address at the dev mail catch-all', () => {
    for (const user of realm.users.filter((candidate) => !candidate.serviceAccountClientId)) {
      expect(passwordOf(user)).toBe('demo-password');
      expect(user.email).toBe(`${user.username}@mail.nrm.local`);
      expect(user.enabled).toBe(true);
    }
  });

  it('has an agency group for every agency a demo user belongs to, and psy.shelter-a is a psychologist', () => {
    const agencies = new Set(realm.groups.map((group) => group.attributes.agency_id?.[0]));
    for (const [, , agencyId] of DEMO_USERS) expect(agencies).toContain(agencyId);
    for (const agencyId of ['shelter-c', 'cpu-gjirokaster']) expect(agencies).toContain(agencyId);
    expect(realm.users.find((user) => user.username === 'psy.shelter-a')?.attributes.team_function).toEqual(['PSYCHOLOGIST']);
  });

  it('adds nrm-cli as a public password-grant client with the same agency_id and agency_type mappers', () => {
    const cli = clientsOf(devImport).find((client) => client.clientId === 'nrm-cli');
    const portal = clientsOf(realmExport).find((client) => client.clientId === 'nrm-portal');
    expect(cli).toMatchObject({ publicClient: true, directAccessGrantsEnabled: true, standardFlowEnabled: false });
    for (const claim of ['agency_id', 'agency_type'] as const) {
      expect(cli && mapperOf(cli, claim)).toBeDefined();
      expect(cli && mapperOf(cli, claim)).toEqual(portal && mapperOf(portal, claim));
    }
  });

  it('is a document Keycloak partial import accepts: only clients, groups and users, skipping what exists', () => {
    expect(Object.keys(devImport).sort()).toEqual(['clients', 'groups', 'ifResourceExists', 'users']);
    expect(devImport.ifResourceExists).toBe('SKIP');
  });
});

describe('mergeRealmDefinition', () => {
  const baseRealm = RealmExportSchema.parse({ realm: 'nrm', roles: { realm: [{ name: 'auditor' }] } });
  const user = {
    id: '00000000-0000-4000-8000-0000000000ff',
    username: 'someone',
    realmRoles: ['auditor'],
  };

  it('refuses a user holding a role the realm does not define', () => {
    const partial = PartialImportSchema.parse({ users: [{ ...user, realmRoles: ['superuser'] }] });
    expect(() => mergeRealmDefinition(baseRealm, partial)).toThrow(/superuser/);
  });

  it('accepts the roles Keycloak creates in every realm', () => {
    const partial = PartialImportSchema.parse({ users: [{ ...user, realmRoles: ['offline_access'] }] });
    expect(mergeRealmDefinition(baseRealm, partial).users).toHaveLength(1);
  });

  it('skips an imported client that the realm already has, as ifResourceExists=SKIP does', () => {
    const realmWithClient = RealmExportSchema.parse({ realm: 'nrm', clients: [{ clientId: 'nrm-portal', publicClient: true }] });
    const partial = PartialImportSchema.parse({ clients: [{ clientId: 'nrm-portal', publicClient: false }] });
    const merged = mergeRealmDefinition(realmWithClient, partial);
    expect(merged.clients).toEqual([expect.objectContaining({ clientId: 'nrm-portal', publicClient: true })]);
  });
});
