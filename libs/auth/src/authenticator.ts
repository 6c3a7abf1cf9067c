import { Inject, Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode, unauthenticated } from '@nrm/graphql';
import type { Principal } from './principal';
import { type AuthenticatedRequest, bearerToken } from './request';
import { IdentityProviderUnavailableError, InvalidTokenError, TokenVerifier } from './token-verifier';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/**
 * Resolves the principal of a request once, from its bearer token; every subgraph verifies the token itself.
 * The guard runs on every field resolver too, and sibling fields resolve concurrently: they share one verification.
 */
@Injectable()
export class Authenticator {
  private readonly pending = new WeakMap<AuthenticatedRequest, Promise<Principal>>();

  constructor(@Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier) {}

  authenticate(request: AuthenticatedRequest): Promise<Principal> {
    if (request.principal) return Promise.resolve(request.principal);
    let principal = this.pending.get(request);
    if (!principal) {
      principal = this.verify(request);
      this.pending.set(request, principal);
    }
    return principal;
  }

  private async verify(request: AuthenticatedRequest): Promise<Principal> {
    const token = bearerToken(request);
    if (!token) throw unauthenticated();
    try {
      const identity = await this.verifier.verify(token);
      request.principal = { ...identity, correlationId: request.correlationId ?? null };
      return request.principal;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthenticated('Invalid or expired token');
      if (error instanceof IdentityProviderUnavailableError) throw new ApiError(ApiErrorCode.INTERNAL, 'Identity provider unavailable');
      throw error;
    }
  }
}
