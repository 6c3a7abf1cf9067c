import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Codes the API puts in extensions.code (docs/api.md, Errors); each has a message in the translation files. */
export const ERROR_CODES = ['BAD_USER_INPUT', 'CONSENT_REQUIRED', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiProblem {
  code: ErrorCode;
  /** Input paths at fault, e.g. input.person.sex (BAD_USER_INPUT, CONFLICT). */
  fields: string[];
}

function asCode(value: unknown): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(value as string) ? (value as ErrorCode) : 'INTERNAL';
}

/** The API's errors as codes and fields; a network failure or anything unexpected reads as INTERNAL. */
export function apiProblems(error: unknown): ApiProblem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((entry) => {
      const extensions = entry.extensions ?? {};
      const fields = Array.isArray(extensions['fields']) ? extensions['fields'].filter((f): f is string => typeof f === 'string') : [];
      return { code: asCode(extensions['code']), fields };
    });
  }
  return error ? [{ code: 'INTERNAL', fields: [] }] : [];
}

/** The error code for one input path (input.person.sex), or for any path under it. */
export function problemAt(problems: ApiProblem[], path: string): ErrorCode | undefined {
  return problems.find((problem) => problem.fields.some((field) => field === path || field.startsWith(`${path}.`)))?.code;
}

/** Problems that name no field the form shows: reported once, above the form. */
export function generalProblems(problems: ApiProblem[], shownPaths: string[]): ApiProblem[] {
  return problems.filter((problem) => !problem.fields.some((field) => shownPaths.some((path) => field === path || field.startsWith(`${path}.`))));
}
