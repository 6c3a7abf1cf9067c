import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ApiError, ApiErrorCode, domainException } from './errors';
import { fieldsFromMessage, formatApiError, internalErrorCorrelationPlugin } from './format-error';

class SampleException extends domainException('SampleException', { SAMPLE: ApiErrorCode.CONFLICT }) {}

describe('formatApiError', () => {
  it('names the nested field of an invalid enum value without echoing the value', () => {
    const message = 'Variable "$input" got invalid value "Ana Hoxha" at "input.person.sex"; Value "Ana Hoxha" does not exist in "Sex" enum.';
    const result = formatApiError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.sex'] });
    expect(result.message).not.toContain('Ana');
  });

  it('says which type a variable of the wrong type must have, never quoting the value', () => {
    const cases: Array<[string, string]> = [
      ['Variable "$input" got invalid value "abc" at "input.person.estimatedAge"; Int cannot represent non-integer value: "abc"', 'input.person.estimatedAge: must be of type Int'],
      ['Variable "$input" got invalid value "Ana Hoxha" at "input.person.sex"; Value "Ana Hoxha" does not exist in "Sex" enum.', 'input.person.sex: must be of type Sex'],
      ['Variable "$input" got invalid value 19980302 at "input.person.dateOfBirth"; Date cannot represent non-string type 19980302', 'input.person.dateOfBirth: must be of type Date'],
      ['Variable "$input" got invalid value {}; Field "clientRequestId" of required type "ID!" was not provided.', 'input.clientRequestId: must be of type ID!'],
    ];
    for (const [message, expected] of cases) {
      expect(formatApiError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message)).message).toBe(expected);
    }
  });

  it('names a missing required field under its parent path', () => {
    expect(fieldsFromMessage('Variable "$input" got invalid value {}; Field "clientRequestId" of required type "ID!" was not provided.')).toEqual([
      'input.clientRequestId',
    ]);
    expect(
      fieldsFromMessage('Variable "$input" got invalid value { a: 1 } at "input.person"; Field "sex" of required type "Sex!" was not provided.'),
    ).toEqual(['input.person.sex']);
  });

  it('maps a domain exception to its API code', () => {
    const error = new GraphQLError('wrapped', { originalError: new SampleException('SAMPLE', 'Referral already answered') });
    expect(formatApiError({ message: 'wrapped' }, error)).toMatchObject({ message: 'Referral already answered', extensions: { code: 'CONFLICT' } });
  });

  it('hides the message of an unexpected error', () => {
    const error = new GraphQLError('boom', { originalError: new Error('relation "person" has secret row Ana') });
    expect(formatApiError({ message: 'relation "person" has secret row Ana' }, error)).toEqual({
      message: 'Internal error',
      extensions: { code: 'INTERNAL' },
    });
  });

  it('keeps the codes of docs/api.md as they are', () => {
    expect(formatApiError({ message: 'No consent', extensions: { code: 'CONSENT_REQUIRED' } }, new Error('x')).extensions).toEqual({
      code: 'CONSENT_REQUIRED',
    });
  });
});

describe('an unexpected error as the caller sees it', () => {
  const server = new ApolloServer<{ correlationId: string }>({
    typeDefs: 'type Query { driver: String, peer: String }',
    resolvers: {
      Query: {
        driver: () => {
          throw new Error('invalid byte sequence for encoding "UTF8": 0x00 (givenName Arta)');
        },
        peer: () => {
          throw new ApiError(ApiErrorCode.INTERNAL, 'Audit trail unavailable: the shelters service did not answer');
        },
      },
    },
    formatError: formatApiError,
    plugins: [internalErrorCorrelationPlugin<{ correlationId: string }>((context) => context.correlationId)],
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function errorsOf(query: string) {
    const response = await server.executeOperation({ query }, { contextValue: { correlationId: '9d1c0b7e-1f2a-4b3c-8d4e-5f6a7b8c9d0e' } });
    return response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
  }

  it("is INTERNAL with a generic message and the request's correlation id, never the driver's message", async () => {
    expect(await errorsOf('{ driver }')).toEqual([
      { message: 'Internal error', locations: [{ line: 1, column: 3 }], path: ['driver'], extensions: { code: 'INTERNAL', correlationId: '9d1c0b7e-1f2a-4b3c-8d4e-5f6a7b8c9d0e' } },
    ]);
  });

  it('keeps an INTERNAL error the platform words itself as it is', async () => {
    expect(await errorsOf('{ peer }')).toEqual([
      expect.objectContaining({ message: 'Audit trail unavailable: the shelters service did not answer', extensions: { code: 'INTERNAL' } }),
    ]);
  });
});
