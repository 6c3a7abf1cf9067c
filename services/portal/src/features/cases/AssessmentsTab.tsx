import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { AssessmentFieldsFragment, CasesRecordsQuery } from '../../gql/graphql';
import { CheckboxControl, CheckboxGroupControl, NativeSelectControl, TextControl } from '../../form-fields';
import { GeneralProblems, QueryState, useProblems } from './fields';
import { AssessmentAreasQuery, RecordNeedsAssessmentMutation } from './operations';
import { assessmentSchema, type AssessmentValues } from './schemas';

type Person = NonNullable<CasesRecordsQuery['person']>;
type AreaInfo = { area: string; label: string; summaryCodes: { code: string; label: string }[] };
type Labelled = { code: string; label: string };

/** Every assessment the shelter reads of the person, from each category's record. */
function entriesOf(person: Person | undefined): AssessmentFieldsFragment[] {
  if (!person) return [];
  const records = [person.health, person.psychosocial, person.legal, person.family, person.educationEmployment, person.security, person.accommodation];
  const all = records.flatMap((record) => record?.assessments ?? []);
  return [...new Map(all.map((entry) => [entry.id, entry])).values()];
}

export function AssessmentForm({ caseId, areas, legalProblems, onRecorded }: { caseId: string; areas: AreaInfo[]; legalProblems: Labelled[]; onRecorded: () => void }) {
  const { t } = useTranslation();
  const form = useForm<AssessmentValues>({
    resolver: zodResolver(assessmentSchema),
    defaultValues: { area: undefined, summary: '', legalProblems: [], notes: '', disagreement: '', suicideRisk: false },
  });
  const api = useProblems();
  const [record, { loading, data }] = useMutation(RecordNeedsAssessmentMutation);
  const area = useWatch({ control: form.control, name: 'area' });
  const summary = useWatch({ control: form.control, name: 'summary' });
  const codes = areas.find((info) => info.area === area)?.summaryCodes ?? [];
  // Each area has its own summary codes: another area's choice no longer holds.
  useEffect(() => form.resetField('summary'), [area, form]);
  const send = form.handleSubmit(async (values) => {
    api.clear();
    try {
      await record({
        variables: {
          input: {
            caseId,
            area: values.area,
            summary: values.summary,
            notes: values.notes.trim() || null,
            disagreement: values.disagreement.trim() || null,
            suicideRisk: values.area === 'PSYCHOSOCIAL' ? values.suicideRisk : null,
            legalProblems: values.area === 'LEGAL' && values.summary === 'PROBLEMS_IDENTIFIED' ? (values.legalProblems as never) : null,
          },
        },
      });
      form.reset();
      onRecorded();
    } catch (error) {
      api.fail(error);
    }
  });
  const errors = form.formState.errors;
  return (
    <form noValidate className="card" onSubmit={(event) => void send(event)} aria-labelledby="assessment-form-heading">
      <h2 id="assessment-form-heading">{t('cases.assessments.record')}</h2>
      {data && !form.formState.isDirty && <p role="status">{t('cases.assessments.recorded')}</p>}
      <GeneralProblems problems={api.problems} shown={['input.area', 'input.summary', 'input.legalProblems', 'input.notes', 'input.disagreement']} />
      <NativeSelectControl placeholder={t('cases.form.choose')} control={form.control} name="area" label={t('cases.assessments.area')} error={api.errorAt(errors, 'area')} options={areas.map((info) => ({ value: info.area, label: info.label }))} />
      <NativeSelectControl placeholder={t('cases.form.choose')} control={form.control} name="summary" label={t('cases.assessments.summary')} error={api.errorAt(errors, 'summary')} options={codes.map((code) => ({ value: code.code, label: code.label }))} />
      {area === 'LEGAL' && summary === 'PROBLEMS_IDENTIFIED' && (
        <CheckboxGroupControl
          control={form.control}
          name="legalProblems"
          label={t('cases.assessments.legalProblems')}
          error={api.errorAt(errors, 'legalProblems')}
          options={legalProblems.map((problem) => ({ value: problem.code, label: problem.label }))}
        />
      )}
      {area === 'PSYCHOSOCIAL' && <CheckboxControl control={form.control} name="suicideRisk" label={t('cases.assessments.suicideRisk')} />}
      <TextControl control={form.control} name="notes" multiline label={t('cases.assessments.notes')} error={api.errorAt(errors, 'notes')} />
      <TextControl control={form.control} name="disagreement" multiline label={t('cases.assessments.disagreement')} error={api.errorAt(errors, 'disagreement')} />
      <Button type="submit" className="button" isDisabled={loading}>
        {t('cases.assessments.save')}
      </Button>
    </form>
  );
}

/** The needs assessment, area by area: what has been recorded, and a form to record an area. */
export function AssessmentsTab(props: { caseId: string; open: boolean; person: Person | null | undefined; loading: boolean; error?: unknown; onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  const vocabulary = useQuery(AssessmentAreasQuery, { variables: { locale: i18n.language } });
  const areas = vocabulary.data?.assessmentAreas ?? [];
  const entries = entriesOf(props.person ?? undefined);
  const labelOf = (area: string, code: string) => areas.find((info) => info.area === area)?.summaryCodes.find((entry) => entry.code === code)?.label ?? code;
  return (
    <>
      <h2>{t('cases.assessments.title')}</h2>
      <QueryState loading={props.loading || vocabulary.loading} error={props.person ? undefined : (props.error ?? vocabulary.error)} empty={entries.length === 0} emptyText={t('cases.assessments.empty')}>
        <ul className="cases-entries">
          {areas
            .filter((info) => entries.some((entry) => entry.area === info.area))
            .map((info) => (
              <li key={info.area} className="card">
                <h3>{info.label}</h3>
                <ul>
                  {entries
                    .filter((entry) => entry.area === info.area)
                    .map((entry) => (
                      <li key={entry.id}>
                        <strong>{labelOf(entry.area, entry.summary)}</strong> · {formatDateTime(entry.recordedAt, i18n.language)}
                        {entry.suicideRisk && <span className="tag">{t('cases.assessments.suicideRisk')}</span>}
                        {entry.notes && <p>{entry.notes}</p>}
                        {entry.disagreement && <p>{t('cases.assessments.disagreementShown', { text: entry.disagreement })}</p>}
                      </li>
                    ))}
                </ul>
              </li>
            ))}
        </ul>
      </QueryState>
      {props.open && areas.length > 0 && <AssessmentForm caseId={props.caseId} areas={areas} legalProblems={vocabulary.data?.legalProblemTypes ?? []} onRecorded={props.onRecorded} />}
    </>
  );
}
