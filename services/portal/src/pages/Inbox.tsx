import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InboxQuery } from '../operations/documents';
import { apiProblems } from '../errors';
import { formatDateTime, formatSince } from '../format';

/** The RA's inbox: new identifications, newest first, with how long each has waited. */
export function Inbox() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(InboxQuery, { variables: { first: 20 } });
  const edges = data?.initialIdentifications.edges ?? [];
  const now = new Date();
  return (
    <section aria-labelledby="inbox-heading">
      <h1 id="inbox-heading">{t('inbox.title')}</h1>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {data && edges.length === 0 && <p>{t('inbox.empty')}</p>}
      {edges.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="inbox-heading" tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">{t('inbox.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inbox.reference')}</th>
              <th scope="col">{t('inbox.submitted')}</th>
              <th scope="col">{t('inbox.waiting')}</th>
              <th scope="col">{t('inbox.status')}</th>
              <th scope="col">{t('inbox.screening')}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  <Link to={`/people/${node.person.id}`}>{node.person.reference}</Link>
                  {node.person.summary.isChild && <span className="tag">{t('person.child')}</span>}
                </td>
                <td>{formatDateTime(node.submittedAt, i18n.language)}</td>
                <td>{formatSince(node.submittedAt, now, i18n.language)}</td>
                <td>{t(`status.${node.status}`)}</td>
                <td>{node.screening.meetsThreshold ? t('identification.screening.met') : t('identification.screening.notMet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {data?.initialIdentifications.pageInfo.hasNextPage && (
        <button type="button" className="button secondary" onClick={() => void fetchMore({ variables: { after: data.initialIdentifications.pageInfo.endCursor } })}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}

export default Inbox;
