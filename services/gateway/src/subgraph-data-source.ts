import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CORRELATION_HEADER } from '@nrm/logging';

/** What the gateway knows about an incoming request; nothing here is logged. */
export interface GatewayContext {
  /** The caller's Authorization header, passed on untouched: each subgraph verifies the token itself. */
  authorization?: string;
  correlationId: string;
}

/**
 * Forwards the caller's credentials and correlation id to every subgraph call of a request. The gateway never
 * vouches for a caller: a subgraph trusts only a token it verified, never a header the gateway could invent.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Only calls made for a client's operation carry its credentials (the enum telling kinds apart is not exported).
    if (!('incomingRequestContext' in options)) return;
    const headers = options.request.http?.headers;
    if (!headers) return;
    const { authorization, correlationId } = options.context;
    if (authorization) headers.set('authorization', authorization);
    headers.set(CORRELATION_HEADER, correlationId);
  }
}
