import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { API_ERROR_CODES, ApiErrorCode, DomainException } from './errors';

/** The message of every unexpected error, in every environment: a driver's message may quote stored or submitted data. */
export const INTERNAL_ERROR_MESSAGE = 'Internal error';

/**
 * Maps every error to the error codes of docs/api.md and rewrites messages that could echo user input (graphql-js
 * coercion errors quote the submitted value, which may be a name). Unknown errors (a database driver's among them)
 * become INTERNAL with a generic message; the log has the detail, found by the correlation id
 * (internalErrorCorrelationPlugin).
 */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  if (original instanceof DomainException) {
    return shape(formatted, original.apiCode, original.message, original.fields);
  }
  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : undefined;
  if (code === 'GRAPHQL_PARSE_FAILED') {
    return shape(formatted, ApiErrorCode.BAD_USER_INPUT, 'The query could not be parsed', ['query']);
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' || isCoercionMessage(formatted.message)) {
    const fields = fieldsFromMessage(formatted.message);
    const existing = formatted.extensions?.['fields'];
    if (code === 'BAD_USER_INPUT' && Array.isArray(existing)) {
      return shape(formatted, ApiErrorCode.BAD_USER_INPUT, formatted.message, existing.map(String));
    }
    const message = isCoercionMessage(formatted.message)
      ? coercionMessage(formatted.message, fields)
      : sanitizeValidationMessage(formatted.message);
    return shape(formatted, ApiErrorCode.BAD_USER_INPUT, message, fields.length ? fields : ['query']);
  }
  if (code && API_ERROR_CODES.has(code)) {
    return shape(formatted, code as ApiErrorCode, formatted.message, fieldsOf(formatted));
  }
  return shape(formatted, ApiErrorCode.INTERNAL, INTERNAL_ERROR_MESSAGE, undefined);
}

/**
 * The request's correlation id on every unexpected error (the generic INTERNAL), so a caller can report it and an
 * operator find the log. INTERNAL errors the platform words itself (a peer service that did not answer) say enough.
 */
export function internalErrorCorrelationPlugin<TContext extends BaseContext>(
  correlationIdOf: (context: TContext) => string | null | undefined,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const correlationId = correlationIdOf(contextValue);
          if (!correlationId) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            error.extensions?.['code'] === ApiErrorCode.INTERNAL && error.message === INTERNAL_ERROR_MESSAGE
              ? { ...error, extensions: { ...error.extensions, correlationId } }
              : error,
          );
        },
      };
    },
  };
}

function shape(formatted: GraphQLFormattedError, code: ApiErrorCode, message: string, fields?: string[]): GraphQLFormattedError {
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code, ...(fields && fields.length ? { fields } : {}) },
  };
}

function fieldsOf(formatted: GraphQLFormattedError): string[] | undefined {
  const fields = formatted.extensions?.['fields'];
  return Array.isArray(fields) ? fields.map(String) : undefined;
}

function unwrap(error: unknown): unknown {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object' && 'originalError' in current; depth++) {
    const next = (current as { originalError?: unknown }).originalError;
    if (!next) break;
    current = next;
  }
  return current;
}

function isCoercionMessage(message: string): boolean {
  return /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(message);
}

/**
 * Extracts input paths from graphql-js messages, e.g.
 * `Variable "$input" got invalid value "X" at "input.person.sex"; …` → input.person.sex, and
 * `…at "input.person"; Field "sex" of required type "Sex!" was not provided.` → input.person.sex.
 */
export function fieldsFromMessage(message: string): string[] {
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const base = at ?? variable;
  const missing = /Field "([^"]+)" of required type/.exec(message)?.[1];
  const unknownField = /Field "([^"]+)" is not defined by type/.exec(message)?.[1];
  const nested = missing ?? unknownField;
  if (base && nested) return [`${base}.${nested}`];
  if (base) return [base];
  const argument = /Argument "([^"]+)" of required type/.exec(message)?.[1] ?? /Unknown argument "([^"]+)"/.exec(message)?.[1];
  if (argument) return [argument];
  const field = /Cannot query field "([^"]+)"/.exec(message)?.[1];
  return field ? [field] : [];
}

/**
 * What a variable of the wrong type should have been, from graphql-js's message but without the value it quotes:
 * `…at "input.person.estimatedAge"; Int cannot represent…` → `input.person.estimatedAge: must be of type Int`.
 */
function coercionMessage(message: string, fields: string[]): string {
  const where = fields.join(', ') || 'a variable';
  const scalar = /; (\w+) cannot represent/.exec(message)?.[1];
  const enumType = /does not exist in "(\w+)" enum/.exec(message)?.[1];
  const required = /of required type "([^"]+)" was not provided/.exec(message)?.[1];
  const expected = scalar ?? enumType ?? required;
  return expected ? `${where}: must be of type ${expected}` : `Invalid value for ${where}`;
}

/** Validation messages describe the query's shape; strip any quoted literal values just in case. */
function sanitizeValidationMessage(message: string): string {
  return message.replace(/got invalid value .*?(;|$)/, 'got an invalid value$1');
}
