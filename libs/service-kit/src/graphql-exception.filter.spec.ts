import { NotFoundException } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import pino from 'pino';
import { ApiError, ApiErrorCode, domainException, INTERNAL_ERROR_MESSAGE } from '@nrm/graphql';
import { GraphQLExceptionFilter } from './graphql-exception.filter';

class RecordedResponse {
  statusCode: number | undefined;
  body: unknown;
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  json(body: unknown): void {
    this.body = body;
  }
}

const ExampleException = domainException('ExampleException', { EXAMPLE_CONFLICT: ApiErrorCode.CONFLICT });

function filterWithLog(): { filter: GraphQLExceptionFilter; logged: Array<Record<string, unknown>> } {
  const logged: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line) as Record<string, unknown>) });
  return { filter: new GraphQLExceptionFilter(logger), logged };
}

function graphqlHost(correlationId: string): ExecutionContextHost {
  const host = new ExecutionContextHost([{}, {}, { req: { correlationId } }, {}]);
  host.setType('graphql');
  return host;
}

describe('GraphQLExceptionFilter', () => {
  it('hands API errors and domain exceptions on to formatError untouched, without logging an expected outcome', () => {
    const { filter, logged } = filterWithLog();
    const denied = new ApiError(ApiErrorCode.FORBIDDEN, 'Not allowed');
    const conflict = new ExampleException('EXAMPLE_CONFLICT', 'Already closed');
    expect(filter.catch(denied, graphqlHost('c-1'))).toBe(denied);
    expect(filter.catch(conflict, graphqlHost('c-1'))).toBe(conflict);
    expect(logged).toEqual([]);
  });

  it('logs an unexpected resolver error by name and message with the correlation id, and hands it on', () => {
    const { filter, logged } = filterWithLog();
    const failure = new TypeError('cannot read x');
    expect(filter.catch(failure, graphqlHost('c-2'))).toBe(failure);
    expect(logged).toEqual([expect.objectContaining({ level: 50, correlationId: 'c-2', err: 'TypeError: cannot read x', msg: 'unexpected error in resolver' })]);
  });

  it('answers an HTTP exception outside GraphQL with its own status and body', () => {
    const { filter, logged } = filterWithLog();
    const response = new RecordedResponse();
    filter.catch(new NotFoundException('no such route'), new ExecutionContextHost([{ correlationId: 'c-3' }, response]));
    expect(response.statusCode).toBe(404);
    expect(response.body).toEqual({ statusCode: 404, message: 'no such route', error: 'Not Found' });
    expect(logged).toEqual([]);
  });

  it('answers anything else outside GraphQL with a generic 500 naming the correlation id, never the error', () => {
    const { filter, logged } = filterWithLog();
    const response = new RecordedResponse();
    filter.catch(new Error('duplicate key value violates "person_pkey"'), new ExecutionContextHost([{ correlationId: 'c-4' }, response]));
    expect(response.statusCode).toBe(500);
    expect(response.body).toEqual({ statusCode: 500, message: INTERNAL_ERROR_MESSAGE, correlationId: 'c-4' });
    expect(logged).toEqual([expect.objectContaining({ correlationId: 'c-4', msg: 'unhandled error' })]);
  });
});
