import { useApolloClient, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiProblems, problemAt, type ApiProblem } from '../../errors';
import { RadioControl, TextControl } from '../../form-fields';
import { ProblemList, Progress, useFieldErrors } from './feedback';
import { ExportPersonDataQuery, RecordSubjectAccessRequestMutation } from './operations';
import { DOCUMENT_LANGUAGES, IDENTITY_CHECKS, REQUESTERS, requestReferenceSchema, subjectAccessInput, subjectAccessSchema, type SubjectAccessDraft } from './rules';

const EMPTY_REQUEST: SubjectAccessDraft = { requestReference: '', requestedBy: undefined as never, identityCheck: undefined as never, receivedOn: '', language: '' };

/**
 * The person's right to a copy of their data: the request is recorded first (officer or head), then the head makes the
 * export once for it. The copy is handed over, not kept: it lives in this page's memory as a file to save, until the
 * page is left.
 */
export function SubjectAccessSection({ personId, isHead, now = () => new Date() }: { personId: string; isHead: boolean; now?: () => Date }) {
  const { t } = useTranslation();
  const [recorded, setRecorded] = useState('');
  return (
    <section aria-labelledby="access-heading" className="consent-section">
      <h2 id="access-heading">{t('consent.access.title')}</h2>
      <p className="hint">{t('consent.access.intro')}</p>
      <RequestForm personId={personId} now={now} onRecorded={setRecorded} />
      {isHead ? <ExportForm personId={personId} reference={recorded} /> : <p className="consent-closed">{t('consent.access.headOnly')}</p>}
    </section>
  );
}

function RequestForm({ personId, now, onRecorded }: { personId: string; now: () => Date; onRecorded: (reference: string) => void }) {
  const { t } = useTranslation();
  const schema = useMemo(() => subjectAccessSchema(now), [now]);
  const form = useForm<SubjectAccessDraft>({ resolver: zodResolver(schema), defaultValues: EMPTY_REQUEST });
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [done, setDone] = useState('');
  const [record, { loading }] = useMutation(RecordSubjectAccessRequestMutation);
  const { errorFor, general } = useFieldErrors(form.formState.errors, problems, { receivedOn: 'input.receivedAt' });
  const submit = form.handleSubmit(async (draft) => {
    setProblems([]);
    setDone('');
    try {
      const result = await record({ variables: { input: subjectAccessInput(personId, draft, now()) } });
      const reference = result.data?.recordSubjectAccessRequest.requestReference ?? draft.requestReference;
      form.reset(EMPTY_REQUEST);
      setDone(reference);
      onRecorded(reference);
    } catch (error) {
      setProblems(apiProblems(error));
    }
  });
  return (
    <form className="card" noValidate aria-labelledby="request-heading" onSubmit={(event) => void submit(event)}>
      <h3 id="request-heading">{t('consent.access.requestTitle')}</h3>
      <ProblemList problems={general(['requestReference', 'requestedBy', 'identityCheck', 'receivedOn', 'language'])} messages={{ CONFLICT: t('consent.access.referenceTaken') }} />
      {done && (
        <p role="status" className="consent-done">
          {t('consent.access.recorded', { reference: done })}
        </p>
      )}
      <div className="row">
        <TextControl control={form.control} name="requestReference" label={t('consent.fields.requestReference')} description={t('consent.access.referenceHint')} error={errorFor('requestReference')} />
        <TextControl control={form.control} name="receivedOn" type="date" label={t('consent.fields.receivedOn')} error={errorFor('receivedOn')} />
      </div>
      <RadioControl control={form.control} name="requestedBy" label={t('consent.fields.requestedBy')} error={errorFor('requestedBy')} options={REQUESTERS.map((value) => ({ value, label: t(`consent.requesters.${value}`) }))} />
      <RadioControl control={form.control} name="identityCheck" label={t('consent.fields.identityCheck')} error={errorFor('identityCheck')} options={IDENTITY_CHECKS.map((value) => ({ value, label: t(`consent.identityChecks.${value}`) }))} />
      <RadioControl
        control={form.control}
        name="language"
        label={t('consent.fields.documentLanguage')}
        error={errorFor('language')}
        options={[{ value: '', label: t('consent.access.languageDefault') }, ...DOCUMENT_LANGUAGES.map((value) => ({ value, label: t(`consent.documentLanguages.${value}`) }))]}
      />
      <div className="actions">
        <Button type="submit" className="button" isDisabled={loading}>
          {loading ? t('consent.saving') : t('consent.access.record')}
        </Button>
      </div>
    </form>
  );
}

interface ExportFile {
  name: string;
  url: string;
}

/** A file name of codes only: the person's NRM reference and the request's reference, never a name. */
const fileName = (reference: string, requestReference: string, extension: string) => `subject-access-${reference}-${requestReference.replace(/[^A-Za-z0-9.-]/g, '_')}.${extension}`;

function ExportForm({ personId, reference }: { personId: string; reference: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const form = useForm<{ requestReference: string }>({ resolver: zodResolver(requestReferenceSchema), defaultValues: { requestReference: '' } });
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [files, setFiles] = useState<ExportFile[]>([]);
  const [busy, setBusy] = useState(false);
  const { errorFor, general } = useFieldErrors(form.formState.errors, problems, { requestReference: 'requestReference' });
  // For an export, a taken reference means the request was already answered.
  const referenceError = !form.formState.errors.requestReference && problemAt(problems, 'requestReference') === 'CONFLICT' ? t('consent.access.alreadyFulfilled') : errorFor('requestReference');

  // The reference just recorded is the one the head most likely exports for.
  useEffect(() => {
    if (reference) form.setValue('requestReference', reference);
  }, [reference, form]);
  // The object URLs hold the copy in memory; they are let go when replaced or when the page is left.
  useEffect(() => () => files.forEach((file) => URL.revokeObjectURL(file.url)), [files]);

  const submit = form.handleSubmit(async ({ requestReference }) => {
    setProblems([]);
    setFiles([]);
    setBusy(true);
    try {
      // Never cached: the copy is returned once and must not stay in the client's store.
      const { data, error } = await client.query({ query: ExportPersonDataQuery, variables: { personId, requestReference: requestReference.trim() }, fetchPolicy: 'no-cache' });
      if (error || !data) throw error ?? new Error('The export came back empty');
      const result = data.exportPersonData;
      const html = new Blob([result.rendering.content], { type: result.rendering.mediaType });
      const json = new Blob([JSON.stringify(result.document, null, 2)], { type: 'application/json' });
      const made = [
        { name: fileName(result.reference, result.requestReference, 'html'), url: URL.createObjectURL(html) },
        { name: fileName(result.reference, result.requestReference, 'json'), url: URL.createObjectURL(json) },
      ];
      setFiles(made);
      form.reset({ requestReference: '' });
      // The person's copy is saved at once; the data file is a link below it.
      const link = document.createElement('a');
      link.href = made[0]!.url;
      link.download = made[0]!.name;
      link.click();
    } catch (error) {
      setProblems(apiProblems(error));
    } finally {
      setBusy(false);
    }
  });

  return (
    <form className="card" noValidate aria-labelledby="export-heading" onSubmit={(event) => void submit(event)}>
      <h3 id="export-heading">{t('consent.access.exportTitle')}</h3>
      <p>{t('consent.access.exportExplain')}</p>
      <ProblemList problems={general(['requestReference'])} messages={{ CONFLICT: t('consent.access.alreadyFulfilled') }} />
      <TextControl control={form.control} name="requestReference" label={t('consent.fields.requestReference')} error={referenceError} />
      {busy && <Progress label={t('consent.access.exporting')} />}
      {files.length > 0 && (
        <div role="status" className="consent-done">
          <p>{t('consent.access.exported')}</p>
          <ul>
            {files.map((file) => (
              <li key={file.name}>
                <a href={file.url} download={file.name}>
                  {file.name.endsWith('.html') ? t('consent.access.downloadCopy') : t('consent.access.downloadData')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <Button type="submit" className="button" isDisabled={busy}>
          {t('consent.access.export')}
        </Button>
      </div>
    </form>
  );
}
