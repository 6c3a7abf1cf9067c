import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { apiProblems } from '../../errors';
import { DeadlinePersonQuery } from './operations';

/**
 * A deadline names its person by NRM reference only; this opens the person's page from it (personByReference, RA only),
 * so the deadlines list needs no lookup per row.
 */
export function PersonByReference() {
  const { t } = useTranslation();
  const reference = useParams().reference ?? '';
  const { data, loading, error } = useQuery(DeadlinePersonQuery, { variables: { reference } });
  const id = data?.personByReference?.id;
  if (id) return <Navigate to={`/people/${encodeURIComponent(id)}`} replace />;
  return (
    <section aria-labelledby="deadline-person-heading">
      <h1 id="deadline-person-heading">{t('deadlines.person.title')}</h1>
      {loading && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {data && !id && <p role="alert">{t('deadlines.person.notFound', { reference })}</p>}
    </section>
  );
}

export default PersonByReference;
