import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../DataTable';
import type { Provider } from './model';

const column = createColumnHelper<Provider>();

/** The provider directory in a focusable scrolling region; each row offers its edit form and its history. */
export function ProviderTable({
  providers,
  regionLabel,
  canEdit,
  onEdit,
  onHistory,
}: {
  providers: Provider[];
  regionLabel: (code: string) => string;
  canEdit: boolean;
  onEdit: (provider: Provider) => void;
  onHistory: (provider: Provider) => void;
}) {
  const { t } = useTranslation();
  const columns = useMemo(
    () => [
      column.accessor('name', { header: () => t('directory.columns.name') }),
      column.accessor('region', { header: () => t('directory.columns.region'), cell: (info) => regionLabel(info.getValue()) }),
      column.accessor('authorised', {
        header: () => t('directory.columns.authorised'),
        cell: (info) => <span className={info.getValue() ? 'directory-yes' : 'directory-no'}>{info.getValue() ? t('directory.authorised') : t('directory.notAuthorised')}</span>,
      }),
      column.display({
        id: 'places',
        header: () => t('directory.columns.places'),
        cell: (info) => t('directory.places', { free: info.row.original.placesFree ?? 0, total: info.row.original.placesTotal ?? 0 }),
      }),
      column.accessor('serves', { header: () => t('directory.columns.serves'), cell: (info) => info.getValue().map((group) => t(`directory.served.${group}`)).join(', ') }),
      column.accessor('services', {
        header: () => t('directory.columns.services'),
        cell: (info) => info.getValue().map((code) => t(`directory.service.${code}`, { defaultValue: code })).join(', '),
      }),
      column.display({
        id: 'actions',
        header: () => <span className="visually-hidden">{t('directory.columns.actions')}</span>,
        cell: (info) => (
          <div className="directory-actions">
            {canEdit && (
              <Button className="link-button" onPress={() => onEdit(info.row.original)} aria-label={t('directory.editNamed', { name: info.row.original.name })}>
                {t('directory.edit')}
              </Button>
            )}
            <Button className="link-button" onPress={() => onHistory(info.row.original)} aria-label={t('directory.historyNamed', { name: info.row.original.name })}>
              {t('directory.history')}
            </Button>
          </div>
        ),
      }),
    ],
    [t, regionLabel, canEdit, onEdit, onHistory],
  );
  return <DataTable rows={providers} columns={columns} rowId={(row) => row.id} labelledBy="providers-heading" className="directory-table" />;
}
