import { InMemoryWebStorage, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import type { PortalConfig } from './config';

/**
 * OIDC authorization code with PKCE against the identity provider. Tokens live in memory only; after a reload the
 * portal asks the identity provider's session for new ones in a hidden frame (silent renew, prompt=none). The
 * short-lived PKCE state of a sign-in in progress sits in sessionStorage until the callback consumes it.
 */
export function userManagerSettings(config: PortalConfig): UserManagerSettings {
  const origin = window.location.origin;
  return {
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}/`,
    silent_redirect_uri: `${origin}/silent-renew.html`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

/** The access token's claims, unverified: only to shape the pages (the API verifies the token). */
function claimsOf(accessToken: string | undefined): { realm_access?: { roles?: unknown }; agency_id?: unknown } {
  const part = accessToken?.split('.')[1];
  if (!part) return {};
  try {
    return JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as { realm_access?: { roles?: unknown }; agency_id?: unknown };
  } catch {
    return {};
  }
}

/** The realm roles the access token carries (realm_access.roles); the API decides, this only shapes the menu. */
export function rolesOf(accessToken: string | undefined): string[] {
  const roles = claimsOf(accessToken).realm_access?.roles;
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
}

/** The caller's agency (the token's agency_id claim), to narrow a list to it; undefined when the token has none. */
export function agencyIdOf(accessToken: string | undefined): string | undefined {
  const agencyId = claimsOf(accessToken).agency_id;
  return typeof agencyId === 'string' && agencyId ? agencyId : undefined;
}

/**
 * Where the user was when sign-in began (a link from a notification, a reload that lost the tokens): the identity
 * provider returns to `/` only (the client's one redirect URI), and the portal then moves to that page.
 */
export function signInState(): { returnTo: string } {
  return { returnTo: `${window.location.pathname}${window.location.search.replace(/([?&])(code|state|session_state|iss)=[^&]*/g, '$1').replace(/[?&]+$/, '')}` };
}

/** The page to show after sign-in: the path kept in the sign-in state when it is one of the portal's own, else home. */
export function returnPathOf(state: unknown): string {
  const returnTo = (state as { returnTo?: unknown } | null | undefined)?.returnTo;
  // Only a path of this origin: never `//elsewhere` or `https://…`, which would turn sign-in into an open redirect.
  return typeof returnTo === 'string' && /^\/(?![/\\])/.test(returnTo) ? returnTo : '/';
}
