import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findRepositoryRoot } from './repository-root';

// The subset of Keycloak's realm and partial-import representations the dev identity provider understands;
// unknown keys are ignored, as Keycloak-only settings (brute force, user profile) have no effect here.

const stringMap = z.record(z.string(), z.string());

const ProtocolMapperSchema = z.object({
  name: z.string().min(1),
  protocolMapper: z.string().min(1),
  config: stringMap.default({}),
});

const ClientSchema = z.object({
  clientId: z.string().min(1),
  enabled: z.boolean().default(true),
  publicClient: z.boolean().default(false),
  secret: z.string().min(1).optional(),
  standardFlowEnabled: z.boolean().default(true),
  directAccessGrantsEnabled: z.boolean().default(false),
  /** Keycloak's client-credentials grant, issuing tokens for the client's service-account user. */
  serviceAccountsEnabled: z.boolean().default(false),
  redirectUris: z.array(z.string().min(1)).default([]),
  webOrigins: z.array(z.string().min(1)).default([]),
  attributes: stringMap.default({}),
  protocolMappers: z.array(ProtocolMapperSchema).default([]),
});

const CredentialSchema = z.object({
  type: z.string(),
  value: z.string().optional(),
  temporary: z.boolean().default(false),
});

const UserSchema = z.object({
  id: z.uuid(),
  username: z.string().min(1),
  enabled: z.boolean().default(true),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  emailVerified: z.boolean().default(false),
  // Keycloak stores attributes as lists; a bare string is accepted as a one-element list.
  attributes: z.record(z.string(), z.union([z.string().transform((value) => [value]), z.array(z.string())])).default({}),
  realmRoles: z.array(z.string()).default([]),
  /** Roles of clients (e.g. `realm-management`'s `view-users`), by client id. */
  clientRoles: z.record(z.string(), z.array(z.string())).default({}),
  /** Set on the user Keycloak creates for a client with a service account; it never signs in. */
  serviceAccountClientId: z.string().min(1).optional(),
  credentials: z.array(CredentialSchema).default([]),
});

const attributeMap = z.record(z.string(), z.union([z.string().transform((value) => [value]), z.array(z.string())])).default({});

/** A top-level group; the platform's agencies are groups carrying an `agency_id` attribute. */
const GroupSchema = z.object({
  id: z.string().min(1).optional(),
  name: z.string().min(1),
  path: z.string().min(1).optional(),
  attributes: attributeMap,
});

const RealmRolesSchema = z.object({ realm: z.array(z.object({ name: z.string().min(1) })).default([]) });

export const RealmExportSchema = z.object({
  realm: z.string().min(1),
  enabled: z.boolean().default(true),
  accessTokenLifespan: z.number().int().positive().default(300),
  ssoSessionIdleTimeout: z.number().int().positive().default(1800),
  ssoSessionMaxLifespan: z.number().int().positive().default(36000),
  roles: RealmRolesSchema.default({ realm: [] }),
  clients: z.array(ClientSchema).default([]),
  groups: z.array(GroupSchema).default([]),
  users: z.array(UserSchema).default([]),
});

export const PartialImportSchema = z.object({
  ifResourceExists: z.enum(['FAIL', 'SKIP', 'OVERWRITE']).optional(),
  roles: RealmRolesSchema.optional(),
  clients: z.array(ClientSchema).default([]),
  groups: z.array(GroupSchema).default([]),
  users: z.array(UserSchema).default([]),
});

export type ProtocolMapperDefinition = z.infer<typeof ProtocolMapperSchema>;
export type ClientDefinition = z.infer<typeof ClientSchema>;
export type UserDefinition = z.infer<typeof UserSchema>;
export type GroupDefinition = z.infer<typeof GroupSchema> & { id: string; path: string };

export interface RealmDefinition {
  readonly name: string;
  readonly roles: ReadonlySet<string>;
  readonly accessTokenLifespan: number;
  readonly ssoSessionIdleTimeout: number;
  readonly ssoSessionMaxLifespan: number;
  readonly clients: readonly ClientDefinition[];
  readonly groups: readonly GroupDefinition[];
  readonly users: readonly UserDefinition[];
}

export interface RealmFiles {
  realmFile?: string;
  devImportFile?: string;
}

/** Roles Keycloak itself creates in every realm; users may hold them without the export listing them. */
export function builtInRealmRoles(realm: string): readonly string[] {
  return [`default-roles-${realm}`, 'offline_access', 'uma_authorization'];
}

export function defaultRealmFiles(root: string = findRepositoryRoot()): Required<RealmFiles> {
  return {
    realmFile: join(root, 'infra', 'keycloak', 'nrm-realm.json'),
    devImportFile: join(root, 'infra', 'keycloak', 'dev', 'nrm-dev-import.json'),
  };
}

export function loadRealmDefinition(files: RealmFiles = {}): RealmDefinition {
  const realmFile = files.realmFile ?? defaultRealmFiles().realmFile;
  const devImportFile = files.devImportFile ?? defaultRealmFiles().devImportFile;
  return mergeRealmDefinition(
    RealmExportSchema.parse(readJson(realmFile)),
    PartialImportSchema.parse(readJson(devImportFile)),
  );
}

/** Applies a partial import to a realm export the way `ifResourceExists=SKIP` does, then checks references. */
export function mergeRealmDefinition(
  realm: z.infer<typeof RealmExportSchema>,
  partial: z.infer<typeof PartialImportSchema>,
): RealmDefinition {
  const roles = new Set([
    ...builtInRealmRoles(realm.realm),
    ...realm.roles.realm.map((role) => role.name),
    ...(partial.roles?.realm ?? []).map((role) => role.name),
  ]);
  const clients = skipExisting(realm.clients, partial.clients, (client) => client.clientId);
  const users = skipExisting(realm.users, partial.users, (user) => user.username);
  const groups = skipExisting(realm.groups, partial.groups, (group) => group.name).map((group) => ({
    ...group,
    // Keycloak assigns ids on import; a stable one derived from the name keeps the dev provider's answers repeatable.
    id: group.id ?? nameBasedId(`group:${group.name}`),
    path: group.path ?? `/${group.name}`,
  }));

  for (const user of users) {
    const unknown = user.realmRoles.filter((role) => !roles.has(role));
    if (unknown.length > 0) throw new Error(`User ${user.username} holds roles the realm does not define: ${unknown.join(', ')}`);
  }
  const ids = new Set(users.map((user) => user.id));
  if (ids.size !== users.length) throw new Error('Two users share one id');

  return {
    name: realm.realm,
    roles,
    accessTokenLifespan: realm.accessTokenLifespan,
    ssoSessionIdleTimeout: realm.ssoSessionIdleTimeout,
    ssoSessionMaxLifespan: realm.ssoSessionMaxLifespan,
    clients,
    groups,
    users,
  };
}

/** The user's current password, when the definition gives one that need not be changed at first sign-in. */
export function passwordOf(user: UserDefinition): string | undefined {
  return user.credentials.find((credential) => credential.type === 'password' && !credential.temporary)?.value;
}

function skipExisting<T>(existing: readonly T[], imported: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(existing.map(key));
  const merged = [...existing];
  for (const item of imported) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    merged.push(item);
  }
  return merged;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`Cannot read realm definition ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A UUID-shaped id that is the same for the same name on every start. */
function nameBasedId(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
