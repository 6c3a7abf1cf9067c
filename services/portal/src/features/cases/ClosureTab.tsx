import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { CaseFieldsFragment } from '../../gql/graphql';
import { RadioControl, TextControl } from '../../form-fields';
import { GeneralProblems, useProblems } from './fields';
import { CloseCaseMutation } from './operations';
import { CLOSURE_TYPES, closureSchema, isOpen, type ClosureValues } from './schemas';

/**
 * Closure after its review: the form checks the type and the review, then asks for confirmation, since a closed case
 * cannot be reopened and the shelter stops reading the person's records.
 */
export function ClosureForm({ caseId, status }: { caseId: string; status: string }) {
  const { t } = useTranslation();
  const form = useForm<ClosureValues>({ resolver: zodResolver(closureSchema), defaultValues: { closureType: undefined, reviewNotes: '' } });
  const api = useProblems();
  const [pending, setPending] = useState<ClosureValues | null>(null);
  const [close, { loading }] = useMutation(CloseCaseMutation);
  const confirm = async () => {
    if (!pending) return;
    api.clear();
    try {
      await close({ variables: { input: { caseId, closureType: pending.closureType, reviewNotes: pending.reviewNotes.trim() } } });
    } catch (error) {
      api.fail(error);
    } finally {
      setPending(null);
    }
  };
  const errors = form.formState.errors;
  return (
    <form noValidate className="card" onSubmit={(event) => void form.handleSubmit(setPending)(event)} aria-labelledby="closure-form-heading">
      <h2 id="closure-form-heading">{t('cases.closure.title')}</h2>
      {status !== 'FOLLOW_UP' && <p className="hint">{t('cases.closure.plannedNeedsFollowUp')}</p>}
      <GeneralProblems problems={api.problems} shown={['input.closureType', 'input.reviewNotes']} />
      <RadioControl control={form.control} name="closureType" label={t('cases.closure.type')} error={api.errorAt(errors, 'closureType')} options={CLOSURE_TYPES.map((value) => ({ value, label: t(`cases.closure.types.${value}`) }))} />
      <TextControl control={form.control} name="reviewNotes" multiline label={t('cases.closure.review')} error={api.errorAt(errors, 'reviewNotes')} />
      <Button type="submit" className="button">
        {t('cases.closure.submit')}
      </Button>
      <Modal className="cases-modal" isOpen={pending !== null} onOpenChange={(open) => !open && setPending(null)} isDismissable>
        <Dialog className="cases-dialog card" role="alertdialog">
          <Heading slot="title">{t('cases.closure.confirmTitle')}</Heading>
          <p>{t('cases.closure.confirmText', { type: pending ? t(`cases.closure.types.${pending.closureType}`) : '' })}</p>
          <div className="actions">
            <Button className="button secondary" onPress={() => setPending(null)}>
              {t('cases.form.cancel')}
            </Button>
            <Button className="button" isDisabled={loading} onPress={() => void confirm()}>
              {t('cases.closure.confirm')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </form>
  );
}

export function ClosureTab({ theCase }: { theCase: CaseFieldsFragment }) {
  const { t, i18n } = useTranslation();
  if (!isOpen(theCase.status)) {
    return (
      <div className="card">
        <h2>{t('cases.closure.closedTitle')}</h2>
        <p>{t(`cases.status.${theCase.status}`)}{theCase.closedAt && <> · {formatDateTime(theCase.closedAt, i18n.language)}</>}</p>
        {theCase.closureType && <p>{t(`cases.closure.types.${theCase.closureType}`)}</p>}
        {theCase.closureReviewNotes && <p>{theCase.closureReviewNotes}</p>}
      </div>
    );
  }
  return <ClosureForm caseId={theCase.id} status={theCase.status} />;
}
