import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../zod';
import { TextControl, useApiProblems } from '../../form-fields';
import { localToIso } from './model';
import { RecordInterviewMutation } from './operations';

const DATE_TIME = 'formal-identification.rules.dateTime';
const interviewSchema = z
  .object({
    startedAt: z.string().refine((value) => localToIso(value) !== undefined, { error: DATE_TIME }),
    endedAt: z.string().refine((value) => value.trim() === '' || localToIso(value) !== undefined, { error: DATE_TIME }),
  })
  .refine((values) => !localToIso(values.endedAt) || localToIso(values.endedAt)! > localToIso(values.startedAt)!, {
    path: ['endedAt'],
    error: 'formal-identification.rules.endAfterStart',
  });
type InterviewValues = z.input<typeof interviewSchema>;
const SHOWN_PATHS = ['input.startedAt', 'input.endedAt'];

/** A member records the formal interview: its start, and its end (at once or later; the end is final). */
export function InterviewForm({ formalIdentificationId, startedAt }: { formalIdentificationId: string; startedAt: string | null }) {
  const { t } = useTranslation();
  const { clear, fail, errorAt: apiErrorAt, general } = useApiProblems(SHOWN_PATHS);
  const [record, { loading }] = useMutation(RecordInterviewMutation);
  const { control, handleSubmit } = useForm<InterviewValues>({
    resolver: zodResolver(interviewSchema),
    defaultValues: { startedAt: startedAt ? toLocalInput(startedAt) : '', endedAt: '' },
  });
  const submit = handleSubmit(async (values) => {
    clear();
    const endedAt = localToIso(values.endedAt);
    try {
      await record({ variables: { input: { formalIdentificationId, startedAt: localToIso(values.startedAt)!, ...(endedAt ? { endedAt } : {}) } } });
    } catch (error) {
      fail(error);
    }
  });
  return (
    <Form className="card" onSubmit={(event) => void submit(event)} aria-labelledby="interview-heading" validationBehavior="aria">
      <h2 id="interview-heading">{t('formal-identification.interview.title')}</h2>
      {general.length > 0 && (
        <p role="alert" className="alert">
          {t(`apiErrors.${general[0]!.code}`)}
        </p>
      )}
      <div className="row">
        <TextControl control={control} name="startedAt" type="datetime-local" label={t('formal-identification.interview.startedAt')} error={apiErrorAt('input.startedAt')} />
        <TextControl
          control={control}
          name="endedAt"
          type="datetime-local"
          label={t('formal-identification.interview.endedAt')}
          description={t('formal-identification.interview.endedAtHint')}
          error={apiErrorAt('input.endedAt')}
        />
      </div>
      <div className="actions">
        <Button type="submit" className="button secondary" isDisabled={loading}>
          {loading ? t('formal-identification.saving') : t('formal-identification.interview.submit')}
        </Button>
      </div>
    </Form>
  );
}

/** An ISO instant as a `datetime-local` value in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
