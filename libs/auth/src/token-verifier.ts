import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import { ALL_ROLES, isAgencyType, isRole, type Role } from '@nrm/domain';
import type { TokenIdentity } from './principal';

export interface TokenVerifierOptions {
  /** The realm URL, e.g. http://localhost:8080/realms/nrm; `iss` must equal it. */
  issuer: string;
  /** Accepted `azp` values. */
  allowedClients: readonly string[];
  clockSkewSeconds: number;
  /** How long a verified token's principal is reused without checking the signature again. */
  cacheSize?: number;
}

export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`invalid token: ${reason}`);
    this.name = 'InvalidTokenError';
  }
}

export class IdentityProviderUnavailableError extends Error {
  constructor() {
    super('identity provider unavailable');
    this.name = 'IdentityProviderUnavailableError';
  }
}

export interface RealmAccessClaims extends JWTPayload {
  azp?: string;
  typ?: string;
  preferred_username?: string;
  agency_id?: unknown;
  agency_type?: unknown;
  realm_access?: { roles?: unknown };
}

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * Verifies Keycloak access tokens with standard OIDC: keys from the issuer's discovery document (JWKS, rotated keys
 * refetched by jose), RS256 only, `iss`, `azp`, `exp` with clock skew, and `typ: Bearer` so ID tokens are refused.
 */
export class TokenVerifier {
  private keySet: KeySet | undefined;
  private discovery: Promise<KeySet> | undefined;
  private readonly cache: LRUCache<string, TokenIdentity>;

  constructor(private readonly options: TokenVerifierOptions) {
    this.cache = new LRUCache({ max: options.cacheSize ?? 5_000 });
  }

  async verify(token: string): Promise<TokenIdentity> {
    const cached = this.cache.get(token);
    if (cached && cached.expiresAt.getTime() + this.options.clockSkewSeconds * 1000 > Date.now()) return cached;

    const principal = identityFromClaims(await this.verifiedClaims(token), this.options.allowedClients);
    this.cache.set(token, principal);
    return principal;
  }

  /**
   * The claims of a token this issuer signed (RS256), not expired: what any caller's identity is read from. Which
   * client and who it names is the caller's to check (`identityFromClaims` for users, `serviceIdentityFromClaims` for a
   * service's own token).
   */
  async verifiedClaims(token: string): Promise<RealmAccessClaims> {
    const keySet = await this.keys();
    try {
      const { payload } = await jwtVerify<RealmAccessClaims>(token, keySet, {
        issuer: this.options.issuer,
        algorithms: ['RS256'],
        clockTolerance: this.options.clockSkewSeconds,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      return payload;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError(error.code);
      throw error;
    }
  }

  private keys(): Promise<KeySet> {
    if (this.keySet) return Promise.resolve(this.keySet);
    this.discovery ??= this.discover().finally(() => {
      this.discovery = undefined;
    });
    return this.discovery;
  }

  private async discover(): Promise<KeySet> {
    let response: Response;
    try {
      response = await fetch(`${this.options.issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
    } catch {
      throw new IdentityProviderUnavailableError();
    }
    if (!response.ok) throw new IdentityProviderUnavailableError();
    const document = (await response.json()) as { issuer?: string; jwks_uri?: string };
    if (document.issuer !== this.options.issuer || !document.jwks_uri) throw new IdentityProviderUnavailableError();
    this.keySet = createRemoteJWKSet(new URL(document.jwks_uri), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
    return this.keySet;
  }
}

/**
 * The identity a signature-verified payload names, or InvalidTokenError: an access token (not an ID token) of an allowed
 * client, naming the user's agency and its type and holding at least one platform role.
 */
export function identityFromClaims(payload: RealmAccessClaims, allowedClients: readonly string[]): TokenIdentity {
  if (payload.typ !== undefined && payload.typ !== 'Bearer') throw new InvalidTokenError('not an access token');
  if (!payload.azp || !allowedClients.includes(payload.azp)) throw new InvalidTokenError('client not allowed');
  if (typeof payload.agency_id !== 'string' || payload.agency_id.length === 0) throw new InvalidTokenError('no agency');
  // The policy decides some categories by agency type (the police), so a token without a known one is refused.
  if (typeof payload.agency_type !== 'string' || !isAgencyType(payload.agency_type)) throw new InvalidTokenError('no agency type');
  if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') throw new InvalidTokenError('no subject or expiry');
  const claimed = Array.isArray(payload.realm_access?.roles) ? payload.realm_access.roles : [];
  // Keep the order of docs/domain.md §1 so the primary role is stable whatever order the token lists them in.
  const roles: Role[] = ALL_ROLES.filter((role) => claimed.some((item) => typeof item === 'string' && isRole(item) && item === role));
  if (roles.length === 0) throw new InvalidTokenError('no platform role');
  return {
    subject: payload.sub,
    username: payload.preferred_username ?? payload.sub,
    roles,
    agencyId: payload.agency_id,
    agencyType: payload.agency_type,
    clientId: payload.azp,
    tokenId: payload.jti,
    expiresAt: new Date(payload.exp * 1000),
  };
}
