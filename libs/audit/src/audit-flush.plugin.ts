import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApiErrorCode } from '@nrm/graphql';
import { AuditRecorder } from './audit-recorder';

interface RequestContextValue {
  req?: { correlationId?: string };
}

/**
 * Opens an audit batch when a GraphQL request starts, and writes it in `willSendResponse`, which Apollo awaits before
 * it writes the response. If the write fails, the data does not leave: the body is replaced by an INTERNAL error.
 */
@Plugin()
export class AuditFlushPlugin implements ApolloServerPlugin<RequestContextValue> {
  private readonly logger = new Logger('AuditTrail');

  constructor(private readonly recorder: AuditRecorder) {}

  async requestDidStart(requestContext: { contextValue: RequestContextValue }): Promise<GraphQLRequestListener<RequestContextValue>> {
    const requestKey = requestContext.contextValue.req;
    if (!requestKey) return {};
    this.recorder.open(requestKey);
    return {
      willSendResponse: async (context: GraphQLRequestContextWillSendResponse<RequestContextValue>) => {
        try {
          await this.recorder.flush(requestKey);
        } catch (error) {
          // Class and SQLSTATE only: a driver message may quote a value.
          const code = (error as { code?: unknown }).code;
          const failure = `${error instanceof Error ? error.name : 'unknown'} ${typeof code === 'string' ? code : ''}`;
          this.logger.error(`audit entries not written (${failure}); response withheld [correlation ${requestKey.correlationId ?? 'none'}]`);
          context.response.body = {
            kind: 'single',
            singleResult: { data: null, errors: [{ message: 'Internal error', extensions: { code: ApiErrorCode.INTERNAL } }] },
          };
          context.response.http.status = 500;
        }
      },
    };
  }
}
