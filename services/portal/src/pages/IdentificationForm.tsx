import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { Button, Checkbox, CheckboxGroup, FieldError, Heading, Label, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { apiProblems, generalProblems, problemAt, type ApiProblem } from '../errors';
import { checkStep, EMPTY_DRAFT, isChild, STEPS, submissionInput, type IdentificationDraft, type RuleErrors, type Step } from '../identification-rules';
import { browserDraftStore, type LocalDraftStore } from '../offline-drafts';
import { DiscardIdentificationDraftMutation, IndicatorCatalogQuery, MyIdentificationDraftsQuery, SubmitIdentificationMutation } from '../operations/documents';
import { previewScreening, type IndicatorGroup } from '../screening';
import { CheckboxItem, RadioItem, TextInput } from '../ui';
import { DraftList, readDraftPayload, SaveStatus, useDraftKeeping, type ResumableDraft } from './identification-drafts';

const GROUPS: IndicatorGroup[] = ['ACT', 'MEANS', 'PURPOSE'];
const SEXES = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'];
const VENUES = ['BORDER', 'INLAND', 'ABROAD'];
const EXPLOITATION = ['SEXUAL', 'FORCED_LABOUR', 'FORCED_BEGGING', 'FORCED_CRIMINALITY', 'DOMESTIC_SERVITUDE', 'FORCED_MARRIAGE', 'ORGAN_REMOVAL', 'CHILD_LABOUR', 'OTHER'];
const NEEDS = ['MEDICAL', 'SAFE_ACCOMMODATION', 'FOOD', 'CLOTHING', 'PSYCHOLOGICAL', 'SECURITY', 'INTERPRETER', 'ACCOMPANYING_CHILDREN'];
/** The input paths the form shows beside a field; an API error naming another goes above the form. */
const SHOWN_PATHS = ['input.person.estimatedAge', 'input.person.dateOfBirth', 'input.indicatorCodes', 'input.person.sex', 'input.person.citizenship', 'input.person.givenName', 'input.person.familyName', 'input.venue', 'input.region', 'input.exploitationTypes', 'input.interview', 'input.immediateNeeds'];

/** The step whose fields hold an input path the API named. */
function stepOfPath(path: string): Step | undefined {
  if (/^input\.(person\.(estimatedAge|dateOfBirth)|indicatorCodes)/.test(path)) return 'screening';
  if (/^input\.(person|venue|region|exploitationTypes|interview)/.test(path)) return 'interview';
  if (path.startsWith('input.immediateNeeds')) return 'needs';
  return undefined;
}

export interface IdentificationFormProps {
  /** Today, for the age rules (tests pass a fixed day). */
  today?: Date;
  /** A new draft's client request id; the same one is sent on every retry of this draft's submission. */
  newRequestId?: () => string;
  /** Where a draft is kept while the API cannot be reached (sealed in IndexedDB in the browser); none keeps nothing. */
  localDrafts?: LocalDraftStore;
  /** The pause in the user's changes after which the draft is saved. */
  saveDelayMs?: number;
}

export function IdentificationForm({ today = new Date(), newRequestId = () => crypto.randomUUID(), localDrafts, saveDelayMs = 1000 }: IdentificationFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<IdentificationDraft>(EMPTY_DRAFT);
  const [clientRequestId, setClientRequestId] = useState(newRequestId);
  const [step, setStep] = useState<Step>('screening');
  const [ruleErrors, setRuleErrors] = useState<RuleErrors>({});
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const catalogue = useQuery(IndicatorCatalogQuery, { variables: { locale: i18n.language } });
  const [submit, submission] = useMutation(SubmitIdentificationMutation);
  const [discardDraft, discarding] = useMutation(DiscardIdentificationDraftMutation);
  const client = useApolloClient();
  // Something was entered or a step was taken: from then on the draft is saved as it changes.
  const [dirty, setDirty] = useState(false);
  const keeping = useDraftKeeping(localDrafts, saveDelayMs, () => (dirty ? { clientRequestId, form: { step, fields: draft } } : undefined));
  const submitted = Boolean(submission.data);

  useEffect(() => heading.current?.focus(), [step]);
  // Saved after a pause in typing, and at once when the user moves to another step.
  const savedStep = useRef(step);
  useEffect(() => {
    if (!dirty || submitted) return;
    keeping.schedule(clientRequestId, { step, fields: draft });
    if (savedStep.current !== step) keeping.flush();
    savedStep.current = step;
  }, [draft, step, dirty, clientRequestId, submitted]);

  const child = isChild(draft, today);
  const indicators = useMemo(() => catalogue.data?.indicatorCatalog ?? [], [catalogue.data]);
  const preview = previewScreening(indicators, draft.indicatorCodes, child);
  // Messages already shown follow the answers: a field put right loses its message at once.
  const set = <K extends keyof IdentificationDraft>(key: K) => (value: IdentificationDraft[K]) => {
    const updated = { ...draft, [key]: value };
    setDraft(updated);
    setDirty(true);
    if (Object.keys(ruleErrors).length) setRuleErrors(checkStep(step, updated, today));
  };

  /** A rule broken on this side, else the API's error for the path, as a message in the user's language. */
  const errorAt = (path: string): string | undefined => {
    if (ruleErrors[path]) return t(ruleErrors[path]);
    const code = problemAt(problems, path);
    return code ? t(`apiErrors.${code}`) : undefined;
  };

  const index = STEPS.indexOf(step);
  const next = () => {
    const errors = checkStep(step, draft, today);
    setRuleErrors(errors);
    if (Object.keys(errors).length === 0 && index < STEPS.length - 1) {
      setStep(STEPS[index + 1]);
      setDirty(true);
    }
  };
  const back = () => {
    setRuleErrors({});
    if (index > 0) setStep(STEPS[index - 1]);
  };
  const send = async () => {
    const errors = checkStep('review', draft, today);
    setRuleErrors(errors);
    if (Object.keys(errors).length) return;
    setProblems([]);
    // The submission consumes the server's draft of this clientRequestId: no save may follow it.
    keeping.cancel();
    try {
      await submit({ variables: { input: submissionInput(draft, clientRequestId) as never } });
      await keeping.finished(clientRequestId);
    } catch (error) {
      const found = apiProblems(error);
      setProblems(found);
      // A field the API refused is shown beside it: go to the step that holds it.
      const at = found.flatMap((problem) => problem.fields).map(stepOfPath).find((where): where is Step => where !== undefined);
      if (at) setStep(at);
    }
  };
  const startAgain = () => {
    keeping.cancel();
    keeping.resumed({ kind: 'idle' });
    setDirty(false);
    setDraft(EMPTY_DRAFT);
    setClientRequestId(newRequestId());
    setStep('screening');
    setProblems([]);
    setRuleErrors({});
    submission.reset();
  };
  /** Opens a saved draft in the form; it is submitted with its own clientRequestId. */
  const resume = (saved: ResumableDraft) => {
    const form = readDraftPayload(saved.payload);
    if (!form) return;
    keeping.flush();
    setDraft(form.fields);
    setStep(form.step);
    setClientRequestId(saved.clientRequestId);
    setDirty(true);
    setProblems([]);
    setRuleErrors({});
    keeping.resumed(saved.onDevice ? { kind: 'device' } : { kind: 'server', at: saved.savedAt });
  };
  /** Erases the open draft on the server and on this device, and starts a new one. */
  const discardOpen = async () => {
    keeping.cancel();
    setProblems([]);
    try {
      const mine = await client.query({ query: MyIdentificationDraftsQuery, fetchPolicy: 'network-only' });
      const saved = mine.data?.myIdentificationDrafts.find((item) => item.clientRequestId === clientRequestId);
      if (saved) await discardDraft({ variables: { id: saved.id } });
      await keeping.finished(clientRequestId);
      startAgain();
    } catch (error) {
      setProblems(apiProblems(error));
    }
  };

  const result = submission.data?.submitInitialIdentification;
  if (result) {
    return (
      <section aria-labelledby="submitted-heading" className="card">
        <h1 id="submitted-heading" tabIndex={-1}>
          {t('identification.submitted.title')}
        </h1>
        <p>{t('identification.submitted.reference', { reference: result.person.reference })}</p>
        <p>{t(`status.${result.status}`)}</p>
        <ScreeningResult meetsThreshold={result.screening.meetsThreshold} missingGroups={result.screening.missingGroups} />
        <Button className="button" onPress={startAgain}>
          {t('identification.submitted.another')}
        </Button>
      </section>
    );
  }

  const general = generalProblems(problems, SHOWN_PATHS);
  return (
    <section aria-labelledby="form-heading">
      <h1 id="form-heading">{t('identification.title')}</h1>
      <DraftList local={localDrafts} openClientRequestId={clientRequestId} onResume={resume} />
      <ol className="steps" aria-label={t('identification.progress')}>
        {STEPS.map((name, position) => (
          <li key={name} aria-current={name === step ? 'step' : undefined} className={position < index ? 'done' : undefined}>
            {t(`identification.steps.${name}`)}
          </li>
        ))}
      </ol>
      {general.length > 0 && (
        <div role="alert" className="alert">
          {general.map((problem, position) => (
            <p key={position}>{t(`apiErrors.${problem.code}`)}</p>
          ))}
        </div>
      )}
      <form
        className="card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step === 'review') void send();
          else next();
        }}
      >
        <h2 ref={heading} tabIndex={-1}>
          {t(`identification.steps.${step}`)}
        </h2>
        {step === 'screening' && (
          <>
            <div className="row">
              <TextInput name="estimatedAge" type="number" label={t('identification.fields.estimatedAge')} value={draft.estimatedAge} onChange={set('estimatedAge')} error={errorAt('input.person.estimatedAge')} />
              <TextInput name="dateOfBirth" type="date" label={t('identification.fields.dateOfBirth')} value={draft.dateOfBirth} onChange={set('dateOfBirth')} error={errorAt('input.person.dateOfBirth')} />
            </div>
            <p>{child ? t('identification.screening.childRule') : t('identification.screening.adultRule')}</p>
            {catalogue.loading && !catalogue.data && <p role="status">{t('common.loading')}</p>}
            {catalogue.error && <p role="alert">{t('apiErrors.INTERNAL')}</p>}
            <CheckboxGroup value={draft.indicatorCodes} onChange={set('indicatorCodes')} isInvalid={Boolean(errorAt('input.indicatorCodes'))} className="indicators">
              <Label>{t('identification.fields.indicators')}</Label>
              {GROUPS.map((group) => (
                <fieldset key={group}>
                  <legend>{t(`indicatorGroups.${group}`)}</legend>
                  {indicators
                    .filter((indicator) => indicator.group === group)
                    .filter((indicator) => indicator.appliesTo === 'ALL' || indicator.appliesTo === (child ? 'CHILD' : 'ADULT'))
                    .map((indicator) => (
                      <CheckboxItem key={indicator.code} value={indicator.code}>
                        {indicator.label}
                      </CheckboxItem>
                    ))}
                </fieldset>
              ))}
              <FieldError className="field-error">{errorAt('input.indicatorCodes')}</FieldError>
            </CheckboxGroup>
            <ScreeningResult {...preview} live />
          </>
        )}
        {step === 'interview' && (
          <>
            <Checkbox className="check" isSelected={draft.consentToInterview} onChange={set('consentToInterview')}>
              <span className="check-box" aria-hidden="true" />
              <span>{t('identification.fields.consentToInterview')}</span>
            </Checkbox>
            {!draft.consentToInterview && <p className="hint">{t('identification.interview.noConsent')}</p>}
            {draft.consentToInterview && (
              <div className="row">
                <TextInput name="givenName" label={t('identification.fields.givenName')} value={draft.givenName} onChange={set('givenName')} error={errorAt('input.person.givenName')} />
                <TextInput name="familyName" label={t('identification.fields.familyName')} value={draft.familyName} onChange={set('familyName')} error={errorAt('input.person.familyName')} />
              </div>
            )}
            <RadioGroup value={draft.sex} onChange={set('sex')} isInvalid={Boolean(errorAt('input.person.sex'))} className="choices">
              <Label>{t('identification.fields.sex')}</Label>
              {SEXES.map((sex) => (
                <RadioItem key={sex} value={sex}>
                  {t(`sex.${sex}`)}
                </RadioItem>
              ))}
              <FieldError className="field-error">{errorAt('input.person.sex')}</FieldError>
            </RadioGroup>
            <TextInput name="citizenship" label={t('identification.fields.citizenship')} value={draft.citizenship} onChange={set('citizenship')} error={errorAt('input.person.citizenship')} />
            <Text className="hint">{t('identification.hints.citizenship')}</Text>
            <TextInput name="language" label={t('identification.fields.language')} value={draft.language} onChange={set('language')} error={errorAt('input.interview.language')} />
            <Checkbox className="check" isSelected={draft.interpreterUsed} onChange={set('interpreterUsed')}>
              <span className="check-box" aria-hidden="true" />
              <span>{t('identification.fields.interpreterUsed')}</span>
            </Checkbox>
            <RadioGroup value={draft.venue} onChange={set('venue')} isInvalid={Boolean(errorAt('input.venue'))} className="choices">
              <Label>{t('identification.fields.venue')}</Label>
              {VENUES.map((venue) => (
                <RadioItem key={venue} value={venue}>
                  {t(`venue.${venue}`)}
                </RadioItem>
              ))}
              <FieldError className="field-error">{errorAt('input.venue')}</FieldError>
            </RadioGroup>
            <RadioGroup value={draft.region} onChange={set('region')} isInvalid={Boolean(errorAt('input.region'))} className="choices">
              <Label>{t('identification.fields.region')}</Label>
              {(catalogue.data?.regions ?? []).map((region) => (
                <RadioItem key={region.code} value={region.code}>
                  {region.label}
                </RadioItem>
              ))}
              <FieldError className="field-error">{errorAt('input.region')}</FieldError>
            </RadioGroup>
            <CheckboxGroup value={draft.exploitationTypes} onChange={set('exploitationTypes')} isInvalid={Boolean(errorAt('input.exploitationTypes'))} className="choices">
              <Label>{t('identification.fields.exploitationTypes')}</Label>
              {EXPLOITATION.map((type) => (
                <CheckboxItem key={type} value={type}>
                  {t(`exploitation.${type}`)}
                </CheckboxItem>
              ))}
              <FieldError className="field-error">{errorAt('input.exploitationTypes')}</FieldError>
            </CheckboxGroup>
          </>
        )}
        {step === 'needs' && (
          <CheckboxGroup value={draft.immediateNeeds} onChange={set('immediateNeeds')} isInvalid={Boolean(errorAt('input.immediateNeeds'))} className="choices">
            <Label>{t('identification.fields.immediateNeeds')}</Label>
            {NEEDS.map((need) => (
              <CheckboxItem key={need} value={need}>
                {t(`needs.${need}`)}
              </CheckboxItem>
            ))}
            <FieldError className="field-error">{errorAt('input.immediateNeeds')}</FieldError>
          </CheckboxGroup>
        )}
        {step === 'review' && (
          <>
            <dl className="review">
              <dt>{t('identification.fields.indicators')}</dt>
              <dd>{t('identification.review.indicatorCount', { count: draft.indicatorCodes.length })}</dd>
              <dt>{t('identification.fields.consentToInterview')}</dt>
              <dd>{draft.consentToInterview ? t('common.yes') : t('common.no')}</dd>
              <dt>{t('identification.fields.sex')}</dt>
              <dd>{draft.sex ? t(`sex.${draft.sex}`) : '—'}</dd>
              <dt>{t('identification.fields.venue')}</dt>
              <dd>{draft.venue ? t(`venue.${draft.venue}`) : '—'}</dd>
              <dt>{t('identification.fields.region')}</dt>
              <dd>{catalogue.data?.regions.find((region) => region.code === draft.region)?.label ?? '—'}</dd>
              <dt>{t('identification.fields.immediateNeeds')}</dt>
              <dd>{draft.immediateNeeds.length ? draft.immediateNeeds.map((need) => t(`needs.${need}`)).join(', ') : t('common.none')}</dd>
            </dl>
            {Object.keys(ruleErrors).length > 0 && (
              <div role="alert" className="alert">
                {Object.entries(ruleErrors).map(([path, key]) => (
                  <p key={path}>
                    {t(`fieldNames.${path}`)}: {t(key)}
                  </p>
                ))}
              </div>
            )}
            <ScreeningResult {...preview} live />
          </>
        )}
        <div className="draft-bar">
          <SaveStatus state={keeping.state} />
          {dirty && (
            <Button className="link-button" onPress={() => void discardOpen()} isDisabled={discarding.loading || submission.loading}>
              {t('identification.drafts.discardOpen')}
            </Button>
          )}
        </div>
        <div className="actions">
          {index > 0 && (
            <Button className="button secondary" onPress={back} isDisabled={submission.loading}>
              {t('common.back')}
            </Button>
          )}
          <Button type="submit" className="button" isDisabled={submission.loading}>
            {step === 'review' ? (submission.loading ? t('identification.submitting') : t('identification.submit')) : t('common.next')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function ScreeningResult({ meetsThreshold, missingGroups, live = false }: { meetsThreshold: boolean; missingGroups: readonly string[]; live?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={meetsThreshold ? 'screening met' : 'screening missing'} role={live ? 'status' : undefined} data-testid="screening">
      <Heading level={3}>{t('identification.screening.title')}</Heading>
      <p>{meetsThreshold ? t('identification.screening.met') : t('identification.screening.notMet')}</p>
      {missingGroups.length > 0 && (
        <p>
          {t('identification.screening.missing', { groups: missingGroups.map((group) => t(`indicatorGroups.${group}`)).join(', ') })}
        </p>
      )}
    </div>
  );
}

/** The form as the first responder's page: local copies sealed for the signed-in user (the token's subject). */
export default function IdentificationPage() {
  const auth = useAuth();
  const owner = auth.user?.profile.sub;
  const localDrafts = useMemo(() => browserDraftStore(owner), [owner]);
  return <IdentificationForm localDrafts={localDrafts} />;
}
