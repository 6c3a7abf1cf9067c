import { useQuery } from '@apollo/client/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../DataTable';
import { InboxQuery } from '../operations/documents';
import type { InboxQuery as InboxData } from '../gql/graphql';
import { apiProblems } from '../errors';
import { formatDateTime, formatSince } from '../format';
import { InboxClockCell, InboxClockMessages, useInboxClocks, type InboxClocks } from '../features/deadlines/InboxClock';

type InboxRow = InboxData['initialIdentifications']['edges'][number]['node'];
const column = createColumnHelper<InboxRow>();

/** The inbox's columns; the table scrolls inside its own region at phone width, the page does not. */
function useInboxColumns(clocks: InboxClocks) {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const now = new Date();
    return [
      column.accessor((row) => row.person.reference, {
        id: 'reference',
        header: () => t('inbox.reference'),
        cell: ({ row }) => (
          <>
            <Link to={`/people/${row.original.person.id}`}>{row.original.person.reference}</Link>
            {row.original.person.summary.isChild && <span className="tag">{t('person.child')}</span>}
          </>
        ),
      }),
      // The acknowledgement clock (features/deadlines), beside the reference as the first thing to act on: due in /
      // overdue, who acknowledged it, and the action.
      column.display({
        id: 'acknowledgement',
        header: () => t('deadlines.inbox.clock'),
        cell: ({ row }) => <InboxClockCell clocks={clocks} identificationId={row.original.id} reference={row.original.person.reference} now={now} />,
      }),
      column.accessor('submittedAt', { header: () => t('inbox.submitted'), cell: ({ getValue }) => formatDateTime(getValue(), i18n.language) }),
      column.accessor('submittedAt', { id: 'waiting', header: () => t('inbox.waiting'), cell: ({ getValue }) => formatSince(getValue(), now, i18n.language) }),
      column.accessor('status', { header: () => t('inbox.status'), cell: ({ getValue }) => t(`status.${getValue()}`) }),
      column.accessor((row) => row.screening.meetsThreshold, {
        id: 'screening',
        header: () => t('inbox.screening'),
        cell: ({ getValue }) => (getValue() ? t('identification.screening.met') : t('identification.screening.notMet')),
      }),
    ];
  }, [t, i18n.language, clocks]);
}

/** The RA's inbox: new identifications, newest first, with how long each has waited. */
export function Inbox() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(InboxQuery, { variables: { first: 20 } });
  const rows = useMemo(() => (data?.initialIdentifications.edges ?? []).map((edge) => edge.node), [data]);
  const clocks = useInboxClocks();
  const columns = useInboxColumns(clocks);
  return (
    <section aria-labelledby="inbox-heading" className="inbox">
      <h1 id="inbox-heading">{t('inbox.title')}</h1>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {data && rows.length === 0 && <p>{t('inbox.empty')}</p>}
      <InboxClockMessages clocks={clocks} />
      {rows.length > 0 && (
        <DataTable
          rows={rows}
          columns={columns}
          caption={t('inbox.title')}
          label={t('inbox.tableRegion')}
          rowId={(row) => row.id}
        />
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
