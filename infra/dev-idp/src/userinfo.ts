import type { KeyObject } from 'node:crypto';
import { jwtVerify } from 'jose';
import type { KoaContext } from 'oidc-provider';
import { allowedOrigins, type RealmDirectory } from './keycloak-claims';

export interface UserinfoDependencies {
  directory: RealmDirectory;
  issuer: string;
  publicKey: KeyObject;
}

/**
 * Keycloak answers userinfo for its own JWT access tokens. oidc-provider cannot: it only accepts access tokens it
 * stored, and JWT access tokens are never stored. So this endpoint checks the signature itself.
 */
export function userinfoEndpoint({ directory, issuer, publicKey }: UserinfoDependencies) {
  return async function handleUserinfo(ctx: KoaContext): Promise<void> {
    const origin = ctx.get('origin');
    const corsAllowed = origin !== '' && directory.clients.some((client) => allowedOrigins(client).includes(origin));
    if (corsAllowed) {
      ctx.set('access-control-allow-origin', origin);
      ctx.set('vary', 'Origin');
    }
    if (ctx.method === 'OPTIONS') {
      if (corsAllowed) {
        ctx.set('access-control-allow-methods', 'GET,POST');
        ctx.set('access-control-allow-headers', 'Authorization,Content-Type');
      }
      ctx.status = 204;
      return;
    }
    ctx.set('cache-control', 'no-store');
    if (ctx.method !== 'GET' && ctx.method !== 'POST') {
      ctx.status = 405;
      ctx.body = { error: 'invalid_request', error_description: 'HTTP method not supported' };
      return;
    }

    const [scheme, token] = ctx.get('authorization').split(' ');
    const claims = scheme?.toLowerCase() === 'bearer' && token ? await verifiedUserClaims(token) : undefined;
    if (!claims) {
      ctx.status = 401;
      ctx.set('www-authenticate', `Bearer realm="${directory.realm.name}", error="invalid_token", error_description="Token verification failed"`);
      ctx.body = { error: 'invalid_token', error_description: 'Token verification failed' };
      return;
    }
    ctx.status = 200;
    ctx.body = claims;
  };

  async function verifiedUserClaims(token: string): Promise<Record<string, unknown> | undefined> {
    try {
      const { payload } = await jwtVerify(token, publicKey, { issuer, algorithms: ['RS256'], typ: 'JWT' });
      const user = typeof payload.sub === 'string' ? directory.user(payload.sub) : undefined;
      if (!user || payload.typ !== 'Bearer' || typeof payload.azp !== 'string') return undefined;
      return directory.userClaims(user, payload.azp, 'userinfo.token.claim');
    } catch {
      return undefined;
    }
  }
}
