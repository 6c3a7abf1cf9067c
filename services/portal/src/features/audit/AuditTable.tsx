import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../DataTable';
import { formatDateTime } from '../../format';
import type { AuditEntriesQuery } from '../../gql/graphql';

export type AuditRow = AuditEntriesQuery['auditEntries']['edges'][number]['node'];
const column = createColumnHelper<AuditRow>();

/** One page of the trail; the table scrolls inside its own focusable region so the page never does at phone width. */
export function AuditTable({ rows, agencyName }: { rows: AuditRow[]; agencyName: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const columns = useMemo(
    () => [
      column.accessor('at', { header: () => t('audit.columns.at'), cell: (info) => formatDateTime(info.getValue(), i18n.language) }),
      column.accessor('actorUsername', {
        header: () => t('audit.columns.actor'),
        cell: (info) => (
          <>
            {info.getValue()}
            <span className="hint audit-sub">{t(`roles.${info.row.original.actorRole}`, { defaultValue: info.row.original.actorRole })}</span>
            <span className="hint audit-sub">{agencyName(info.row.original.actorAgencyId)}</span>
          </>
        ),
      }),
      column.accessor('action', { header: () => t('audit.columns.action'), cell: (info) => t(`audit.action.${info.getValue()}`, { defaultValue: info.getValue() }) }),
      column.accessor('categories', {
        header: () => t('audit.columns.categories'),
        cell: (info) => info.getValue().map((category) => t(`audit.category.${category}`, { defaultValue: category })).join(', ') || '—',
      }),
      column.accessor('decision', {
        header: () => t('audit.columns.decision'),
        cell: (info) => (
          <span className={info.getValue() === 'DENIED' ? 'audit-denied' : undefined}>
            {t(`audit.decision.${info.getValue()}`)}
            {info.row.original.reason ? ` (${info.row.original.reason})` : ''}
          </span>
        ),
      }),
      column.accessor('basis', { header: () => t('audit.columns.basis'), cell: (info) => (info.getValue() ? t(`audit.basis.${info.getValue()}`) : '—') }),
      column.accessor('purpose', { header: () => t('audit.columns.purpose'), cell: (info) => info.getValue() ?? '—' }),
      column.accessor('service', { header: () => t('audit.columns.service') }),
      column.accessor('flaggedForReview', { header: () => t('audit.columns.flagged'), cell: (info) => (info.getValue() ? t('common.yes') : t('common.no')) }),
    ],
    [t, i18n.language, agencyName],
  );
  return <DataTable rows={rows} columns={columns} rowId={(row) => row.id} labelledBy="audit-trail-heading" caption={t('audit.trail.title')} className="audit-table" />;
}
