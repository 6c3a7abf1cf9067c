import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../zod';
import { apiProblems, generalProblems, problemAt, type ApiProblem } from '../../errors';
import { TextControl } from '../../form-fields';
import { localToIso } from './model';
import { FormalIdentificationQuery, RecordCriminalReportMutation } from './operations';

const reportSchema = z.object({
  reportedAt: z.string().refine((value) => localToIso(value) !== undefined, { error: 'formal-identification.rules.dateTime' }),
});
type ReportValues = z.input<typeof reportSchema>;

/** The police member records a criminal report: never inside the formal interview (the API refuses it, CONFLICT). */
export function CriminalReportForm({ formalIdentificationId }: { formalIdentificationId: string }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const [record, { loading }] = useMutation(RecordCriminalReportMutation, {
    refetchQueries: [{ query: FormalIdentificationQuery, variables: { id: formalIdentificationId } }],
  });
  const { control, handleSubmit, reset } = useForm<ReportValues>({ resolver: zodResolver(reportSchema), defaultValues: { reportedAt: '' } });
  const submit = handleSubmit(async (values) => {
    setProblems([]);
    setSaved(false);
    try {
      await record({ variables: { input: { formalIdentificationId, reportedAt: localToIso(values.reportedAt)! } } });
      setSaved(true);
      reset();
    } catch (error) {
      setProblems(apiProblems(error));
    }
  });
  const code = problemAt(problems, 'input.reportedAt');
  // A report inside the interview is CONFLICT naming no field: said above the form, in words the member can act on.
  const general = generalProblems(problems, ['input.reportedAt']);
  return (
    <Form className="card" onSubmit={(event) => void submit(event)} aria-labelledby="report-heading" validationBehavior="aria">
      <h2 id="report-heading">{t('formal-identification.report.title')}</h2>
      <p className="hint">{t('formal-identification.report.hint')}</p>
      {general.length > 0 && (
        <p role="alert" className="alert">
          {general[0]!.code === 'CONFLICT' ? t('formal-identification.report.insideInterview') : t(`apiErrors.${general[0]!.code}`)}
        </p>
      )}
      {saved && <p role="status">{t('formal-identification.report.saved')}</p>}
      <TextControl control={control} name="reportedAt" type="datetime-local" label={t('formal-identification.report.reportedAt')} error={code ? t(`apiErrors.${code}`) : undefined} />
      <div className="actions">
        <Button type="submit" className="button secondary" isDisabled={loading}>
          {loading ? t('formal-identification.saving') : t('formal-identification.report.submit')}
        </Button>
      </div>
    </Form>
  );
}
