import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, useParams } from 'react-router';
import { rolesOf } from '../auth';
import { apiProblems } from '../errors';
import { RA_ROLES } from '../roles';
import { PersonQuery } from '../operations/documents';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The data categories of a person (docs/api.md, "Personal data is shaped by category"), in the order shown. */
export const CATEGORIES = [
  'identity',
  'contactLocation',
  'traffickingExperience',
  'health',
  'psychosocial',
  'legal',
  'family',
  'educationEmployment',
  'security',
  'accommodation',
] as const;

/** Why each hidden category is hidden: the code of the error at its path (CONSENT_REQUIRED, FORBIDDEN). */
function hiddenReasons(error: unknown): Record<string, string> {
  const reasons: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return reasons;
  for (const entry of error.errors) {
    const field = entry.path?.[1];
    if (typeof field === 'string') reasons[field] = String(entry.extensions?.['code'] ?? 'FORBIDDEN');
  }
  return reasons;
}

/** The Responsible Authority's next steps for the person (features/referrals); other roles see none. */
function RaActions({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!rolesOf(auth.user?.access_token).some((role) => RA_ROLES.includes(role))) return null;
  return (
    <nav className="card person-actions" aria-labelledby="person-actions-heading">
      <h2 id="person-actions-heading">{t('referrals.personActions.title')}</h2>
      <ul>
        <li>
          <Link to={`/people/${personId}/refer`}>{t('referrals.personActions.refer')}</Link>
        </li>
        <li>
          <Link to={`/people/${personId}/formal-identification`}>{t('referrals.personActions.formal')}</Link>
        </li>
        <li>
          <Link to={`/referrals?person=${encodeURIComponent(personId)}`}>{t('referrals.personActions.referrals')}</Link>
        </li>
        <li>
          <Link to={`/people/${personId}/consent`}>{t('consent.linkFromPerson')}</Link>
        </li>
      </ul>
    </nav>
  );
}

export function Person() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PersonQuery, { variables: { id }, errorPolicy: 'all' });
  const person = data?.person;
  const reasons = hiddenReasons(error);
  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!person) {
    const code = apiProblems(error)[0]?.code ?? 'NOT_FOUND';
    return (
      <section>
        <h1>{t('person.title')}</h1>
        <p role="alert">{t(`apiErrors.${code}`)}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="person-heading">
      <h1 id="person-heading">{t('person.titleWithReference', { reference: person.reference })}</h1>
      <dl className="review card">
        <dt>{t('person.status')}</dt>
        <dd>{t(`status.${person.summary.identificationStatus}`)}</dd>
        <dt>{t('person.ageGroup')}</dt>
        <dd>{person.summary.isChild ? t('person.child') : t('person.adult')}</dd>
        <dt>{t('identification.fields.sex')}</dt>
        <dd>{t(`sex.${person.summary.sex}`)}</dd>
        <dt>{t('identification.fields.immediateNeeds')}</dt>
        <dd>{person.summary.needs.length ? person.summary.needs.map((need) => t(`needs.${need}`)).join(', ') : t('common.none')}</dd>
      </dl>
      <RaActions personId={person.id} />
      <h2>{t('person.categories')}</h2>
      <ul className="categories">
        {CATEGORIES.map((category) => {
          const value = person[category];
          const reason = reasons[category];
          return (
            <li key={category} className={reason ? 'category hidden' : 'category'} data-category={category}>
              <h3>{t(`categories.${category}`)}</h3>
              {reason ? (
                <p>
                  <strong>{t('person.hidden')}</strong> {t(`hiddenBecause.${reason === 'CONSENT_REQUIRED' ? 'CONSENT_REQUIRED' : 'FORBIDDEN'}`)}
                </p>
              ) : (
                <p>{value ? t('person.visible') : t('person.nothingRecorded')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export default Person;
