import { useQuery } from '@apollo/client/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../DataTable';
import { formatDateTime } from '../../format';
import type { CasesListQuery } from '../../gql/graphql';
import { QueryState } from './fields';
import { CaseListQuery } from './operations';

type CaseRow = CasesListQuery['cases']['edges'][number]['node'];
const column = createColumnHelper<CaseRow>();

/** The shelter's cases (the API serves staff only their team's), in a table that scrolls inside its own region. */
export function CasesPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(CaseListQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const rows = useMemo(() => data?.cases.edges.map((edge) => edge.node) ?? [], [data]);
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const columns = useMemo(
    () => [
      column.accessor('reference', {
        header: () => t('cases.list.reference'),
        cell: (cell) => <Link to={`/cases/${cell.row.original.id}`}>{cell.getValue()}</Link>,
      }),
      column.accessor('status', { header: () => t('cases.list.status'), cell: (cell) => t(`cases.status.${cell.getValue()}`) }),
      column.accessor('phase', { header: () => t('cases.list.phase'), cell: (cell) => (cell.getValue() ? t(`cases.phase.${cell.getValue()}`) : '—') }),
      column.accessor('openedAt', { header: () => t('cases.list.opened'), cell: (cell) => when(cell.getValue()) }),
      column.accessor('assessmentsDueAt', { header: () => t('cases.list.assessmentsDue'), cell: (cell) => when(cell.getValue()) }),
      column.accessor('nextMonitoringContactDueAt', { header: () => t('cases.list.nextContact'), cell: (cell) => when(cell.getValue()) }),
    ],
    [t, i18n.language],
  );
  return (
    <section aria-labelledby="cases-heading">
      <h1 id="cases-heading">{t('cases.list.title')}</h1>
      <QueryState loading={loading && !data} error={error && !data ? error : undefined} empty={rows.length === 0} emptyText={t('cases.list.empty')}>
        <DataTable rows={rows} columns={columns} labelledBy="cases-heading" caption={t('cases.list.title')} tableClassName="cases-table" />
      </QueryState>
      {data?.cases.pageInfo.hasNextPage && (
        <Button className="button secondary" onPress={() => void fetchMore({ variables: { after: data.cases.pageInfo.endCursor } })}>
          {t('common.more')}
        </Button>
      )}
    </section>
  );
}

export default CasesPage;
