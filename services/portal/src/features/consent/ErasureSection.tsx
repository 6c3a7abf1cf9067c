import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiProblems, type ApiProblem } from '../../errors';
import { formatDateTime } from '../../format';
import { TextControl } from '../../form-fields';
import { ConfirmDialog, ProblemList, useFieldErrors } from './feedback';
import { ErasePersonDataMutation } from './operations';
import { requestReferenceSchema } from './rules';

/**
 * Erasure on the person's request (ra_head). The dialog says what goes and what stays (docs/person-rights.md, "Legal
 * holds and erasure") before anything is done; while a legal hold stands the API refuses, and that refusal is shown.
 */
export function ErasureSection({ personId, erasedAt, onErased }: { personId: string; erasedAt: string | null | undefined; onErased: () => void }) {
  const { t, i18n } = useTranslation();
  const form = useForm<{ requestReference: string }>({ resolver: zodResolver(requestReferenceSchema), defaultValues: { requestReference: '' } });
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [erase, { loading, data }] = useMutation(ErasePersonDataMutation);
  const { errorFor, general } = useFieldErrors(form.formState.errors, problems, { requestReference: 'requestReference' });

  const ask = form.handleSubmit(() => {
    setProblems([]);
    setConfirming(true);
  });
  const confirm = async () => {
    try {
      await erase({ variables: { personId, requestReference: form.getValues('requestReference').trim() } });
      setConfirming(false);
      onErased();
    } catch (error) {
      setConfirming(false);
      setProblems(apiProblems(error));
    }
  };
  const result = data?.erasePersonData;
  const erased = result?.erasedAt ?? erasedAt;

  return (
    <section aria-labelledby="erasure-heading" className="consent-section">
      <h2 id="erasure-heading">{t('consent.erasure.title')}</h2>
      {erased ? (
        <p role="status" className="consent-done">
          {t('consent.erasure.erased', { date: formatDateTime(erased, i18n.language) })}
          {result && ` ${t('consent.erasure.grantsWithdrawn', { count: result.consentsWithdrawn })}`}
        </p>
      ) : (
        <form className="card" noValidate aria-labelledby="erasure-heading" onSubmit={(event) => void ask(event)}>
          <p className="hint">{t('consent.erasure.intro')}</p>
          <ProblemList problems={general(['requestReference'])} messages={{ CONFLICT: t('consent.erasure.heldRefusal') }} />
          <TextControl control={form.control} name="requestReference" label={t('consent.fields.requestReference')} error={errorFor('requestReference')} />
          <div className="actions">
            <Button type="submit" className="button danger">
              {t('consent.erasure.button')}
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog isOpen={confirming} onOpenChange={setConfirming} title={t('consent.erasure.confirmTitle')} confirmLabel={t('consent.erasure.confirm')} onConfirm={() => void confirm()} busy={loading} danger>
        <p>{t('consent.erasure.willGo')}</p>
        <p>{t('consent.erasure.willStay')}</p>
        <p>{t('consent.erasure.grantsEnd')}</p>
        <p>
          <strong>{t('consent.erasure.final')}</strong>
        </p>
      </ConfirmDialog>
    </section>
  );
}
