import { GraphQLError } from 'graphql';
import { ApiErrorCode, DomainException } from './errors';
import { fieldsFromMessage, formatApiError } from './format-error';

class SampleException extends DomainException {
  readonly apiCode = ApiErrorCode.CONFLICT;
}

describe('formatApiError', () => {
  it('names the nested field of an invalid enum value without echoing the value', () => {
    const message = 'Variable "$input" got invalid value "Ana Hoxha" at "input.person.sex"; Value "Ana Hoxha" does not exist in "Sex" enum.';
    const result = formatApiError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message));
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.sex'] });
    expect(result.message).not.toContain('Ana');
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
    const error = new GraphQLError('wrapped', { originalError: new SampleException('Referral already answered') });
    expect(formatApiError({ message: 'wrapped' }, error)).toMatchObject({ message: 'Referral already answered', extensions: { code: 'CONFLICT' } });
  });

  it('hides the message of an unexpected error', () => {
    const error = new GraphQLError('boom', { originalError: new Error('relation "person" has secret row Ana') });
    expect(formatApiError({ message: 'relation "person" has secret row Ana' }, error)).toEqual({
      message: 'Internal error',
      extensions: { code: 'INTERNAL' },
    });
  });

  it('keeps the codes of API.md as they are', () => {
    expect(formatApiError({ message: 'No consent', extensions: { code: 'CONSENT_REQUIRED' } }, new Error('x')).extensions).toEqual({
      code: 'CONSENT_REQUIRED',
    });
  });
});
