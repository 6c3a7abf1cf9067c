import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { Controller } from 'react-hook-form';
import {
  Button,
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
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CheckboxItem, RadioItem } from './ui';


/**
 * React Hook Form's fields drawn with React Aria: the label, the value, and the message beside the field — the form's
 * own rule (a message key from the zod schema) or the API's refusal naming the field (`apiError`, a message key).
 */
interface FieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  apiError?: string | undefined;
  description?: string;
}

export function TextFieldControl<T extends FieldValues>(props: FieldProps<T> & { type?: string; multiline?: boolean }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const message = fieldState.error?.message ?? props.apiError;
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
            {props.multiline ? <TextArea ref={field.ref} rows={5} /> : <Input ref={field.ref} autoComplete="off" />}
            {props.description && <span className="hint">{props.description}</span>}
            <FieldError className="field-error">{message ? t(message) : null}</FieldError>
          </TextField>
        );
      }}
    />
  );
}

export function RadioControl<T extends FieldValues>(props: FieldProps<T> & { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const message = fieldState.error?.message ?? props.apiError;
        return (
          <RadioGroup
            className="choices"
            name={field.name}
            value={(field.value as string | undefined) ?? null}
            onChange={field.onChange}
            isInvalid={Boolean(message)}
            validationBehavior="aria"
          >
            <Label>{props.label}</Label>
            {props.options.map((option) => (
              <RadioItem key={option.value} value={option.value}>
                {option.label}
              </RadioItem>
            ))}
            <FieldError className="field-error">{message ? t(message) : null}</FieldError>
          </RadioGroup>
        );
      }}
    />
  );
}

/** A choice among many (agencies, regions): React Aria's Select; an empty value is "none chosen". */
export function SelectControl<T extends FieldValues>(props: FieldProps<T> & { options: { value: string; label: string }[]; placeholder: string }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const message = fieldState.error?.message ?? props.apiError;
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
            <FieldError className="field-error">{message ? t(message) : null}</FieldError>
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

/** Several choices (groups served, services): React Aria's CheckboxGroup over a string array. */
export function CheckboxGroupControl<T extends FieldValues>(props: FieldProps<T> & { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const message = fieldState.error?.message ?? props.apiError;
        return (
          <CheckboxGroup className="choices" name={field.name} value={(field.value as string[] | undefined) ?? []} onChange={field.onChange} isInvalid={Boolean(message)} validationBehavior="aria">
            <Label>{props.label}</Label>
            {props.options.map((option) => (
              <CheckboxItem key={option.value} value={option.value}>
                {option.label}
              </CheckboxItem>
            ))}
            <FieldError className="field-error">{message ? t(message) : null}</FieldError>
          </CheckboxGroup>
        );
      }}
    />
  );
}
