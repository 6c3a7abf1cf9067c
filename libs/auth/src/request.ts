import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Principal } from './principal';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  /** Set by the service's first middleware from the x-correlation-id header (or new): see @nrm/logging. */
  correlationId?: string;
}

export interface GraphQLRequestContext {
  req: AuthenticatedRequest;
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    const request = GqlExecutionContext.create(context).getContext<Partial<GraphQLRequestContext> | undefined>()?.req;
    if (request) return request;
    // A reference resolver is called as (representation, context, info), one argument short of a field resolver.
    const referenceContext = context.getArgByIndex<Partial<GraphQLRequestContext> | undefined>(1);
    if (referenceContext?.req) return referenceContext.req;
    throw new Error('GraphQL context without the request');
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

export function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
  return match?.[1];
}
