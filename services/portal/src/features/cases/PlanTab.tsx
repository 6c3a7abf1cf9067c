import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useFieldArray, useForm, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiProblems, type ApiProblem } from '../../errors';
import { formatDateTime } from '../../format';
import type { PlanFieldsFragment } from '../../gql/graphql';
import { NativeSelectControl, RadioControl, TextControl } from '../../form-fields';
import { GeneralProblems, QueryState, useProblems, Working } from './fields';
import { PlanPdfQuery, SavePlanMutation, ShelterUsersQuery, SignPlanMutation } from './operations';
import { ASSESSMENT_AREAS, planSchema, RESPONSIBLE_KINDS, type PlanValues } from './schemas';

type Plan = PlanFieldsFragment;
type ErrorAt = (errors: FieldErrors, path: string) => string | undefined;

const EMPTY_ACTION = { description: '', responsible: 'PERSON' as const, responsibleUserId: '', reviewDate: '', successIndicator: '' };
const EMPTY_OBJECTIVE = { area: undefined as unknown as PlanValues['objectives'][number]['area'], objective: '', actions: [EMPTY_ACTION] };

/** The latest version's objectives as the editor's starting point (a signed version is changed into a new one). */
function valuesOf(plan: Plan | undefined): PlanValues {
  if (!plan) return { objectives: [EMPTY_OBJECTIVE] };
  return {
    objectives: plan.objectives.map((objective) => ({
      area: objective.area,
      objective: objective.objective,
      actions: objective.actions.map((action) => ({ ...action, responsibleUserId: action.responsibleUserId ?? '' })),
    })),
  };
}

function Actions({ control, index, errorAt, errors, members }: { control: Control<PlanValues>; index: number; errorAt: ErrorAt; errors: FieldErrors; members: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const actions = useFieldArray({ control, name: `objectives.${index}.actions` });
  const values = useWatch({ control, name: `objectives.${index}.actions` });
  return (
    <fieldset className="cases-actions">
      <legend>{t('cases.plan.actions')}</legend>
      {actions.fields.map((field, position) => {
        const at = `objectives.${index}.actions.${position}` as const;
        return (
          <div key={field.id} className="cases-action">
            <TextControl control={control} name={`${at}.description`} label={t('cases.plan.description', { number: position + 1 })} error={errorAt(errors, `${at}.description`)} />
            <RadioControl
              control={control}
              name={`${at}.responsible`}
              label={t('cases.plan.responsible')}
              error={errorAt(errors, `${at}.responsible`)}
              options={RESPONSIBLE_KINDS.map((value) => ({ value, label: t(`cases.plan.responsibleKind.${value}`) }))}
            />
            {values?.[position]?.responsible === 'TEAM_MEMBER' && (
              <NativeSelectControl placeholder={t('cases.form.choose')} control={control} name={`${at}.responsibleUserId`} label={t('cases.plan.teamMember')} error={errorAt(errors, `${at}.responsibleUserId`)} options={members} />
            )}
            <TextControl control={control} name={`${at}.reviewDate`} type="date" label={t('cases.plan.reviewDate')} error={errorAt(errors, `${at}.reviewDate`)} />
            <TextControl control={control} name={`${at}.successIndicator`} label={t('cases.plan.successIndicator')} error={errorAt(errors, `${at}.successIndicator`)} />
            {actions.fields.length > 1 && (
              <Button className="link-button" onPress={() => actions.remove(position)}>
                {t('cases.plan.removeAction')}
              </Button>
            )}
          </div>
        );
      })}
      <Button className="button secondary" onPress={() => actions.append(EMPTY_ACTION)}>
        {t('cases.plan.addAction')}
      </Button>
    </fieldset>
  );
}

/** The plan editor: objectives by area, each with its actions; saving rewrites an unsigned version or starts the next. */
export function PlanForm({ caseId, latest, members, onSaved }: { caseId: string; latest?: Plan; members: { value: string; label: string }[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm<PlanValues>({ resolver: zodResolver(planSchema), defaultValues: valuesOf(latest) });
  const objectives = useFieldArray({ control: form.control, name: 'objectives' });
  const api = useProblems();
  const [save, { loading, data }] = useMutation(SavePlanMutation);
  const send = form.handleSubmit(async (values) => {
    api.clear();
    try {
      await save({
        variables: {
          input: {
            caseId,
            objectives: values.objectives.map((objective) => ({
              area: objective.area,
              objective: objective.objective.trim(),
              actions: objective.actions.map((action) => ({
                description: action.description.trim(),
                responsible: action.responsible,
                responsibleUserId: action.responsible === 'TEAM_MEMBER' ? action.responsibleUserId : null,
                reviewDate: action.reviewDate,
                successIndicator: action.successIndicator.trim(),
              })),
            })),
          },
        },
      });
      onSaved();
    } catch (error) {
      api.fail(error);
    }
  });
  const errors = form.formState.errors;
  return (
    <form noValidate className="card" onSubmit={(event) => void send(event)} aria-labelledby="plan-form-heading">
      <h2 id="plan-form-heading">{t('cases.plan.editor')}</h2>
      {data && <p role="status">{t('cases.plan.saved', { version: data.saveReintegrationPlan.version })}</p>}
      <GeneralProblems problems={api.problems} shown={['input.objectives']} />
      {api.errorAt(errors, 'objectives') && <p className="field-error">{api.errorAt(errors, 'objectives')}</p>}
      {objectives.fields.map((field, index) => (
        <fieldset key={field.id} className="cases-objective">
          <legend>{t('cases.plan.objectiveNumber', { number: index + 1 })}</legend>
          <NativeSelectControl placeholder={t('cases.form.choose')}
            control={form.control}
            name={`objectives.${index}.area`}
            label={t('cases.plan.area')}
            error={api.errorAt(errors, `objectives.${index}.area`)}
            options={ASSESSMENT_AREAS.map((value) => ({ value, label: t(`cases.area.${value}`) }))}
          />
          <TextControl control={form.control} name={`objectives.${index}.objective`} multiline label={t('cases.plan.objective')} error={api.errorAt(errors, `objectives.${index}.objective`)} />
          <Actions control={form.control} index={index} errorAt={api.errorAt} errors={errors} members={members} />
          {objectives.fields.length > 1 && (
            <Button className="link-button" onPress={() => objectives.remove(index)}>
              {t('cases.plan.removeObjective')}
            </Button>
          )}
        </fieldset>
      ))}
      <div className="cases-buttons">
        <Button className="button secondary" onPress={() => objectives.append(EMPTY_OBJECTIVE)}>
          {t('cases.plan.addObjective')}
        </Button>
        <Button type="submit" className="button" isDisabled={loading}>
          {t('cases.plan.save')}
        </Button>
      </div>
    </form>
  );
}

/** The PDF's bytes (base64 in the answer) handed to the browser as a download; the platform keeps no copy. */
function download(base64: string, contentType: string, filename: string) {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function PdfDownload({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [working, setWorking] = useState<'EN' | 'SQ' | null>(null);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const fetchPdf = async (locale: 'EN' | 'SQ') => {
    setWorking(locale);
    setProblems([]);
    try {
      const { data } = await client.query({ query: PlanPdfQuery, variables: { planId: plan.id, locale }, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('no PDF');
      download(data.reintegrationPlanPdf.base64, data.reintegrationPlanPdf.contentType, data.reintegrationPlanPdf.filename);
    } catch (error) {
      setProblems(apiProblems(error));
    } finally {
      setWorking(null);
    }
  };
  const first = i18n.language === 'sq' ? (['SQ', 'EN'] as const) : (['EN', 'SQ'] as const);
  return (
    <div>
      <div className="cases-buttons">
        {first.map((locale) => (
          <Button key={locale} className="button secondary" isDisabled={working !== null} onPress={() => void fetchPdf(locale)}>
            {t(`cases.plan.pdf${locale}`, { version: plan.version })}
          </Button>
        ))}
      </div>
      {working && <Working label={t('cases.plan.preparing')} />}
      <GeneralProblems problems={problems} shown={[]} />
    </div>
  );
}

function Signatures({ plan, caseId, isLatest, open }: { plan: Plan; caseId: string; isLatest: boolean; open: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useProblems();
  const [sign, { loading }] = useMutation(SignPlanMutation);
  const signatories = [
    ['PERSON', plan.personSignedAt],
    ['CASE_MANAGER', plan.caseManagerSignedAt],
    ...(plan.guardianRequired ? [['GUARDIAN', plan.guardianSignedAt] as const] : []),
  ] as const;
  return (
    <>
      <h4 className="cases-subheading">{t('cases.plan.signatures')}</h4>
      <ul className="cases-list">
        {signatories.map(([who, at]) => (
          <li key={who}>
            {t(`cases.plan.signatory.${who}`)}: {at ? t('cases.plan.signedOn', { when: formatDateTime(at, i18n.language) }) : t('cases.plan.notSigned')}
            {!at && isLatest && open && (
              <Button
                className="button secondary cases-small"
                isDisabled={loading}
                onPress={() => {
                  api.clear();
                  sign({ variables: { input: { caseId, version: plan.version, signatory: who } } }).catch(api.fail);
                }}
              >
                {t('cases.plan.sign', { who: t(`cases.plan.signatory.${who}`) })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <GeneralProblems problems={api.problems} shown={[]} />
    </>
  );
}

/** The reintegration plan: its versions (signatures, PDF) and the editor. */
export function PlanTab(props: { caseId: string; open: boolean; plans: Plan[] | undefined; isChild: boolean; loading: boolean; error?: unknown; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const users = useQuery(ShelterUsersQuery, { skip: !props.open });
  const members = (users.data?.users ?? []).map((user) => ({ value: user.id, label: user.username }));
  const versions = [...(props.plans ?? [])].sort((a, b) => b.version - a.version);
  const latest = versions[0];
  return (
    <>
      <h2>{t('cases.plan.title')}</h2>
      <QueryState loading={props.loading} error={props.plans ? undefined : props.error} empty={versions.length === 0} emptyText={t('cases.plan.empty')}>
        <ol className="cases-entries" reversed>
          {versions.map((plan) => (
            <li key={plan.id} className="card">
              <h3>
                {t('cases.plan.version', { version: plan.version })} · {t(`cases.plan.status.${plan.status}`)}
              </h3>
              <p>{t('cases.plan.updated', { when: formatDateTime(plan.updatedAt, i18n.language) })}</p>
              <ul className="cases-list">
                {plan.objectives.map((objective) => (
                  <li key={objective.area}>
                    <strong>{t(`cases.area.${objective.area}`)}</strong>: {objective.objective} ({t('cases.plan.actionCount', { count: objective.actions.length })})
                  </li>
                ))}
              </ul>
              <Signatures plan={plan} caseId={props.caseId} isLatest={plan === latest} open={props.open} />
              {props.open && <PdfDownload plan={plan} />}
            </li>
          ))}
        </ol>
      </QueryState>
      {props.open && !props.loading && <PlanForm key={latest?.id ?? 'new'} caseId={props.caseId} latest={latest} members={members} onSaved={props.onSaved} />}
    </>
  );
}
