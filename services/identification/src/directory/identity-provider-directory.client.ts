import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { ClientCredentialsTokens } from '@nrm/auth';
import { ALL_ROLES, type Role } from '@nrm/domain';
import { SERVICE_RUNTIME, type ServiceRuntime } from '@nrm/service-kit';
import { directoryAdminUrl, type IdentificationConfig } from '../config';
import { DirectoryException, DirectoryExceptionCode } from './directory.exception';

const PAGE_SIZE = 100;

const attributes = z.record(z.string(), z.array(z.string())).optional().default({});

/** Keycloak's GroupRepresentation, the fields the directory reads. */
const GroupSchema = z.object({ id: z.string(), name: z.string(), attributes });
/** Keycloak's UserRepresentation, the fields the directory reads. */
const UserSchema = z.object({
  id: z.string().min(1),
  username: z.string().min(1),
  enabled: z.boolean().default(true),
  email: z.string().optional(),
  attributes,
});
const RoleHolderSchema = z.object({ id: z.string().min(1) });

export type IdentityProviderGroup = z.infer<typeof GroupSchema>;
export type IdentityProviderUser = z.infer<typeof UserSchema>;

export interface IdentityProviderSnapshot {
  groups: IdentityProviderGroup[];
  users: IdentityProviderUser[];
  /** The platform's realm roles each user holds directly, by user id. */
  rolesByUser: Map<string, Role[]>;
}

/**
 * Reads groups, users and role holders from Keycloak's admin REST API (the dev identity provider serves the same
 * paths) as the `nrm-directory` service account: a client-credentials token whose only power is realm-management's
 * `view-users`. Nothing is cached: each read takes a fresh token.
 */
@Injectable()
export class IdentityProviderDirectoryClient {
  private readonly config: IdentificationConfig;
  /** The directory client's service-account token (client-credentials grant), reused until shortly before it expires. */
  private readonly tokens: ClientCredentialsTokens;

  constructor(@Inject(SERVICE_RUNTIME) runtime: ServiceRuntime<IdentificationConfig>) {
    this.config = runtime.config;
    this.tokens = new ClientCredentialsTokens({
      issuer: this.config.OIDC_ISSUER,
      clientId: this.config.DIRECTORY_CLIENT_ID,
      clientSecret: this.config.DIRECTORY_CLIENT_SECRET,
      timeoutMs: this.config.DIRECTORY_TIMEOUT_MS,
    });
  }

  async snapshot(): Promise<IdentityProviderSnapshot> {
    try {
      return await this.read(await this.serviceAccountToken());
    } catch (error) {
      // A refused or failed read: the next sync asks for a new token (it may have been revoked, or the keys rotated).
      this.tokens.forget();
      throw error;
    }
  }

  private async read(token: string): Promise<IdentityProviderSnapshot> {
    const groups = await this.pages('/groups?briefRepresentation=false', token, GroupSchema);
    const users = await this.pages('/users?briefRepresentation=false', token, UserSchema);
    // Keycloak's user list carries no roles; one list per platform role names its direct holders.
    const rolesByUser = new Map<string, Role[]>();
    for (const role of ALL_ROLES) {
      for (const holder of await this.pages(`/roles/${encodeURIComponent(role)}/users?briefRepresentation=true`, token, RoleHolderSchema)) {
        rolesByUser.set(holder.id, [...(rolesByUser.get(holder.id) ?? []), role]);
      }
    }
    return { groups, users, rolesByUser };
  }

  private async serviceAccountToken(): Promise<string> {
    try {
      return await this.tokens.token();
    } catch (error) {
      // ServiceTokenUnavailable names the status only, never a body or the secret.
      throw new DirectoryException(DirectoryExceptionCode.IDENTITY_PROVIDER_FAILED, `No token from the identity provider: ${error instanceof Error ? error.message : 'unknown'}`);
    }
  }

  private async pages<T extends z.ZodType>(path: string, token: string, schema: T): Promise<Array<z.infer<T>>> {
    const items: Array<z.infer<T>> = [];
    for (let first = 0; ; first += PAGE_SIZE) {
      const separator = path.includes('?') ? '&' : '?';
      const response = await this.call(`${directoryAdminUrl(this.config)}${path}${separator}first=${first}&max=${PAGE_SIZE}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      });
      const page = z.array(schema).safeParse(await response.json().catch(() => null));
      if (!page.success) throw new DirectoryException(DirectoryExceptionCode.IDENTITY_PROVIDER_FAILED, 'The identity provider answered an unexpected shape');
      items.push(...page.data);
      if (page.data.length < PAGE_SIZE) return items;
    }
  }

  /** One HTTP call; a failure names the status only (never a body, which could echo credentials). */
  private async call(url: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(this.config.DIRECTORY_TIMEOUT_MS) });
    } catch {
      throw new DirectoryException(DirectoryExceptionCode.IDENTITY_PROVIDER_FAILED, 'The identity provider could not be reached');
    }
    if (!response.ok) {
      await response.arrayBuffer().catch(() => undefined);
      throw new DirectoryException(DirectoryExceptionCode.IDENTITY_PROVIDER_FAILED, `The identity provider answered ${response.status}`);
    }
    return response;
  }
}
