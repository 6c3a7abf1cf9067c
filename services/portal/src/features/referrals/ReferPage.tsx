import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Button, CheckboxGroup, FieldError, Input, Label, RadioGroup, Text, TextField } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { apiProblems, type ApiProblem } from '../../errors';
import { CheckboxItem, RadioItem } from '../../ui';
import { CreateReferralMutation, ProviderMatchesQuery, ReferralPersonQuery, ReferralsQuery } from './operations';
import { ProblemAlert } from './ProblemAlert';
import {
  createReferralInput,
  EMPTY_REFERRAL_FORM,
  referralFieldOfPath,
  referralFormSchema,
  SERVICE_CODES,
  servicesForNeeds,
  type MatchChoice,
  type ReferralFormValues,
} from './rules';

type Match = NonNullable<ReturnType<typeof useMatches>['data']>['providerMatches'][number];

function useMatches(personId: string, needs: string[] | undefined) {
  return useQuery(ProviderMatchesQuery, { variables: { personId, needs: needs ?? [] }, skip: needs === undefined });
}

/** Why a provider fits or not, in the user's language: rank and fit for the eligible, each refusal for the others. */
function MatchCard({ match }: { match: Match }) {
  const { t } = useTranslation();
  const { provider } = match;
  const headingId = `match-${provider.id}`;
  return (
    <li className={`referrals-match ${match.eligible ? 'eligible' : 'excluded'}`} aria-labelledby={headingId} data-provider={provider.agencyId}>
      <h3 id={headingId}>
        {match.rank ? `${match.rank}. ` : ''}
        {provider.name}
      </h3>
      <p className="referrals-verdict">
        {match.eligible ? t('referrals.match.eligible') : match.overCapacityPossible ? t('referrals.match.overCapacityPossible') : t('referrals.match.excluded')}
      </p>
      <dl className="referrals-facts">
        <dt>{t('referrals.match.region')}</dt>
        <dd>
          {provider.region} {match.regionMatch ? t('referrals.match.sameRegion') : ''}
        </dd>
        <dt>{t('referrals.match.places')}</dt>
        <dd>{t('referrals.match.placesValue', { free: provider.placesFree ?? 0, total: provider.placesTotal ?? 0 })}</dd>
        <dt>{t('referrals.match.score')}</dt>
        <dd>{match.score}</dd>
        <dt>{t('referrals.match.servicesMatched')}</dt>
        <dd>{match.servicesMatched.length ? match.servicesMatched.map((code) => t(`referrals.services.${code}`, { defaultValue: code })).join(', ') : t('common.none')}</dd>
        <dt>{t('referrals.match.servicesMissing')}</dt>
        <dd>{match.servicesMissing.length ? match.servicesMissing.map((code) => t(`referrals.services.${code}`, { defaultValue: code })).join(', ') : t('common.none')}</dd>
      </dl>
      {match.exclusions.length > 0 && (
        <>
          <p className="referrals-reasons-title">{t('referrals.match.why')}</p>
          <ul className="referrals-reasons">
            {match.exclusions.map((exclusion) => (
              <li key={exclusion.code}>{t(`referrals.exclusions.${exclusion.code}`, { defaultValue: exclusion.message })}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** The needs the providers are ranked by, started from the person's recorded immediate needs. */
function NeedsPicker({ needs, onChange }: { needs: string[]; onChange: (needs: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup className="choices referrals-needs" value={needs} onChange={onChange}>
      <Label>{t('referrals.refer.needs')}</Label>
      <Text slot="description">{t('referrals.refer.needsHelp')}</Text>
      {SERVICE_CODES.map((code) => (
        <CheckboxItem key={code} value={code}>
          {t(`referrals.services.${code}`)}
        </CheckboxItem>
      ))}
    </CheckboxGroup>
  );
}

/**
 * The referral form. `transferFromReferralId`: the person's accepted referral, which a new one replaces (a transfer);
 * without one the API refuses a second live placement.
 */
export function ReferralForm({ personId, matches, transferFromReferralId }: { personId: string; matches: Match[]; transferFromReferralId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const choices: MatchChoice[] = useMemo(
    () => matches.map((match) => ({ providerId: match.provider.id, agencyId: match.provider.agencyId, eligible: match.eligible, overCapacityPossible: match.overCapacityPossible })),
    [matches],
  );
  const referable = matches.filter((match) => match.eligible || match.overCapacityPossible);
  const { control, handleSubmit, watch, setError, formState } = useForm<ReferralFormValues>({
    resolver: zodResolver(referralFormSchema(choices)),
    defaultValues: EMPTY_REFERRAL_FORM,
  });
  const [create] = useMutation(CreateReferralMutation);
  const chosen = choices.find((choice) => choice.providerId === watch('providerId'));
  const needsAgreement = chosen !== undefined && !chosen.eligible && chosen.overCapacityPossible;
  const messageOf = (key?: string) => (key ? t(key) : undefined);

  const submit = handleSubmit(async (values) => {
    setProblems([]);
    try {
      const result = await create({ variables: { input: createReferralInput(personId, values, choices, transferFromReferralId) } });
      if (result.data) void navigate(`/referrals/${result.data.createReferral.id}`);
    } catch (error) {
      const found = apiProblems(error);
      const general: ApiProblem[] = [];
      for (const problem of found) {
        const field = problem.fields.map(referralFieldOfPath).find((name) => name !== undefined);
        if (field) setError(field, { type: 'api', message: `apiErrors.${problem.code}` });
        else general.push(problem);
      }
      setProblems(general);
    }
  });

  if (!referable.length) return <p role="status">{t('referrals.refer.noneReferable')}</p>;
  return (
    <form className="card referrals-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="refer-form-heading">
      <h2 id="refer-form-heading">{t('referrals.refer.formTitle')}</h2>
      <ProblemAlert problems={problems} />
      {transferFromReferralId && <p>{t('referrals.refer.transferNote')}</p>}
      <Controller
        control={control}
        name="providerId"
        render={({ field, fieldState }) => (
          <RadioGroup className="choices" value={field.value} onChange={field.onChange} isInvalid={fieldState.invalid} name="providerId">
            <Label>{t('referrals.refer.provider')}</Label>
            {referable.map((match) => (
              <RadioItem key={match.provider.id} value={match.provider.id}>
                {match.provider.name}
                {!match.eligible && ` (${t('referrals.refer.overCapacity')})`}
              </RadioItem>
            ))}
            <FieldError className="field-error">{messageOf(fieldState.error?.message)}</FieldError>
          </RadioGroup>
        )}
      />
      <Controller
        control={control}
        name="priority"
        render={({ field, fieldState }) => (
          <RadioGroup className="choices" value={field.value} onChange={field.onChange} isInvalid={fieldState.invalid} name="priority">
            <Label>{t('referrals.refer.priority')}</Label>
            <RadioItem value="NORMAL">{t('referrals.priority.NORMAL')}</RadioItem>
            <RadioItem value="URGENT">{t('referrals.priority.URGENT')}</RadioItem>
            <Text slot="description">{t('referrals.refer.priorityHelp')}</Text>
            <FieldError className="field-error">{messageOf(fieldState.error?.message)}</FieldError>
          </RadioGroup>
        )}
      />
      {referable.length > 1 && (
        <Controller
          control={control}
          name="optionsOffered"
          render={({ field, fieldState }) => (
            <CheckboxGroup className="choices" value={field.value} onChange={field.onChange} isInvalid={fieldState.invalid} name="optionsOffered">
              <Label>{t('referrals.refer.optionsOffered')}</Label>
              <Text slot="description">{t('referrals.refer.optionsOfferedHelp')}</Text>
              {referable.map((match) => (
                <CheckboxItem key={match.provider.id} value={match.provider.id}>
                  {match.provider.name}
                </CheckboxItem>
              ))}
              <FieldError className="field-error">{messageOf(fieldState.error?.message)}</FieldError>
            </CheckboxGroup>
          )}
        />
      )}
      {needsAgreement && (
        <Controller
          control={control}
          name="agreementReference"
          render={({ field, fieldState }) => (
            <TextField className="field" value={field.value} onChange={field.onChange} onBlur={field.onBlur} isInvalid={fieldState.invalid} name="agreementReference">
              <Label>{t('referrals.refer.agreementReference')}</Label>
              <Input autoComplete="off" />
              <Text slot="description">{t('referrals.refer.agreementHelp')}</Text>
              <FieldError className="field-error">{messageOf(fieldState.error?.message)}</FieldError>
            </TextField>
          )}
        />
      )}
      <Button type="submit" className="button" isDisabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('referrals.refer.sending') : t('referrals.refer.submit')}
      </Button>
    </form>
  );
}

/** The person's live referrals: a pending one blocks a new referral, an accepted one turns it into a transfer. */
function useLiveReferrals(personId: string) {
  const { data } = useQuery(ReferralsQuery, { variables: { first: 20, filter: { personId } }, fetchPolicy: 'cache-and-network' });
  return (data?.referrals.edges ?? []).map((edge) => edge.node).filter((node) => node.status === 'PENDING' || node.status === 'ACCEPTED');
}

function LiveReferrals({ live }: { live: ReturnType<typeof useLiveReferrals> }) {
  const { t } = useTranslation();
  if (!live.length) return null;
  return (
    <div className="card referrals-notice" role="note" aria-labelledby="live-heading">
      <h2 id="live-heading">{t('referrals.refer.liveTitle')}</h2>
      <ul>
        {live.map((referral) => (
          <li key={referral.id}>
            <Link to={`/referrals/${referral.id}`}>{t('referrals.refer.liveEntry', { provider: referral.provider.name, status: t(`referrals.status.${referral.status}`) })}</Link>{' '}
            {referral.status === 'PENDING' ? t('referrals.refer.livePending') : t('referrals.refer.liveAccepted')}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The RA refers a person: the providers with why each fits or not, then the referral. */
export function ReferPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = useQuery(ReferralPersonQuery, { variables: { id } });
  const [chosenNeeds, setChosenNeeds] = useState<string[] | undefined>();
  const summaryNeeds = person.data?.person?.summary.needs;
  const needs = chosenNeeds ?? (summaryNeeds ? servicesForNeeds(summaryNeeds) : undefined);
  const matches = useMatches(id, needs);
  const live = useLiveReferrals(id);
  const accepted = live.find((referral) => referral.status === 'ACCEPTED');

  if (person.loading && !person.data) return <p role="status">{t('common.loading')}</p>;
  const record = person.data?.person;
  if (!record) {
    return (
      <section aria-labelledby="refer-heading">
        <h1 id="refer-heading">{t('referrals.refer.title')}</h1>
        <ProblemAlert problems={apiProblems(person.error ?? new Error('missing'))} />
      </section>
    );
  }
  const { reference, summary } = record;
  const list = matches.data?.providerMatches ?? [];
  return (
    <section aria-labelledby="refer-heading" className="referrals-page">
      <h1 id="refer-heading">{t('referrals.refer.titleWithReference', { reference })}</h1>
      <p>
        <Link to={`/people/${id}`}>{t('referrals.backToPerson')}</Link>
      </p>
      <p>{summary.isChild ? t('referrals.refer.childPathway') : t('referrals.refer.adultPathway')}</p>
      <LiveReferrals live={live} />
      <NeedsPicker needs={needs ?? []} onChange={setChosenNeeds} />
      <h2 id="matches-heading">{t('referrals.refer.matches')}</h2>
      {matches.loading && <p role="status">{t('common.loading')}</p>}
      {matches.error && <ProblemAlert problems={apiProblems(matches.error)} />}
      {matches.data && list.length === 0 && <p>{t('referrals.refer.noProviders')}</p>}
      {list.length > 0 && (
        <ul className="referrals-matches" aria-labelledby="matches-heading">
          {list.map((match) => (
            <MatchCard key={match.provider.id} match={match} />
          ))}
        </ul>
      )}
      {matches.data && list.length > 0 && <ReferralForm personId={id} matches={list} transferFromReferralId={accepted?.id} />}
    </section>
  );
}

export default ReferPage;
