import { useQuery } from '@apollo/client/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../DataTable';
import { apiProblems } from '../../errors';
import { formatDateTime } from '../../format';
import { FailedJobsQuery } from './operations';
import { RetryDialog, type FailedJobRef } from './RetryDialog';

const PAGE_SIZE = 20;
/** The services with job queues (docs/architecture.md, "Job queues: dead letters and metrics"). */
export const QUEUE_SERVICES = ['identification', 'referral', 'formal-identification', 'shelters', 'notifications'] as const;

interface Row extends FailedJobRef {
  kind: string;
  failedReason: string;
  attemptsMade: number;
  failedAt: string;
}

function useColumns(onRetry: (row: Row) => void) {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const column = createColumnHelper<Row>();
    return [
      column.accessor('service', { header: () => t('failed-jobs.column.service') }),
      column.accessor('queue', { header: () => t('failed-jobs.column.queue'), cell: (cell) => <code>{cell.getValue()}</code> }),
      column.accessor('name', { header: () => t('failed-jobs.column.name') }),
      column.accessor('failedReason', { header: () => t('failed-jobs.column.reason'), cell: (cell) => <code>{cell.getValue()}</code> }),
      column.accessor('attemptsMade', { header: () => t('failed-jobs.column.attempts'), cell: (cell) => new Intl.NumberFormat(i18n.language).format(cell.getValue()) }),
      column.accessor('failedAt', { header: () => t('failed-jobs.column.failedAt'), cell: (cell) => formatDateTime(cell.getValue(), i18n.language) }),
      column.display({
        id: 'actions',
        header: () => t('failed-jobs.column.actions'),
        cell: (cell) => (
          <Button className="button secondary" onPress={() => onRetry(cell.row.original)} aria-label={t('failed-jobs.retry.labelFor', { name: cell.row.original.name, id: cell.row.original.id })}>
            {t('failed-jobs.retry.action')}
          </Button>
        ),
      }),
    ];
  }, [t, i18n.language, onRetry]);
}

/** Jobs that failed for good in every service's queues (platform_admin), newest first, with a retry for each. */
export default function FailedJobsPage() {
  const { t } = useTranslation();
  const [service, setService] = useState('');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [retrying, setRetrying] = useState<Row | null>(null);
  const [message, setMessage] = useState('');
  const after = cursors[cursors.length - 1];
  const { data, loading, error, refetch } = useQuery(FailedJobsQuery, {
    variables: { first: PAGE_SIZE, after: after ?? null, filter: service ? { service } : null },
    fetchPolicy: 'cache-and-network',
  });
  const rows: Row[] = useMemo(() => data?.failedJobs.edges.map((edge) => edge.node) ?? [], [data]);
  const columns = useColumns(setRetrying);
  const pageInfo = data?.failedJobs.pageInfo;
  return (
    <section aria-labelledby="failed-jobs-heading" className="failed-jobs-page">
      <h1 id="failed-jobs-heading">{t('failed-jobs.title')}</h1>
      <p>{t('failed-jobs.intro')}</p>
      <div className="field failed-jobs-filter">
        <label htmlFor="failed-jobs-service">{t('failed-jobs.service')}</label>
        <select
          id="failed-jobs-service"
          value={service}
          onChange={(event) => {
            setService(event.target.value);
            setCursors([undefined]);
          }}
        >
          <option value="">{t('failed-jobs.allServices')}</option>
          {QUEUE_SERVICES.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="failed-jobs-message">
        {message}
      </p>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && (
        <p role="alert" className="alert">
          {t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}
        </p>
      )}
      {data && rows.length === 0 && <p className="failed-jobs-empty">{t('failed-jobs.empty')}</p>}
      {rows.length > 0 && <DataTable rows={rows} columns={columns} label={t('failed-jobs.tableRegion')} caption={t('failed-jobs.caption', { page: cursors.length })} rowId={(row) => `${row.service}/${row.queue}/${row.id}`} testId="failed-jobs-table" />}
      {(rows.length > 0 || cursors.length > 1) && (
        <nav className="failed-jobs-paging" aria-label={t('failed-jobs.paging')}>
          <Button className="button secondary" isDisabled={cursors.length === 1} onPress={() => setCursors(cursors.slice(0, -1))}>
            {t('failed-jobs.previous')}
          </Button>
          <span>{t('failed-jobs.pageNumber', { page: cursors.length })}</span>
          <Button className="button secondary" isDisabled={!pageInfo?.hasNextPage} onPress={() => pageInfo?.endCursor && setCursors([...cursors, pageInfo.endCursor])}>
            {t('failed-jobs.next')}
          </Button>
        </nav>
      )}
      <RetryDialog
        job={retrying}
        onClose={() => {
          setRetrying(null);
          // A refused retry means the list is out of date (retried elsewhere, or gone): read it again.
          void refetch();
        }}
        onRetried={(job) => {
          setRetrying(null);
          setMessage(t('failed-jobs.retry.done', { name: job.name }));
          void refetch();
        }}
      />
    </section>
  );
}
