import type { ReactNode } from 'react';
import { ProgressBar } from 'react-aria-components';
import type { FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiProblems, generalProblems, type ApiProblem } from '../../errors';
import { useApiProblems } from '../../form-fields';

/*
 * The feature's form support beside the shared fields (src/form-fields.tsx): the message for a field at a form path,
 * the API's errors that name no field, and the loading, error and empty states of its pages.
 */

/** A rule's message at a dotted form path (objectives.0.area), if any. */
function ruleAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const message = (node as { message?: unknown } | undefined)?.message ?? (node as { root?: { message?: unknown } } | undefined)?.root?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * The API's problems for a form, and the message for a field: the rule broken here first, else the API's error for the
 * field's input path (`input.` + the form path unless told otherwise).
 */
export function useProblems() {
  const { t } = useTranslation();
  const { problems, clear, fail, errorAt: apiErrorAt } = useApiProblems([]);
  return {
    problems,
    clear,
    fail,
    errorAt(errors: FieldErrors, path: string, apiPath = `input.${path}`): string | undefined {
      const rule = ruleAt(errors, path);
      return rule ? t(rule) : apiErrorAt(apiPath);
    },
  };
}

/** The API's errors that name no field the form shows, above the form. */
export function GeneralProblems({ problems, shown }: { problems: ApiProblem[]; shown: string[] }) {
  const { t } = useTranslation();
  const general = generalProblems(problems, shown);
  if (!general.length) return null;
  return (
    <div role="alert" className="alert">
      {general.map((problem, index) => (
        <p key={index}>{t(`apiErrors.${problem.code}`)}</p>
      ))}
    </div>
  );
}

/** Loading, error and empty states, the same on every page of the feature. */
export function QueryState({ loading, error, empty, emptyText, children }: { loading: boolean; error?: unknown; empty: boolean; emptyText: string; children: ReactNode }) {
  const { t } = useTranslation();
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (error) return <p role="alert" className="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>;
  if (empty) return <p className="cases-empty">{emptyText}</p>;
  return <>{children}</>;
}

/** An indeterminate progress bar for a long action (the PDF being made). */
export function Working({ label }: { label: string }) {
  return (
    <ProgressBar className="cases-progress" isIndeterminate aria-label={label}>
      <span className="cases-progress-track" aria-hidden="true">
        <span className="cases-progress-fill" />
      </span>
      <span>{label}</span>
    </ProgressBar>
  );
}
