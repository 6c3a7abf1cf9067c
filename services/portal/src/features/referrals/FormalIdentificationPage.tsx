import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Checkbox, Text } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiProblems, type ApiProblem } from '../../errors';
import { formatDateTime } from '../../format';
import { FormalIdentificationsQuery, ReferralPersonQuery, RequestFormalIdentificationMutation } from './operations';
import { ProblemAlert } from './ProblemAlert';
import { formalIdentificationInput, formalIdentificationSchema, type FormalIdentificationValues } from './rules';

/** The request: an adult's signed statement of willingness; a child is asked none. */
export function FormalIdentificationForm({ personId, isChild, onRequested }: { personId: string; isChild: boolean; onRequested?: () => void }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const { control, handleSubmit, setError, formState } = useForm<FormalIdentificationValues>({
    resolver: zodResolver(formalIdentificationSchema(isChild)),
    defaultValues: { statementOfWillingness: false },
  });
  const [request] = useMutation(RequestFormalIdentificationMutation, { refetchQueries: [FormalIdentificationsQuery], awaitRefetchQueries: true });

  const submit = handleSubmit(async (values) => {
    setProblems([]);
    try {
      await request({ variables: { input: formalIdentificationInput(personId, isChild, values) } });
      onRequested?.();
    } catch (error) {
      const found = apiProblems(error);
      const statement = found.find((problem) => problem.fields.includes('input.statementOfWillingness'));
      if (statement) setError('statementOfWillingness', { type: 'api', message: 'referrals.rules.statementRequired' });
      setProblems(found.filter((problem) => problem !== statement));
    }
  });

  return (
    <form className="card referrals-form" noValidate aria-labelledby="formal-request-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="formal-request-heading">{t('referrals.formal.requestTitle')}</h2>
      <p>{isChild ? t('referrals.formal.childNoStatement') : t('referrals.formal.adultNeedsStatement')}</p>
      <ProblemAlert problems={problems} />
      {!isChild && (
        <Controller
          control={control}
          name="statementOfWillingness"
          render={({ field, fieldState }) => (
            <div className="field">
              <Checkbox className="check" isSelected={field.value} onChange={field.onChange} isInvalid={fieldState.invalid} name="statementOfWillingness" aria-describedby="statement-error">
                <span className="check-box" aria-hidden="true" />
                <span>{t('referrals.formal.statement')}</span>
              </Checkbox>
              <Text id="statement-error" className="field-error" elementType="p">
                {fieldState.error?.message ? t(fieldState.error.message) : ''}
              </Text>
            </div>
          )}
        />
      )}
      <Button type="submit" className="button" isDisabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('referrals.formal.sending') : t('referrals.formal.submit')}
      </Button>
    </form>
  );
}

/** A person's formal identifications (newest first) with their due dates, and a new request when none is open. */
export function FormalIdentificationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const person = useQuery(ReferralPersonQuery, { variables: { id } });
  const requests = useQuery(FormalIdentificationsQuery, { variables: { personId: id } });
  const date = (iso?: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  if ((person.loading && !person.data) || (requests.loading && !requests.data)) return <p role="status">{t('common.loading')}</p>;
  const record = person.data?.person;
  if (!record) {
    return (
      <section aria-labelledby="formal-heading">
        <h1 id="formal-heading">{t('referrals.formal.title')}</h1>
        <ProblemAlert problems={apiProblems(person.error ?? new Error('missing'))} />
      </section>
    );
  }
  const { reference, summary } = record;
  const list = requests.data?.formalIdentifications ?? [];
  const open = list.find((entry) => entry.status !== 'CONCLUDED');
  return (
    <section aria-labelledby="formal-heading" className="referrals-page">
      <h1 id="formal-heading">{t('referrals.formal.titleWithReference', { reference })}</h1>
      <p>
        <Link to={`/people/${id}`}>{t('referrals.backToPerson')}</Link>
      </p>
      {requests.error && <ProblemAlert problems={apiProblems(requests.error)} />}
      <h2 id="formal-list-heading">{t('referrals.formal.requests')}</h2>
      {requests.data && list.length === 0 && <p>{t('referrals.formal.none')}</p>}
      {list.length > 0 && (
        <ul className="referrals-formal-list" aria-labelledby="formal-list-heading">
          {list.map((entry) => (
            <li key={entry.id} className="card" data-formal-identification={entry.id}>
              <p className="referrals-status">{t(`referrals.formal.status.${entry.status}`)}</p>
              <dl className="referrals-facts">
                <dt>{t('referrals.formal.requestedAt')}</dt>
                <dd>{date(entry.requestedAt)}</dd>
                <dt>{t('referrals.formal.dueAt')}</dt>
                <dd data-testid="formal-due">{date(entry.dueAt)}</dd>
                <dt>{t('referrals.formal.statementShort')}</dt>
                <dd>{entry.statementOfWillingness === null || entry.statementOfWillingness === undefined ? t('referrals.formal.notAsked') : t(entry.statementOfWillingness ? 'common.yes' : 'common.no')}</dd>
                {entry.scheduledAt && (
                  <>
                    <dt>{t('referrals.formal.scheduledAt')}</dt>
                    <dd>{date(entry.scheduledAt)}</dd>
                  </>
                )}
                {entry.outcome && (
                  <>
                    <dt>{t('referrals.formal.outcome')}</dt>
                    <dd>{t(`status.${entry.outcome}`)}</dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {open ? <p>{t('referrals.formal.alreadyOpen')}</p> : <FormalIdentificationForm personId={id} isChild={summary.isChild} />}
    </section>
  );
}

export default FormalIdentificationPage;
