import type { ReactNode } from 'react';
import { Checkbox, FieldError, Input, Label, Radio, TextField } from 'react-aria-components';

/** Thin wrappers over React Aria's accessible primitives, so every page draws them the same way. */
export function TextInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  type?: 'text' | 'number' | 'date';
  name: string;
  autoComplete?: string;
}) {
  return (
    <TextField className="field" value={props.value} onChange={props.onChange} isInvalid={Boolean(props.error)} name={props.name} type={props.type ?? 'text'}>
      <Label>{props.label}</Label>
      <Input autoComplete={props.autoComplete ?? 'off'} />
      <FieldError className="field-error">{props.error}</FieldError>
    </TextField>
  );
}

export function CheckboxItem({ value, children }: { value: string; children: ReactNode }) {
  return (
    <Checkbox value={value} className="check">
      <span className="check-box" aria-hidden="true" />
      <span>{children}</span>
    </Checkbox>
  );
}

export function RadioItem({ value, children }: { value: string; children: ReactNode }) {
  return (
    <Radio value={value} className="radio">
      <span className="radio-dot" aria-hidden="true" />
      <span>{children}</span>
    </Radio>
  );
}
