import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, useParams } from 'react-router';
import { rolesOf } from '../../auth';
import { apiProblems } from '../../errors';
import { RA_ROLES } from '../../roles';
import { ConclusionForm } from './ConclusionForm';
import { ConveneForm } from './ConveneForm';
import { CriminalReportForm } from './CriminalReportForm';
import { InterviewForm } from './InterviewForm';
import { conclusionState, seatOf } from './model';
import { FormalIdentificationQuery } from './operations';
import { RequestSummary } from './RequestSummary';

/**
 * One request. What the page offers follows the caller's place in it — the RA convenes, the members record the
 * interview and conclude, the police member records criminal reports — and the API enforces each: a member of another
 * group gets FORBIDDEN, and the page then shows only that refusal.
 */
export function RequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const auth = useAuth();
  const viewerId = auth.user?.profile.sub;
  const isRa = rolesOf(auth.user?.access_token).some((role) => RA_ROLES.includes(role));
  const { data, loading, error } = useQuery(FormalIdentificationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const item = data?.formalIdentification;
  const code = error ? (apiProblems(error)[0]?.code ?? 'INTERNAL') : undefined;

  return (
    <section aria-labelledby="fi-request-heading">
      <p>
        <Link to="/formal-identifications">{t('formal-identification.back')}</Link>
      </p>
      <h1 id="fi-request-heading">{t('formal-identification.request.title')}</h1>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {code && (
        <p role="alert" className="alert">
          {code === 'FORBIDDEN' ? t('formal-identification.request.notYours') : t(`apiErrors.${code}`)}
        </p>
      )}
      {item && (
        <>
          <RequestSummary item={item} now={new Date()} />
          {isRa && item.status === 'REQUESTED' && <ConveneForm item={item} />}
          {seatOf(item, viewerId) && item.status === 'GROUP_CONVENED' && !item.interviewEndedAt && (
            <InterviewForm formalIdentificationId={item.id} startedAt={item.interviewStartedAt} />
          )}
          {seatOf(item, viewerId) === 'police' && item.status !== 'REQUESTED' && <CriminalReportForm formalIdentificationId={item.id} />}
          <ConclusionSection state={conclusionState(item, viewerId)} id={item.id} />
        </>
      )}
    </section>
  );
}

function ConclusionSection({ state, id }: { state: ReturnType<typeof conclusionState>; id: string }) {
  const { t } = useTranslation();
  if (state === 'open') return <ConclusionForm formalIdentificationId={id} />;
  if (state === 'concluded') return null;
  return <p className="hint">{t(`formal-identification.conclusion.why.${state}`)}</p>;
}

export default RequestPage;
