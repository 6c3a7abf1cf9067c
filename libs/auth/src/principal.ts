import type { AgencyType, Role } from '@nrm/domain';

/** Who a verified access token names: the same for every request carrying that token (and cached with it). */
export interface TokenIdentity {
  /** Keycloak user id (`sub`). */
  readonly subject: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly agencyId: string;
  /** The kind of agency (`agency_type`): the policy treats some categories differently for the police. */
  readonly agencyType: AgencyType;
  /** The OAuth client the token was issued to (`azp`). */
  readonly clientId: string;
  readonly tokenId: string | undefined;
  readonly expiresAt: Date;
}

/**
 * The authenticated caller of one request: the token's identity and the request's correlation id, so what the caller
 * causes (events, audit entries, calls to other services, log lines) carries it without ambient state. Null only
 * outside a request (a test calling a service directly).
 */
export interface Principal extends TokenIdentity {
  readonly correlationId: string | null;
}

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}

/**
 * The one role used to label audit entries: the first realm role, in the order docs/domain.md §1 lists them (the Role
 * enum's order).
 */
export function primaryRole(principal: Principal): Role {
  const [first] = principal.roles;
  if (!first) throw new Error('principal without a role');
  return first;
}
