import type { AgencyType, Role } from '@nrm/domain';

/** The authenticated caller, built only from a verified access token. */
export interface Principal {
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

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}

/** The one role used to label audit entries: the first realm role, in the order DOMAIN.md lists them. */
export function primaryRole(principal: Principal): Role {
  const [first] = principal.roles;
  if (!first) throw new Error('principal without a role');
  return first;
}
