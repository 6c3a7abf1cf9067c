import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../DataTable';
import { formatDateTime } from '../../format';
import { isOverdue, type FormalIdentificationItem } from './model';

/** Requests as a table in a focusable scrolling region: each opens its page. */
export function RequestTable({ items, labelledBy, now }: { items: FormalIdentificationItem[]; labelledBy: string; now: Date }) {
  const { t, i18n } = useTranslation();
  const columns = useMemo<ColumnDef<FormalIdentificationItem>[]>(() => {
    const date = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
    return [
      {
        id: 'requestedAt',
        header: () => t('formal-identification.fields.requestedAt'),
        cell: ({ row }) => (
          <Link to={`/formal-identifications/${row.original.id}`} aria-label={t('formal-identification.openRequest', { date: date(row.original.requestedAt) })}>
            {date(row.original.requestedAt)}
          </Link>
        ),
      },
      { id: 'status', header: () => t('formal-identification.fields.status'), cell: ({ row }) => t(`formal-identification.status.${row.original.status}`) },
      {
        id: 'dueAt',
        header: () => t('formal-identification.fields.dueAt'),
        cell: ({ row }) => (
          <>
            {date(row.original.dueAt)}
            {isOverdue(row.original, now) && <span className="tag">{t('formal-identification.overdue')}</span>}
          </>
        ),
      },
      { id: 'scheduledAt', header: () => t('formal-identification.fields.scheduledAt'), cell: ({ row }) => date(row.original.scheduledAt) },
      { id: 'outcome', header: () => t('formal-identification.fields.outcome'), cell: ({ row }) => (row.original.outcome ? t(`formal-identification.outcome.${row.original.outcome}`) : '—') },
    ];
  }, [t, i18n.language, now]);
  return <DataTable rows={items} columns={columns} rowId={(item) => item.id} labelledBy={labelledBy} className="fi-table" />;
}
