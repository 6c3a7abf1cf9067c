import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { jwtVerify } from 'jose';
import type { GroupDefinition, RealmDefinition, UserDefinition } from './realm-definition';

/** The client whose roles guard Keycloak's admin API, and the role that lets a caller read users and groups. */
export const REALM_MANAGEMENT_CLIENT = 'realm-management';
export const VIEW_USERS_ROLE = 'view-users';

// Keycloak's default page size for these lists when the caller names none.
const DEFAULT_MAX = 100;

export interface AdminApiOptions {
  realm: RealmDefinition;
  issuer: string;
  publicKey: KeyObject;
}

/**
 * The read-only part of Keycloak's admin REST API that the platform's directory sync uses, at Keycloak's paths under
 * `/admin/realms/<realm>`: groups, users and the users holding a realm role, paged with `first`/`max`. Like Keycloak it
 * answers 401 without a valid access token of this realm and 403 unless the token carries `realm-management`'s
 * `view-users` (the directory client's service account holds it; no person does).
 */
export function adminApi({ realm, issuer, publicKey }: AdminApiOptions) {
  const prefix = `/admin/realms/${realm.name}`;
  const people = realm.users.filter((user) => !user.serviceAccountClientId);

  return async function handleAdminRequest(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://admin.invalid');
    if (!url.pathname.startsWith(`${prefix}/`)) return false;
    if (req.method !== 'GET') {
      send(res, 405, { error: 'HTTP 405 Method Not Allowed' });
      return true;
    }
    const roles = await callerRoles(req.headers.authorization, issuer, publicKey);
    if (!roles) {
      send(res, 401, { error: 'HTTP 401 Unauthorized' });
      return true;
    }
    if (!roles.includes(VIEW_USERS_ROLE)) {
      send(res, 403, { error: 'HTTP 403 Forbidden' });
      return true;
    }
    const path = url.pathname.slice(prefix.length);
    const briefParameter = url.searchParams.get('briefRepresentation');
    const page = <T>(items: readonly T[]): T[] => {
      const first = nonNegative(url.searchParams.get('first'), 0);
      const max = nonNegative(url.searchParams.get('max'), DEFAULT_MAX);
      return items.slice(first, first + max);
    };
    if (path === '/groups') {
      // Keycloak's defaults differ: groups are brief unless asked otherwise, users are full.
      send(res, 200, page(realm.groups).map((group) => groupRepresentation(group, briefParameter !== 'false')));
      return true;
    }
    if (path === '/users') {
      send(res, 200, page(people).map((user) => userRepresentation(user, briefParameter === 'true')));
      return true;
    }
    const roleUsers = /^\/roles\/([^/]+)\/users$/.exec(path);
    if (roleUsers) {
      const role = decodeURIComponent(roleUsers[1] ?? '');
      if (!realm.roles.has(role)) {
        send(res, 404, { error: 'Could not find role' });
        return true;
      }
      send(res, 200, page(people.filter((user) => user.realmRoles.includes(role))).map((user) => userRepresentation(user, true)));
      return true;
    }
    send(res, 404, { error: 'HTTP 404 Not Found' });
    return true;
  };
}

/** The `realm-management` roles of a valid access token of this realm, or undefined when it is not one. */
async function callerRoles(authorization: string | undefined, issuer: string, publicKey: KeyObject): Promise<string[] | undefined> {
  const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, publicKey, { issuer, algorithms: ['RS256'] });
    if (payload['typ'] !== 'Bearer') return undefined;
    const access = payload['resource_access'];
    const management = isRecord(access) ? access[REALM_MANAGEMENT_CLIENT] : undefined;
    const roles = isRecord(management) ? management['roles'] : undefined;
    return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
  } catch {
    return undefined;
  }
}

function groupRepresentation(group: GroupDefinition, brief: boolean): Record<string, unknown> {
  const base = { id: group.id, name: group.name, path: group.path, subGroupCount: 0, subGroups: [] };
  return brief ? base : { ...base, attributes: group.attributes, realmRoles: [], clientRoles: {} };
}

function userRepresentation(user: UserDefinition, brief: boolean): Record<string, unknown> {
  const base = {
    id: user.id,
    username: user.username.toLowerCase(),
    enabled: user.enabled,
    emailVerified: user.emailVerified,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
  };
  return brief ? base : { ...base, attributes: user.attributes };
}

function nonNegative(value: string | null, fallback: number): number {
  const parsed = value === null ? Number.NaN : Number.parseInt(value, 10);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
