import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay, ProgressBar } from 'react-aria-components';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { generalProblems, problemAt, type ApiProblem } from '../../errors';

/**
 * A field's one message: the form's own rule first (its message is a translation key), else the API's refusal of the
 * input path `input.<field>` (or the path given), worded for that field when there is a message for it.
 */
export function useFieldErrors<T extends FieldValues>(errors: FieldErrors<T>, problems: ApiProblem[], paths: Record<string, string> = {}) {
  const { t } = useTranslation();
  const pathOf = (field: string) => paths[field] ?? `input.${field}`;
  const errorFor = (field: string): string | undefined => {
    const rule = (errors as Record<string, { message?: string } | undefined>)[field]?.message;
    if (rule) return t(rule);
    const code = problemAt(problems, pathOf(field));
    if (!code) return undefined;
    return t(`consent.apiFieldErrors.${field}.${code}`, { defaultValue: t(`apiErrors.${code}`) });
  };
  const general = (fields: string[]) => generalProblems(problems, fields.map(pathOf));
  return { errorFor, general };
}

/** Refusals that name no field the form shows, above it; `messages` words a code for this action. */
export function ProblemList({ problems, messages = {} }: { problems: ApiProblem[]; messages?: Partial<Record<string, string>> }) {
  const { t } = useTranslation();
  if (!problems.length) return null;
  return (
    <div role="alert" className="alert">
      {problems.map((problem, index) => (
        <p key={index}>{messages[problem.code] ?? t(`apiErrors.${problem.code}`)}</p>
      ))}
    </div>
  );
}

/**
 * A confirmation in a modal dialog (React Aria: focus held inside, Escape cancels, focus returns to the trigger).
 * `children` says what will happen; nothing is done until the confirm button is pressed.
 */
export function ConfirmDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="consent-overlay" isOpen={props.isOpen} onOpenChange={props.onOpenChange} isDismissable={!props.busy}>
      <Modal className="consent-modal">
        <Dialog className="consent-dialog" role="alertdialog">
          <Heading slot="title">{props.title}</Heading>
          {props.children}
          <div className="actions">
            <Button className="button secondary" slot="close" isDisabled={props.busy}>
              {t('consent.cancel')}
            </Button>
            <Button className={props.danger ? 'button danger' : 'button'} onPress={props.onConfirm} isDisabled={props.busy}>
              {props.confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** A long action under way: an indeterminate progress bar that names the step. */
export function Progress({ label }: { label: string }) {
  return (
    <ProgressBar className="consent-progress" isIndeterminate aria-label={label}>
      <span className="consent-progress-label">{label}</span>
      <span className="consent-progress-track" aria-hidden="true">
        <span className="consent-progress-fill" />
      </span>
    </ProgressBar>
  );
}
