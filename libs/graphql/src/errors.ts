import { GraphQLError } from 'graphql';

/** The error codes of API.md; every error a client sees carries exactly one of them. */
export enum ApiErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INTERNAL = 'INTERNAL',
}

export const API_ERROR_CODES: ReadonlySet<string> = new Set(Object.values(ApiErrorCode));

/** An error whose message is safe to show: it never carries personal data, only ids, references and field paths. */
export class ApiError extends GraphQLError {
  constructor(code: ApiErrorCode, message: string, extra: { fields?: string[] } = {}) {
    super(message, { extensions: { code, ...(extra.fields ? { fields: extra.fields } : {}) } });
    this.name = 'ApiError';
  }

  get code(): ApiErrorCode {
    return this.extensions['code'] as ApiErrorCode;
  }
}

export const unauthenticated = (message = 'Authentication required') => new ApiError(ApiErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'Not allowed') => new ApiError(ApiErrorCode.FORBIDDEN, message);
export const consentRequired = (message = 'No consent or legal basis covers this data category') =>
  new ApiError(ApiErrorCode.CONSENT_REQUIRED, message);
export const notFound = (what: string) => new ApiError(ApiErrorCode.NOT_FOUND, `${what} not found`);
export const conflict = (message: string) => new ApiError(ApiErrorCode.CONFLICT, message);
export const badUserInput = (fields: string[], message = `Invalid input: ${fields.join(', ')}`) =>
  new ApiError(ApiErrorCode.BAD_USER_INPUT, message, { fields });

/**
 * Base of each feature's exception (`ReferralException`, …). A feature maps its own code enum to an API code with an
 * exhaustive switch, so adding a code without a mapping does not compile.
 */
export abstract class DomainException extends Error {
  abstract readonly apiCode: ApiErrorCode;
  readonly fields?: string[];

  constructor(message: string, fields?: string[]) {
    super(message);
    this.fields = fields;
  }

  toApiError(): ApiError {
    return new ApiError(this.apiCode, this.message, this.fields ? { fields: this.fields } : {});
  }
}

/** Compile-time exhaustiveness for switch statements over enums. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is an id as the platform writes them (a UUID, either case). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Ids are UUIDs; anything else is the caller's mistake, named by its argument path. */
export function assertUuid(value: string, field: string): string {
  if (!isUuid(value)) throw badUserInput([field], `${field} is not a valid id`);
  return value;
}
