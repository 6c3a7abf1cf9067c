import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { badUserInput } from './errors';

/**
 * The global validation pipe: whitelist, reject unknown properties, transform. Errors become BAD_USER_INPUT naming
 * every input path at fault (e.g. `input.person.citizenship.0`), never the submitted values.
 */
@Injectable()
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors: ValidationError[]) => new ValidationFailure(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CLIENT_INPUT_PARAMS.has(metadata.type)) {
      const unsafe = unsafeStringPaths(value, typeof metadata.data === 'string' ? metadata.data : '');
      if (unsafe.length) throw badUserInput(unsafe, expectation(unsafe, `must be text without control characters, at most ${MAX_INPUT_STRING_LENGTH} characters`));
    }
    try {
      const transformed: unknown = await super.transform(value, metadata);
      if (CLIENT_INPUT_PARAMS.has(metadata.type)) {
        const multiLine = singleLineViolations(transformed, typeof metadata.data === 'string' ? metadata.data : '');
        if (multiLine.length) throw badUserInput(multiLine, expectation(multiLine, 'must be a single line, without tabs or line breaks'));
      }
      return transformed;
    } catch (error) {
      if (error instanceof ValidationFailure) {
        const prefix = typeof metadata.data === 'string' && metadata.data ? `${metadata.data}.` : '';
        const faults = error.errors.flatMap((item) => flatten(item, prefix));
        throw badUserInput(
          faults.map((fault) => fault.path),
          faults.map((fault) => `${fault.path}: ${fault.expected}`).join('; '),
        );
      }
      throw error;
    }
  }
}

/**
 * The parameters a client supplies: REST body, query and path, and GraphQL arguments (Nest hands resolvers' params
 * to pipes with GqlParamtype's numbers, ARGS being 3; the context, parent and info are never walked).
 */
const CLIENT_INPUT_PARAMS: ReadonlySet<unknown> = new Set(['body', 'query', 'param', 3]);

/**
 * Longest string any input takes when its DTO sets no tighter bound: a DTO's own length validators decide below it.
 * Free text (reasons, notes) stays well under it; a name is bounded at 200 by its DTO.
 */
export const MAX_INPUT_STRING_LENGTH = 20_000;

// Control characters other than tab, line feed and carriage return: NUL cannot be stored by PostgreSQL at all, and
// the others have no place in a name, a code or a note (they hide text in logs and exports).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * The input paths of every string in an argument that carries a control character or exceeds
 * MAX_INPUT_STRING_LENGTH, for every argument of every resolver and endpoint alike, before the DTO's own validators.
 */
export function unsafeStringPaths(value: unknown, path: string, found: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    if (value.length > MAX_INPUT_STRING_LENGTH || CONTROL_CHARACTERS.test(value)) found.push(path || 'input');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unsafeStringPaths(item, join(path, String(index)), found, depth + 1));
  } else if (value !== null && typeof value === 'object' && depth < 32 && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) unsafeStringPaths(item, join(path, key), found, depth + 1);
  }
  return found;
}

/**
 * A string field whose DTO bounds it at this length or less is one line (a name, a code, a reference): tab and line
 * breaks are refused there, and allowed only in free text (reasons, notes), whose bounds are larger.
 */
const SINGLE_LINE_MAX_LENGTH = 200;

const LINE_BREAKS_AND_TABS = /[\t\n\r]/;

/** The largest length the DTO allows a property, from its `@MaxLength` or `@Length` validators. */
function declaredMaxLength(target: object, property: string): number | undefined {
  const validators = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const bounds = validators
    .filter((validator) => validator.propertyName === property && (validator.name === 'maxLength' || validator.name === 'isLength'))
    .map((validator) => Number(validator.name === 'maxLength' ? validator.constraints[0] : validator.constraints[1]))
    .filter((bound) => Number.isFinite(bound));
  return bounds.length ? Math.min(...bounds) : undefined;
}

/** The paths of single-line fields (see SINGLE_LINE_MAX_LENGTH) that hold a tab or a line break, through nested DTOs. */
function singleLineViolations(value: unknown, path: string, found: string[] = [], depth = 0): string[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => singleLineViolations(item, join(path, String(index)), found, depth + 1));
    return found;
  }
  if (value === null || typeof value !== 'object' || depth >= 32 || value instanceof Date) return found;
  // Only DTO instances carry length bounds: plain objects, and GraphQL literals (made without a prototype), do not.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === null || prototype === Object.prototype) return found;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = join(path, key);
    const strings: Array<[string, string]> =
      typeof item === 'string'
        ? [[itemPath, item]]
        : Array.isArray(item) && item.length > 0 && item.every((entry) => typeof entry === 'string')
          ? item.map((entry: string, index) => [join(itemPath, String(index)), entry])
          : [];
    if (strings.length) {
      const max = declaredMaxLength(value, key);
      if (max !== undefined && max <= SINGLE_LINE_MAX_LENGTH) {
        for (const [stringPath, text] of strings) if (LINE_BREAKS_AND_TABS.test(text)) found.push(stringPath);
      }
    } else {
      singleLineViolations(item, itemPath, found, depth + 1);
    }
  }
  return found;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

class ValidationFailure extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

/** Every message says what is expected of the fields it names, never what was sent. */
function expectation(paths: string[], expected: string): string {
  return `${paths.join(', ')}: ${expected}`;
}

/**
 * The input paths at fault, each with what its validators expect: the DTO's own messages (`must be …`) or
 * class-validator's defaults, which name the property and the constraint, never the value.
 */
function flatten(error: ValidationError, prefix: string): Array<{ path: string; expected: string }> {
  const path = `${prefix}${error.property}`;
  const messages = [...new Set(Object.values(error.constraints ?? {}))];
  const own = messages.length ? [{ path, expected: messages.join(', ') }] : [];
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, `${path}.`))];
}
