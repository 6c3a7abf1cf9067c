import { GraphQLError } from 'graphql';

/** The error codes of docs/api.md (Errors); every error a client sees carries exactly one of them. */
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
 * Base of every feature's exception. A feature does not subclass this directly: it declares its codes and their API
 * codes in one table with `domainException` (below), so every exception of the platform has the same shape.
 */
export class DomainException extends Error {
  constructor(
    readonly apiCode: ApiErrorCode,
    /** The feature's own code (`REFERRAL_NOT_FOUND`), for logs and tests; clients see `apiCode`. */
    readonly code: string,
    message: string,
    readonly fields?: string[],
  ) {
    super(message);
  }

  toApiError(): ApiError {
    return new ApiError(this.apiCode, this.message, this.fields ? { fields: this.fields } : {});
  }
}

/** The constructor `domainException` returns: `new XException(code, message, fields?)`. */
export interface DomainExceptionClass<C extends string> {
  new (code: C, message: string, fields?: string[]): DomainException & { readonly code: C };
  /** The feature's table of codes to API codes. */
  readonly apiCodes: Readonly<Record<C, ApiErrorCode>>;
}

/**
 * A feature's exception class from its table of codes to API codes:
 *
 *     export class ReferralException extends domainException('ReferralException', {
 *       REFERRAL_NOT_FOUND: ApiErrorCode.NOT_FOUND, ...
 *     } satisfies Record<ReferralExceptionCode, ApiErrorCode>) {}
 *
 * The table's type is `Record<Code, ApiErrorCode>`, so a code without an API code does not compile. Messages name ids,
 * references and input paths only, never anything about a person (docs/api.md, errors).
 */
export function domainException<C extends string>(name: string, apiCodes: Readonly<Record<C, ApiErrorCode>>): DomainExceptionClass<C> {
  const table = Object.freeze({ ...apiCodes });
  const FeatureException = class extends DomainException {
    static readonly apiCodes = table;
    declare readonly code: C;

    constructor(code: C, message: string, fields?: string[]) {
      const apiCode = table[code];
      if (apiCode === undefined) throw new Error(`${name}: no API code for ${String(code)}`);
      super(apiCode, code, message, fields);
      this.name = name;
    }
  };
  Object.defineProperty(FeatureException, 'name', { value: name });
  return FeatureException;
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
