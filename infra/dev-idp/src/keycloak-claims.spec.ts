import { allowedOrigins, postLogoutRedirectUris, RealmDirectory, redirectUriMatches } from './keycloak-claims';
import { mergeRealmDefinition, PartialImportSchema, RealmExportSchema } from './realm-definition';

const agencyMapper = {
  name: 'agency_id',
  protocolMapper: 'oidc-usermodel-attribute-mapper',
  config: { 'user.attribute': 'agency_id', 'claim.name': 'agency_id', 'access.token.claim': 'true', 'id.token.claim': 'false' },
};

function directory(): RealmDirectory {
  const realm = RealmExportSchema.parse({
    realm: 'nrm',
    roles: { realm: [{ name: 'auditor' }] },
    clients: [{ clientId: 'portal', publicClient: true, redirectUris: ['http://localhost:3000/*'], webOrigins: ['+'], protocolMappers: [agencyMapper] }],
  });
  const partial = PartialImportSchema.parse({
    users: [
      {
        id: '00000000-0000-4000-8000-000000000001',
        username: 'Auditor',
        attributes: { agency_id: ['oversight'] },
        realmRoles: ['auditor'],
        credentials: [{ type: 'password', value: 'secret' }],
      },
      {
        id: '00000000-0000-4000-8000-000000000002',
        username: 'first.login',
        realmRoles: ['auditor'],
        credentials: [{ type: 'password', value: 'secret', temporary: true }],
      },
    ],
  });
  return new RealmDirectory(mergeRealmDefinition(realm, partial));
}

describe('redirectUriMatches', () => {
  it('treats a trailing * as a prefix and anything else as an exact URI', () => {
    expect(redirectUriMatches(['http://localhost:3000/*'], 'http://localhost:3000/auth/callback')).toBe(true);
    expect(redirectUriMatches(['http://localhost:3000/*'], 'http://localhost:30001/auth/callback')).toBe(false);
    expect(redirectUriMatches(['http://localhost:3000/cb'], 'http://localhost:3000/cb/more')).toBe(false);
  });
});

describe('client URI attributes', () => {
  const client = RealmExportSchema.parse({
    realm: 'nrm',
    clients: [{ clientId: 'portal', redirectUris: ['http://localhost:3000/*'], webOrigins: ['+'], attributes: { 'post.logout.redirect.uris': '+##http://other/' } }],
  }).clients[0]!;

  it('reads + in web origins as the origins of the redirect URIs', () => {
    expect(allowedOrigins(client)).toEqual(['http://localhost:3000']);
  });

  it('reads + in post-logout redirect URIs as the redirect URIs', () => {
    expect(postLogoutRedirectUris(client)).toEqual(['http://localhost:3000/*', 'http://other/']);
  });
});

describe('RealmDirectory', () => {
  it('signs in by username case-insensitively with the permanent password only', () => {
    const realm = directory();
    expect(realm.authenticate('auditor', 'secret')?.id).toBe('00000000-0000-4000-8000-000000000001');
    expect(realm.authenticate('auditor', 'Secret')).toBeUndefined();
    expect(realm.authenticate('first.login', 'secret')).toBeUndefined();
  });

  it('puts mapped attributes only into the tokens the mapper names', () => {
    const realm = directory();
    const user = realm.user('00000000-0000-4000-8000-000000000001')!;
    expect(realm.accessTokenClaims(user, 'portal')).toMatchObject({
      azp: 'portal',
      preferred_username: 'auditor',
      agency_id: 'oversight',
      realm_access: { roles: expect.arrayContaining(['auditor', 'default-roles-nrm']) },
    });
    expect(realm.userClaims(user, 'portal', 'id.token.claim')).not.toHaveProperty('agency_id');
  });
});
