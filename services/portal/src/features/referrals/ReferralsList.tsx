import { useQuery } from '@apollo/client/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../DataTable';
import { apiProblems } from '../../errors';
import { formatDateTime, formatSince } from '../../format';
import type { ReferralStatus } from '../../gql/graphql';
import { ReferralsQuery } from './operations';
import { ProblemAlert } from './ProblemAlert';

export const PAGE_SIZE = 20;
const STATUSES: ReferralStatus[] = ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CLOSED'];
const ALL = 'ALL';

interface Row {
  id: string;
  reference: string;
  status: string;
  urgent: boolean;
  createdAt: string;
  respondedAt?: string | null;
  provider: { name: string };
}

function useColumns() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const column = createColumnHelper<Row>();
    const now = new Date();
    return [
      column.accessor('reference', {
        header: () => t('referrals.list.reference'),
        cell: (cell) => <Link to={`/referrals/${cell.row.original.id}`}>{cell.getValue()}</Link>,
      }),
      column.accessor((row) => row.provider.name, { id: 'provider', header: () => t('referrals.list.provider') }),
      column.accessor('status', { header: () => t('referrals.list.status'), cell: (cell) => t(`referrals.status.${cell.getValue()}`) }),
      column.accessor('urgent', { header: () => t('referrals.list.priority'), cell: (cell) => t(`referrals.priority.${cell.getValue() ? 'URGENT' : 'NORMAL'}`) }),
      column.accessor('createdAt', { header: () => t('referrals.list.created'), cell: (cell) => formatDateTime(cell.getValue(), i18n.language) }),
      column.display({
        id: 'answer',
        header: () => t('referrals.list.answer'),
        cell: (cell) => {
          const { respondedAt, createdAt, status } = cell.row.original;
          if (respondedAt) return formatDateTime(respondedAt, i18n.language);
          return status === 'PENDING' ? t('referrals.list.waiting', { since: formatSince(createdAt, now, i18n.language) }) : '—';
        },
      }),
    ];
  }, [t, i18n.language]);
}

function StatusFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Select className="field referrals-select" selectedKey={value} onSelectionChange={(key) => onChange(String(key))}>
      <Label>{t('referrals.list.filterStatus')}</Label>
      <Button className="button secondary">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="referrals-popover">
        <ListBox>
          <ListBoxItem id={ALL} className="referrals-option">
            {t('referrals.list.allStatuses')}
          </ListBoxItem>
          {STATUSES.map((status) => (
            <ListBoxItem key={status} id={status} className="referrals-option">
              {t(`referrals.status.${status}`)}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** The RA's referrals, newest first, filtered by status, a page at a time. */
export function ReferralsList() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>(ALL);
  // The cursors of the pages seen so far: [undefined] is the first page; going back pops one.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors[cursors.length - 1];
  // From a person's page: that person's referrals only (?person=<id>).
  const [search] = useSearchParams();
  const personId = search.get('person') ?? undefined;
  const filter = { ...(status === ALL ? {} : { status: status as ReferralStatus }), ...(personId ? { personId } : {}) };
  const { data, loading, error } = useQuery(ReferralsQuery, { variables: { first: PAGE_SIZE, after, filter }, fetchPolicy: 'cache-and-network' });
  const rows: Row[] = useMemo(() => data?.referrals.edges.map((edge) => edge.node) ?? [], [data]);
  const columns = useColumns();
  const pageInfo = data?.referrals.pageInfo;

  return (
    <section aria-labelledby="referrals-heading" className="referrals-page">
      <h1 id="referrals-heading">{personId ? t('referrals.list.titleForPerson') : t('referrals.list.title')}</h1>
      {personId && (
        <p>
          <Link to={`/people/${personId}`}>{t('referrals.backToPerson')}</Link> · <Link to="/referrals">{t('referrals.list.allPeople')}</Link>
        </p>
      )}
      <StatusFilter
        value={status}
        onChange={(next) => {
          setStatus(next);
          setCursors([undefined]);
        }}
      />
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && <ProblemAlert problems={apiProblems(error)} />}
      {data && rows.length === 0 && <p>{t('referrals.list.empty')}</p>}
      {rows.length > 0 && (
        <DataTable rows={rows} columns={columns} rowId={(row) => row.id} label={t('referrals.list.tableRegion')} caption={t('referrals.list.caption', { page: cursors.length })} />
      )}
      {(rows.length > 0 || cursors.length > 1) && (
      <nav className="referrals-paging" aria-label={t('referrals.list.paging')}>
        <Button className="button secondary" isDisabled={cursors.length === 1} onPress={() => setCursors(cursors.slice(0, -1))}>
          {t('referrals.list.previous')}
        </Button>
        <span>{t('referrals.list.page', { page: cursors.length })}</span>
        <Button className="button secondary" isDisabled={!pageInfo?.hasNextPage} onPress={() => pageInfo?.endCursor && setCursors([...cursors, pageInfo.endCursor])}>
          {t('referrals.list.next')}
        </Button>
      </nav>
      )}
    </section>
  );
}

export default ReferralsList;
