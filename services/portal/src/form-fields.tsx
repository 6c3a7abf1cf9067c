import { useState, type ReactNode } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { Controller, type Control, type ControllerFieldState, type DefaultValues, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiProblems, generalProblems, problemAt, type ApiProblem } from './errors';
import { CheckboxItem, RadioItem } from './ui';

/**
 * React Hook Form's fields drawn with React Aria: the label, the value, and the one message beside the field — the
 * form's own rule (a message key from the zod schema, translated here) first, else `error`, a message already in the
 * user's language (the API's refusal naming the field). Validation shows through ARIA: the forms validate with zod.
 */
interface FieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  error?: string | undefined;
  description?: string;
}

interface Option<L = string> {
  value: string;
  label: L;
}

/** The message the field shows: its own rule broken, else the error it was given. */
function useMessage() {
  const { t } = useTranslation();
  return (fieldState: ControllerFieldState, error: string | undefined) => (fieldState.error?.message ? t(fieldState.error.message) : undefined) ?? error;
}

export function TextControl<T extends FieldValues>(props: FieldProps<T> & { type?: 'text' | 'date' | 'datetime-local' | 'number'; multiline?: boolean; rows?: number }) {
  const messageOf = useMessage();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const message = messageOf(fieldState, props.error);
        return (
          <TextField
            className="field"
            name={field.name}
            value={(field.value as string | undefined) ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            isInvalid={Boolean(message)}
            type={props.type ?? 'text'}
            validationBehavior="aria"
          >
            <Label>{props.label}</Label>
            {props.multiline ? <TextArea ref={field.ref} rows={props.rows ?? 4} /> : <Input ref={field.ref} autoComplete="off" />}
            {props.description && (
              <Text slot="description" className="hint">
                {props.description}
              </Text>
            )}
            <FieldError className="field-error">{message}</FieldError>
          </TextField>
        );
      }}
    />
  );
}

export function RadioControl<T extends FieldValues>(props: FieldProps<T> & { options: Option<ReactNode>[] }) {
  const messageOf = useMessage();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const message = messageOf(fieldState, props.error);
        return (
          <RadioGroup className="choices" name={field.name} value={(field.value as string | undefined) ?? null} onChange={field.onChange} isInvalid={Boolean(message)} validationBehavior="aria">
            <Label>{props.label}</Label>
            {props.options.map((option) => (
              <RadioItem key={option.value} value={option.value}>
                {option.label}
              </RadioItem>
            ))}
            <FieldError className="field-error">{message}</FieldError>
          </RadioGroup>
        );
      }}
    />
  );
}

/** A choice among many (agencies, regions): React Aria's Select; an empty value is "none chosen". */
export function SelectControl<T extends FieldValues>(props: FieldProps<T> & { options: Option[]; placeholder: string }) {
  const messageOf = useMessage();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const message = messageOf(fieldState, props.error);
        return (
          <Select
            className="field select"
            name={field.name}
            selectedKey={(field.value as string | undefined) || null}
            onSelectionChange={(key) => field.onChange(key === null ? '' : String(key))}
            isInvalid={Boolean(message)}
            placeholder={props.placeholder}
            validationBehavior="aria"
          >
            <Label>{props.label}</Label>
            <Button className="select-button" ref={field.ref}>
              <SelectValue />
              <span aria-hidden="true">▾</span>
            </Button>
            <FieldError className="field-error">{message}</FieldError>
            <Popover className="select-popover">
              <ListBox className="select-list">
                {props.options.map((option) => (
                  <ListBoxItem key={option.value} id={option.value} className="select-option" textValue={option.label}>
                    {option.label}
                  </ListBoxItem>
                ))}
              </ListBox>
            </Popover>
          </Select>
        );
      }}
    />
  );
}

/**
 * A choice among many as the platform's own select (the most dependable list on phones and with screen readers):
 * `placeholder` is the empty first option.
 */
export function NativeSelectControl<T extends FieldValues>(props: FieldProps<T> & { options: Option[]; placeholder: string }) {
  const messageOf = useMessage();
  const id = `select-${String(props.name).replace(/\W/g, '-')}`;
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const message = messageOf(fieldState, props.error);
        return (
          <div className="field" data-invalid={message ? true : undefined}>
            <label htmlFor={id}>{props.label}</label>
            <select
              id={id}
              name={field.name}
              ref={field.ref}
              value={(field.value as string | undefined) ?? ''}
              onChange={(event) => field.onChange(event.target.value)}
              onBlur={field.onBlur}
              aria-invalid={Boolean(message)}
              aria-describedby={message ? `${id}-error` : undefined}
            >
              <option value="">{props.placeholder}</option>
              {props.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {message && (
              <span id={`${id}-error`} className="field-error">
                {message}
              </span>
            )}
          </div>
        );
      }}
    />
  );
}

/** Several choices (groups served, services, categories): React Aria's CheckboxGroup over a string array. */
export function CheckboxGroupControl<T extends FieldValues>(props: FieldProps<T> & { options: Option<ReactNode>[] }) {
  const messageOf = useMessage();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const message = messageOf(fieldState, props.error);
        return (
          <CheckboxGroup className="choices" name={field.name} value={(field.value as string[] | undefined) ?? []} onChange={field.onChange} isInvalid={Boolean(message)} validationBehavior="aria">
            <Label>{props.label}</Label>
            {props.options.map((option) => (
              <CheckboxItem key={option.value} value={option.value}>
                {option.label}
              </CheckboxItem>
            ))}
            <FieldError className="field-error">{message}</FieldError>
          </CheckboxGroup>
        );
      }}
    />
  );
}

/** One yes-or-no box over a boolean. */
export function CheckboxControl<T extends FieldValues>({ control, name, label }: Omit<FieldProps<T>, 'error' | 'description'>) {
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

/**
 * A form's refusals by the API: `errorAt(path)` is the message for one input path (shown beside its field), `general`
 * the problems naming none of `shownPaths` (shown above the form).
 */
export function useApiProblems(shownPaths: string[]) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  return {
    problems,
    clear: () => setProblems([]),
    fail: (error: unknown) => setProblems(apiProblems(error)),
    errorAt: (path: string) => {
      const code = problemAt(problems, path);
      return code ? t(`apiErrors.${code}`) : undefined;
    },
    general: generalProblems(problems, shownPaths),
  };
}

/**
 * A form that records something: each submit clears the last outcome, runs `record` with the valid draft and, when the
 * API accepts it, empties the form, says so (`done`) and calls `onDone`; the API's refusal becomes `problems`, shown
 * beside the fields they name.
 */
export function useRecordingSubmit<Draft extends FieldValues>(
  form: UseFormReturn<Draft>,
  record: (draft: Draft) => Promise<unknown>,
  options: { emptyDraft: DefaultValues<Draft>; onDone?: () => void },
) {
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [done, setDone] = useState(false);
  const submit = form.handleSubmit(async (draft) => {
    setProblems([]);
    setDone(false);
    try {
      await record(draft);
      form.reset(options.emptyDraft);
      setDone(true);
      options.onDone?.();
    } catch (error) {
      setProblems(apiProblems(error));
    }
  });
  return { submit, problems, done };
}
