import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { Button, CheckboxGroup, FieldError, Input, Label, ListBox, ListBoxItem, Popover, RadioGroup, Select, SelectValue, Text, TextArea, TextField } from 'react-aria-components';
import { CheckboxItem, RadioItem } from '../../ui';

/**
 * React Aria fields bound to react-hook-form (Controller), each showing its one error beside it: the form's own rule or
 * the API's refusal of that field, already in the user's language.
 */
interface BoundProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  error?: string;
  hint?: string;
}

export function TextControl<T extends FieldValues>({ control, name, label, error, hint, type = 'text', multiline = false }: BoundProps<T> & { type?: 'text' | 'date' | 'number'; multiline?: boolean }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextField className="field" name={field.name} type={type} value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} isInvalid={Boolean(error)} validationBehavior="aria">
          <Label>{label}</Label>
          {multiline ? <TextArea ref={field.ref} rows={4} /> : <Input ref={field.ref} autoComplete="off" />}
          {hint && (
            <Text slot="description" className="hint">
              {hint}
            </Text>
          )}
          <FieldError className="field-error">{error}</FieldError>
        </TextField>
      )}
    />
  );
}

export function SelectControl<T extends FieldValues>({ control, name, label, error, options, placeholder }: BoundProps<T> & { options: { value: string; label: string }[]; placeholder: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select className="field consent-select" name={field.name} value={field.value || null} onChange={(key) => field.onChange(key ?? '')} isInvalid={Boolean(error)} validationBehavior="aria" placeholder={placeholder}>
          <Label>{label}</Label>
          <Button className="select-button" ref={field.ref}>
            <SelectValue />
            <span aria-hidden="true">▾</span>
          </Button>
          <FieldError className="field-error">{error}</FieldError>
          <Popover className="consent-popover">
            <ListBox className="consent-listbox">
              {options.map((option) => (
                <ListBoxItem key={option.value} id={option.value} className="consent-option" textValue={option.label}>
                  {option.label}
                </ListBoxItem>
              ))}
            </ListBox>
          </Popover>
        </Select>
      )}
    />
  );
}

export function RadioControl<T extends FieldValues>({ control, name, label, error, options }: BoundProps<T> & { options: { value: string; label: ReactNode }[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RadioGroup className="choices" name={field.name} value={field.value ?? null} onChange={field.onChange} isInvalid={Boolean(error)} validationBehavior="aria">
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

export function CheckboxesControl<T extends FieldValues>({ control, name, label, error, options }: BoundProps<T> & { options: { value: string; label: ReactNode }[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckboxGroup className="choices consent-checkboxes" name={field.name} value={field.value ?? []} onChange={field.onChange} isInvalid={Boolean(error)} validationBehavior="aria">
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
