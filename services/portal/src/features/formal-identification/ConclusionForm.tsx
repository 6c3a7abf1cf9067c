import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../zod';
import { RadioControl, TextControl, useApiProblems } from '../../form-fields';
import { RecordConclusionMutation } from './operations';

/** The API's limit is "non-blank"; the form says so before sending (docs/api.md, recordFormalIdentificationConclusion). */
export const conclusionSchema = z.object({
  outcome: z.enum(['VICTIM', 'NOT_VICTIM'], { error: 'formal-identification.rules.outcomeRequired' }),
  reasons: z.string().trim().min(1, { error: 'formal-identification.rules.reasonsRequired' }).max(4000, { error: 'formal-identification.rules.reasonsTooLong' }),
});
export type ConclusionValues = z.input<typeof conclusionSchema>;

const SHOWN_PATHS = ['input.outcome', 'input.reasons'];

/** The group member's conclusion: VICTIM or NOT_VICTIM with the group's reasons. Shown only while it is open. */
export function ConclusionForm({ formalIdentificationId, onConcluded }: { formalIdentificationId: string; onConcluded?: () => void }) {
  const { t } = useTranslation();
  const { clear, fail, errorAt: apiErrorAt, general } = useApiProblems(SHOWN_PATHS);
  const [record, { loading }] = useMutation(RecordConclusionMutation);
  const { control, handleSubmit } = useForm<ConclusionValues>({
    resolver: zodResolver(conclusionSchema),
    defaultValues: { outcome: undefined, reasons: '' },
  });

  const submit = handleSubmit(async (values) => {
    clear();
    try {
      await record({ variables: { input: { formalIdentificationId, outcome: values.outcome, reasons: values.reasons.trim() } } });
      onConcluded?.();
    } catch (error) {
      fail(error);
    }
  });

  return (
    <Form className="card" onSubmit={(event) => void submit(event)} aria-labelledby="conclusion-heading" validationBehavior="aria">
      <h2 id="conclusion-heading">{t('formal-identification.conclusion.title')}</h2>
      {general.length > 0 && (
        <p role="alert" className="alert">
          {t(`apiErrors.${general[0]!.code}`)}
        </p>
      )}
      <RadioControl
        control={control}
        name="outcome"
        label={t('formal-identification.conclusion.outcome')}
        error={apiErrorAt('input.outcome')}
        options={[
          { value: 'VICTIM', label: t('formal-identification.outcome.VICTIM') },
          { value: 'NOT_VICTIM', label: t('formal-identification.outcome.NOT_VICTIM') },
        ]}
      />
      <p className="hint">{t('formal-identification.conclusion.notVictimHint')}</p>
      <TextControl control={control} name="reasons" label={t('formal-identification.conclusion.reasons')} error={apiErrorAt('input.reasons')} multiline rows={5} />
      <div className="actions">
        <Button type="submit" className="button" isDisabled={loading}>
          {loading ? t('formal-identification.saving') : t('formal-identification.conclusion.submit')}
        </Button>
      </div>
    </Form>
  );
}
