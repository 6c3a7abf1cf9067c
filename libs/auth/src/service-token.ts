import { ApiError, ApiErrorCode, unauthenticated } from '@nrm/graphql';
import { type AuthenticatedRequest, bearerToken } from './request';
import { IdentityProviderUnavailableError, InvalidTokenError, type RealmAccessClaims, type TokenVerifier } from './token-verifier';

/*
 * A service acting on its own, outside any user's request (docs/architecture.md, "Internal REST between services",
 * "Service accounts"): it holds a confidential client of the identity provider with a service account and nothing
 * else (no sign-in flow, no password grant), takes a client-credentials token for it, and the peer's endpoint accepts
 * that one client's service account only. A user's token, or another service's, is refused.
 */

/** Who a service-account token names: the client (the calling service) and its service-account user. */
export interface ServiceIdentity {
  clientId: string;
  subject: string;
  expiresAt: Date;
}

/**
 * The service identity of a signature-verified access token, or InvalidTokenError: a Bearer token of one of
 * `allowedClients`, issued to that client's own service account (Keycloak names its user `service-account-<client>`).
 */
export function serviceIdentityFromClaims(payload: RealmAccessClaims, allowedClients: readonly string[]): ServiceIdentity {
  if (payload.typ !== undefined && payload.typ !== 'Bearer') throw new InvalidTokenError('not an access token');
  if (!payload.azp || !allowedClients.includes(payload.azp)) throw new InvalidTokenError('client not allowed');
  if (payload.preferred_username !== `service-account-${payload.azp}`) throw new InvalidTokenError('not a service account');
  if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') throw new InvalidTokenError('no subject or expiry');
  return { clientId: payload.azp, subject: payload.sub, expiresAt: new Date(payload.exp * 1000) };
}

/**
 * For an internal endpoint a service calls on its own (mark it `@PublicEndpoint()`: the user guard does not apply):
 * the calling service's identity, UNAUTHENTICATED without a valid token of the issuer, FORBIDDEN for a valid token of
 * anyone else (a user, another service). Behind `InternalRestErrorFilter` these are 401 and 403.
 */
export async function authenticateServiceCaller(verifier: TokenVerifier, request: Pick<AuthenticatedRequest, 'headers'>, allowedClients: readonly string[]): Promise<ServiceIdentity> {
  const token = bearerToken(request as AuthenticatedRequest);
  if (!token) throw unauthenticated();
  let claims: RealmAccessClaims;
  try {
    claims = await verifier.verifiedClaims(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated('Invalid or expired token');
    if (error instanceof IdentityProviderUnavailableError) throw new ApiError(ApiErrorCode.INTERNAL, 'Identity provider unavailable');
    throw error;
  }
  try {
    return serviceIdentityFromClaims(claims, allowedClients);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw new ApiError(ApiErrorCode.FORBIDDEN, 'Only a service allowed here may call this endpoint');
    throw error;
  }
}

export interface ClientCredentialsOptions {
  /** The realm URL, e.g. http://localhost:8080/realms/nrm. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
}

export class ServiceTokenUnavailable extends Error {
  override readonly name = 'ServiceTokenUnavailable';
}

/**
 * A service's own access token from the identity provider (client-credentials grant, HTTP Basic client
 * authentication), reused until shortly before it expires; concurrent callers share one request. Errors name the
 * status only, never a body or the secret.
 */
export class ClientCredentialsTokens {
  private current: { token: string; renewAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly options: ClientCredentialsOptions) {}

  token(): Promise<string> {
    if (this.current && Date.now() < this.current.renewAt) return Promise.resolve(this.current.token);
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** After the peer refused the token (revoked, keys rotated): the next call asks for a new one. */
  forget(): void {
    this.current = undefined;
  }

  private async fetchToken(): Promise<string> {
    const { issuer, clientId, clientSecret, timeoutMs } = this.options;
    const credentials = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64');
    let response: Response;
    try {
      response = await fetch(`${issuer.replace(/\/$/, '')}/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${credentials}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new ServiceTokenUnavailable('the identity provider could not be reached');
    }
    if (!response.ok) {
      await response.arrayBuffer().catch(() => undefined);
      throw new ServiceTokenUnavailable(`the identity provider answered ${response.status}`);
    }
    const body = (await response.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown } | null;
    if (typeof body?.access_token !== 'string') throw new ServiceTokenUnavailable('the identity provider answered without a token');
    const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : 60) * 1000;
    // Renewed at half its lifetime (at most a minute early): never sent within seconds of expiring.
    this.current = { token: body.access_token, renewAt: Date.now() + Math.max(lifetimeMs / 2, lifetimeMs - 60_000) };
    return body.access_token;
  }
}
