import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, useParams } from 'react-router';
import { rolesOf } from '../../auth';
import { apiProblems } from '../../errors';
import { ROLE } from '../../roles';
import { ErasureSection } from './ErasureSection';
import { GrantsSection } from './GrantsSection';
import { LegalHoldSection } from './LegalHoldSection';
import { ConsentPersonQuery } from './operations';
import { OverridesSection } from './OverridesSection';
import { SubjectAccessSection } from './SubjectAccessSection';

/**
 * A person's consent and rights, for the Responsible Authority: the consent ledger, legal-basis overrides, legal holds,
 * the subject access export and erasure. What only the RA head may do is shown to the head; an officer is told why.
 * The API decides every action again.
 */
export function ConsentAndRights({ personId, roles }: { personId: string; roles: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ConsentPersonQuery, { variables: { id: personId, locale: i18n.language }, errorPolicy: 'all' });
  const person = data?.person;
  const isHead = roles.includes(ROLE.raHead);
  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!person) {
    return (
      <section aria-labelledby="consent-heading">
        <h1 id="consent-heading">{t('consent.title')}</h1>
        <p role="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'NOT_FOUND'}`)}</p>
      </section>
    );
  }
  // The grantee lists offer the agencies a grant may name: never the RA itself (it records, it is not a grantee).
  const agencies = (data?.agencies ?? []).filter((agency) => !['RESPONSIBLE_AUTHORITY', 'NATIONAL_COORDINATOR', 'OVERSIGHT', 'PLATFORM'].includes(agency.type));
  return (
    <section aria-labelledby="consent-heading" className="consent-page">
      <p className="consent-back">
        <Link to={`/people/${person.id}`}>{t('consent.backToPerson', { reference: person.reference })}</Link>
      </p>
      <h1 id="consent-heading">{t('consent.titleWithReference', { reference: person.reference })}</h1>
      {person.summary.isChild && <p className="tag consent-child">{t('consent.childNote')}</p>}
      <GrantsSection personId={person.id} agencies={agencies} />
      <OverridesSection personId={person.id} agencies={agencies} isHead={isHead} />
      <SubjectAccessSection personId={person.id} isHead={isHead} />
      {isHead ? (
        <>
          <LegalHoldSection personId={person.id} />
          <ErasureSection personId={person.id} erasedAt={person.erasedAt} onErased={() => void refetch()} />
        </>
      ) : (
        <section aria-labelledby="head-only-heading" className="consent-section">
          <h2 id="head-only-heading">{t('consent.holdsAndErasure')}</h2>
          <p className="consent-closed">{t('consent.holds.headOnly')}</p>
        </section>
      )}
    </section>
  );
}

export function ConsentPage() {
  const { id = '' } = useParams();
  const auth = useAuth();
  return <ConsentAndRights personId={id} roles={rolesOf(auth.user?.access_token)} />;
}

export default ConsentPage;
