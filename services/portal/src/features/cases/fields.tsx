import { useState, type ReactNode } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Input, Label, ProgressBar, RadioGroup, TextArea, TextField } from 'react-aria-components';
import { Controller, type Control, type FieldErrors, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiProblems, generalProblems, problemAt, type ApiProblem } from '../../errors';
import { CheckboxItem, RadioItem } from '../../ui';

/*
 * The feature's form controls: react-hook-form's Controller over React Aria's accessible fields, each with its label
 * and its message beside it (a rule broken here, or the API's error naming the field).
 */

interface ControlProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  error?: string;
}

export function TextControl<T extends FieldValues>({ control, name, label, error, multiline, type }: ControlProps<T> & { multiline?: boolean; type?: 'text' | 'date' }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextField
          className="field"
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={Boolean(error)}
          type={(type ?? 'text') as 'text'}
        >
          <Label>{label}</Label>
          {multiline ? <TextArea ref={field.ref} rows={4} /> : <Input ref={field.ref} autoComplete="off" />}
          <FieldError className="field-error">{error}</FieldError>
        </TextField>
      )}
    />
  );
}

/** A native select: the platform's own list is the most dependable on phones and with screen readers. */
export function SelectControl<T extends FieldValues>({ control, name, label, error, options }: ControlProps<T> & { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const id = `select-${String(name).replace(/\W/g, '-')}`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <div className="field" data-invalid={error ? true : undefined}>
          <label htmlFor={id}>{label}</label>
          <select
            id={id}
            name={field.name}
            ref={field.ref}
            value={(field.value as string | undefined) ?? ''}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <option value="">{t('cases.form.choose')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {error && (
            <span id={`${id}-error`} className="field-error">
              {error}
            </span>
          )}
        </div>
      )}
    />
  );
}

export function RadioControl<T extends FieldValues>({ control, name, label, error, options }: ControlProps<T> & { options: { value: string; label: string }[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RadioGroup className="choices" value={(field.value as string | undefined) ?? null} onChange={field.onChange} isInvalid={Boolean(error)} name={field.name}>
          <Label>{label}</Label>
          {options.map((option) => (
            <RadioItem key={option.value} value={option.value}>
              {option.label}
            </RadioItem>
          ))}
          <FieldError className="field-error">{error}</FieldError>
        </RadioGroup>
      )}
    />
  );
}

export function ChecksControl<T extends FieldValues>({ control, name, label, error, options }: ControlProps<T> & { options: { value: string; label: string }[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckboxGroup className="choices" value={(field.value as string[] | undefined) ?? []} onChange={field.onChange} isInvalid={Boolean(error)} name={field.name}>
          <Label>{label}</Label>
          {options.map((option) => (
            <CheckboxItem key={option.value} value={option.value}>
              {option.label}
            </CheckboxItem>
          ))}
          <FieldError className="field-error">{error}</FieldError>
        </CheckboxGroup>
      )}
    />
  );
}

export function SwitchControl<T extends FieldValues>({ control, name, label }: Omit<ControlProps<T>, 'error'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox className="check" isSelected={Boolean(field.value)} onChange={field.onChange} name={field.name}>
          <span className="check-box" aria-hidden="true" />
          <span>{label}</span>
        </Checkbox>
      )}
    />
  );
}

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
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  return {
    problems,
    clear: () => setProblems([]),
    fail: (error: unknown) => setProblems(apiProblems(error)),
    errorAt(errors: FieldErrors, path: string, apiPath = `input.${path}`): string | undefined {
      const rule = ruleAt(errors, path);
      if (rule) return t(rule);
      const code = problemAt(problems, apiPath);
      return code ? t(`apiErrors.${code}`) : undefined;
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
