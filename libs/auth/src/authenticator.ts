import { Inject, Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode, unauthenticated } from '@nrm/graphql';
import type { Principal } from './principal';
import { type AuthenticatedRequest, bearerToken } from './request';
import { IdentityProviderUnavailableError, InvalidTokenError, TokenVerifier } from './token-verifier';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/** Resolves the principal of a request once, from its bearer token; every subgraph verifies the token itself. */
@Injectable()
export class Authenticator {
  constructor(@Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier) {}

  async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    if (request.principal) return request.principal;
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
