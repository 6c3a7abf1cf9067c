import { type ArgumentsHost, Catch, HttpException, Inject } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import type { AuthenticatedRequest, GraphQLRequestContext } from '@nrm/auth';
import { ApiError, DomainException, INTERNAL_ERROR_MESSAGE } from '@nrm/graphql';
import type { Logger } from '@nrm/logging';
import { LOGGER } from './runtime';

/**
 * Lets GraphQL errors reach Apollo's formatError untouched. Expected outcomes (FORBIDDEN, CONSENT_REQUIRED, bad
 * input…) are not logged as errors; anything else is logged by name and message only (driver messages carry no
 * submitted values), never with the request.
 */
@Catch()
export class GraphQLExceptionFilter implements GqlExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') {
      if (exception instanceof HttpException) {
        const response = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>();
        response.status(exception.getStatus()).json(exception.getResponse());
        return undefined;
      }
      const { correlationId } = host.switchToHttp().getRequest<AuthenticatedRequest>();
      this.logger.error({ correlationId, err: describe(exception) }, 'unhandled error');
      const response = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>();
      response.status(500).json({ statusCode: 500, message: INTERNAL_ERROR_MESSAGE, correlationId });
      return undefined;
    }
    if (!(exception instanceof ApiError) && !(exception instanceof DomainException)) {
      const correlationId = GqlArgumentsHost.create(host).getContext<Partial<GraphQLRequestContext>>().req?.correlationId;
      this.logger.error({ correlationId, err: describe(exception) }, 'unexpected error in resolver');
    }
    return exception;
  }
}

function describe(exception: unknown): string {
  return exception instanceof Error ? `${exception.name}: ${exception.message}` : 'unknown';
}
