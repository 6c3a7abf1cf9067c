import { timingSafeEqual } from 'node:crypto';
import {
  builtInRealmRoles,
  passwordOf,
  type ClientDefinition,
  type RealmDefinition,
  type UserDefinition,
} from './realm-definition';

/** Where a protocol mapper may put its claim, named as in Keycloak's mapper config. */
export type ClaimTarget = 'access.token.claim' | 'id.token.claim' | 'userinfo.token.claim';

// Keycloak grants every user these roles of the built-in `account` client through `default-roles-<realm>`,
// which is also why its access tokens carry `aud: "account"`.
const ACCOUNT_CLIENT_ROLES = ['manage-account', 'manage-account-links', 'view-profile'];

/** Users and clients of one realm, looked up the way Keycloak would, and the claims it would issue for them. */
export class RealmDirectory {
  private readonly usersById: ReadonlyMap<string, UserDefinition>;
  private readonly usersByUsername: ReadonlyMap<string, UserDefinition>;
  private readonly clientsById: ReadonlyMap<string, ClientDefinition>;

  constructor(readonly realm: RealmDefinition) {
    const enabledUsers = realm.users.filter((user) => user.enabled);
    this.usersById = new Map(enabledUsers.map((user) => [user.id, user]));
    // Keycloak usernames are case-insensitive and stored lower-case.
    this.usersByUsername = new Map(enabledUsers.map((user) => [user.username.toLowerCase(), user]));
    this.clientsById = new Map(realm.clients.filter((client) => client.enabled).map((client) => [client.clientId, client]));
  }

  get clients(): readonly ClientDefinition[] {
    return [...this.clientsById.values()];
  }

  user(id: string): UserDefinition | undefined {
    return this.usersById.get(id);
  }

  client(clientId: string): ClientDefinition | undefined {
    return this.clientsById.get(clientId);
  }

  /** The user whose non-temporary password matches, compared in constant time. */
  authenticate(username: string | undefined, password: string | undefined): UserDefinition | undefined {
    if (!username || !password) return undefined;
    const user = this.usersByUsername.get(username.toLowerCase());
    const expected = user ? passwordOf(user) : undefined;
    if (!user || expected === undefined) return undefined;
    const given = Buffer.from(password);
    const wanted = Buffer.from(expected);
    return given.length === wanted.length && timingSafeEqual(given, wanted) ? user : undefined;
  }

  /** Every claim name some client's attribute mapper can emit, so oidc-provider does not filter them out. */
  mappedClaimNames(): string[] {
    const names = this.clients.flatMap((client) => attributeMappers(client).map((mapper) => mapper.config['claim.name'] ?? ''));
    return [...new Set(names.filter((name) => name.length > 0))];
  }

  /** Standard profile claims plus the client's user-attribute mappers for the given token kind. */
  userClaims(user: UserDefinition, clientId: string | undefined, target: ClaimTarget): Record<string, unknown> {
    const client = clientId ? this.client(clientId) : undefined;
    const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
    return withoutUndefined({
      sub: user.id,
      preferred_username: user.username.toLowerCase(),
      name: name || undefined,
      given_name: user.firstName,
      family_name: user.lastName,
      email: user.email,
      email_verified: user.emailVerified,
      ...(client ? mappedClaims(user, client, target) : {}),
    });
  }

  /** The user Keycloak keeps for a client's service account, when the client has one. */
  serviceAccount(clientId: string): UserDefinition | undefined {
    if (!this.client(clientId)?.serviceAccountsEnabled) return undefined;
    return this.realm.users.find((user) => user.serviceAccountClientId === clientId && user.enabled);
  }

  /**
   * A client-credentials access token as Keycloak issues it: for the client's service-account user, with that user's
   * realm and client roles (`resource_access`), and no personal claims.
   */
  serviceAccountTokenClaims(clientId: string): Record<string, unknown> | undefined {
    const user = this.serviceAccount(clientId);
    if (!user) return undefined;
    return {
      typ: 'Bearer',
      azp: clientId,
      aud: 'account',
      acr: '1',
      sub: user.id,
      preferred_username: user.username.toLowerCase(),
      realm_access: { roles: [...builtInRealmRoles(this.realm.name), ...user.realmRoles] },
      resource_access: { account: { roles: ACCOUNT_CLIENT_ROLES }, ...Object.fromEntries(Object.entries(user.clientRoles).map(([client, roles]) => [client, { roles }])) },
    };
  }

  /** The Keycloak-specific part of an access token: client, roles, origins and mapped attributes. */
  accessTokenClaims(user: UserDefinition, clientId: string): Record<string, unknown> {
    const client = this.client(clientId);
    const origins = client ? allowedOrigins(client) : [];
    return withoutUndefined({
      typ: 'Bearer',
      azp: clientId,
      aud: 'account',
      acr: '1',
      'allowed-origins': origins.length > 0 ? origins : undefined,
      realm_access: { roles: [...builtInRealmRoles(this.realm.name), ...user.realmRoles] },
      resource_access: { account: { roles: ACCOUNT_CLIENT_ROLES } },
      ...this.userClaims(user, clientId, 'access.token.claim'),
    });
  }
}

/** Keycloak's redirect URI matching: exact, or a prefix when the registered URI ends with `*`. */
export function redirectUriMatches(registered: readonly string[], value: string): boolean {
  return registered.some((pattern) => (pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : value === pattern));
}

/** The client's post-logout redirect URIs; Keycloak's `+` means "the same as the redirect URIs". */
export function postLogoutRedirectUris(client: ClientDefinition): string[] {
  const configured = client.attributes['post.logout.redirect.uris'];
  if (!configured) return [];
  return configured.split('##').flatMap((uri) => (uri === '+' ? client.redirectUris : [uri]));
}

/** The client's web origins; Keycloak's `+` means "the origins of the redirect URIs". */
export function allowedOrigins(client: ClientDefinition): string[] {
  const origins = client.webOrigins.flatMap((origin) => {
    if (origin !== '+') return [origin];
    return client.redirectUris.flatMap((uri) => {
      const parsed = URL.parse(uri.replace(/\*$/, ''));
      return parsed ? [parsed.origin] : [];
    });
  });
  return [...new Set(origins)];
}

function attributeMappers(client: ClientDefinition) {
  return client.protocolMappers.filter((mapper) => mapper.protocolMapper === 'oidc-usermodel-attribute-mapper');
}

function mappedClaims(user: UserDefinition, client: ClientDefinition, target: ClaimTarget): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const { config } of attributeMappers(client)) {
    const attribute = config['user.attribute'];
    const claim = config['claim.name'];
    if (!attribute || !claim || config[target] !== 'true') continue;
    const values = user.attributes[attribute] ?? [];
    if (values.length === 0) continue;
    claims[claim] = config.multivalued === 'true' ? values : values[0];
  }
  return claims;
}

function withoutUndefined(claims: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}
