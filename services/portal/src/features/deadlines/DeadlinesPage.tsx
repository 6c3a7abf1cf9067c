import { useQuery } from '@apollo/client/react';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Button, Checkbox, Input, Label, ListBox, ListBoxItem, Popover, SearchField, Select, SelectValue, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link } from 'react-router';
import { rolesOf } from '../../auth';
import { apiProblems } from '../../errors';
import { formatDateTime } from '../../format';
import type { DeadlineState, DeadlinesQuery as DeadlinesData } from '../../gql/graphql';
import { RA_ROLES } from '../../roles';
import { DeadlineClock } from './DeadlineClock';
import { DeadlineAgenciesQuery, DeadlinesQuery } from './operations';
import { recordPathOf } from './records';

export const PAGE_SIZE = 20;
const STATES: DeadlineState[] = ['OPEN', 'ESCALATED', 'MET', 'CANCELLED'];
const ALL = 'ALL';
/** A whole NRM reference: the filter applies once one is typed (the API matches references exactly). */
const WHOLE_REFERENCE = /^NRM-\d{4}-\d{6}$/;

type Row = DeadlinesData['deadlines']['edges'][number]['node'];

function useColumns(roles: readonly string[], agencyNames: Map<string, string>) {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const column = createColumnHelper<Row>();
    const now = new Date();
    return [
      column.accessor('kind', { header: () => t('deadlines.page.kind'), cell: (cell) => t(`deadlines.kind.${cell.getValue()}`) }),
      column.accessor('subjectRef', { header: () => t('deadlines.page.subject') }),
      column.display({ id: 'clock', header: () => t('deadlines.page.clock'), cell: (cell) => <DeadlineClock deadline={cell.row.original} now={now} /> }),
      column.display({
        id: 'record',
        header: () => t('deadlines.page.record'),
        cell: (cell) => {
          const path = recordPathOf(cell.row.original, roles);
          return path ? (
            <Link to={path} aria-label={t('deadlines.page.openRecordLabel', { reference: cell.row.original.subjectRef })}>
              {t('deadlines.page.openRecord')}
            </Link>
          ) : (
            t('deadlines.page.noPage')
          );
        },
      }),
      column.accessor('ownerAgencyId', { header: () => t('deadlines.page.owner'), cell: (cell) => agencyNames.get(cell.getValue()) ?? cell.getValue() }),
      column.accessor('dueAt', { header: () => t('deadlines.page.due'), cell: (cell) => formatDateTime(cell.getValue(), i18n.language) }),
      column.accessor('state', { header: () => t('deadlines.page.stateColumn'), cell: (cell) => t(`deadlines.state.${cell.getValue()}`) }),
    ];
  }, [t, i18n.language, roles, agencyNames]);
}

function Choice({ label, value, onChange, all, options }: { label: string; value: string; onChange: (value: string) => void; all: string; options: { id: string; label: string }[] }) {
  return (
    <Select className="field deadlines-select" selectedKey={value} onSelectionChange={(key) => onChange(String(key))}>
      <Label>{label}</Label>
      <Button className="button secondary">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="deadlines-popover">
        <ListBox>
          <ListBoxItem id={ALL} className="deadlines-option">
            {all}
          </ListBoxItem>
          {options.map((option) => (
            <ListBoxItem key={option.id} id={option.id} className="deadlines-option">
              {option.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

/**
 * The caller's agency's deadlines (the RA: every agency's, narrowed to one by choice), soonest due first, a page at a
 * time. The API decides whose deadlines a caller reads; the page only asks.
 */
export function DeadlinesPage() {
  const { t, i18n } = useTranslation();
  const roles = rolesOf(useAuth().user?.access_token);
  const isResponsibleAuthority = RA_ROLES.some((role) => roles.includes(role));
  const [state, setState] = useState<string>(ALL);
  const [agencyId, setAgencyId] = useState<string>(ALL);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [reference, setReference] = useState('');
  const subjectRef = reference.trim().toUpperCase();
  // The cursors of the pages seen so far: [undefined] is the first page; going back pops one.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors[cursors.length - 1];
  const filter = {
    ...(state === ALL ? {} : { state: state as DeadlineState }),
    ...(agencyId === ALL ? {} : { agencyId }),
    ...(overdueOnly ? { overdueOnly: true } : {}),
    ...(WHOLE_REFERENCE.test(subjectRef) ? { subjectRef } : {}),
  };
  const { data, loading, error } = useQuery(DeadlinesQuery, { variables: { first: PAGE_SIZE, after, filter }, fetchPolicy: 'cache-and-network' });
  const agencies = useQuery(DeadlineAgenciesQuery, { variables: { locale: i18n.language } });
  const agencyNames = useMemo(() => new Map((agencies.data?.agencies ?? []).map((agency) => [agency.id, agency.name])), [agencies.data]);
  const rows: Row[] = useMemo(() => data?.deadlines.edges.map((edge) => edge.node) ?? [], [data]);
  const table = useReactTable({ data: rows, columns: useColumns(roles, agencyNames), getCoreRowModel: getCoreRowModel(), getRowId: (row) => row.id });
  const pageInfo = data?.deadlines.pageInfo;
  const firstPage = () => setCursors([undefined]);

  return (
    <section aria-labelledby="deadlines-heading" className="deadlines-page">
      <h1 id="deadlines-heading">{t('deadlines.page.title')}</h1>
      <p>{isResponsibleAuthority ? t('deadlines.page.introRa') : t('deadlines.page.intro')}</p>
      <div className="deadlines-filters" role="group" aria-label={t('deadlines.page.filters')}>
        <Choice
          label={t('deadlines.page.state')}
          value={state}
          all={t('deadlines.page.allStates')}
          options={STATES.map((id) => ({ id, label: t(`deadlines.state.${id}`) }))}
          onChange={(next) => {
            setState(next);
            firstPage();
          }}
        />
        {isResponsibleAuthority && (
          <Choice
            label={t('deadlines.page.agency')}
            value={agencyId}
            all={t('deadlines.page.allAgencies')}
            options={(agencies.data?.agencies ?? []).map((agency) => ({ id: agency.id, label: agency.name }))}
            onChange={(next) => {
              setAgencyId(next);
              firstPage();
            }}
          />
        )}
        <SearchField
          className="field deadlines-reference"
          value={reference}
          onChange={(next) => {
            setReference(next);
            firstPage();
          }}
        >
          <Label>{t('deadlines.page.reference')}</Label>
          <Input />
          <Text slot="description">{t('deadlines.page.referenceHint')}</Text>
        </SearchField>
        <Checkbox
          className="check deadlines-overdue"
          isSelected={overdueOnly}
          onChange={(selected) => {
            setOverdueOnly(selected);
            firstPage();
          }}
        >
          <span className="check-box" aria-hidden="true" />
          <span>{t('deadlines.page.overdueOnly')}</span>
        </Checkbox>
      </div>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}</p>}
      {data && rows.length === 0 && <p>{t('deadlines.page.empty')}</p>}
      {rows.length > 0 && (
        <div className="table-wrap deadlines-table" role="region" aria-label={t('deadlines.page.tableRegion')} tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">{t('deadlines.page.caption', { page: cursors.length })}</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <th key={header.id} scope="col">
                      {flexRender(header.column.columnDef.header, header.getContext())}
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} data-deadline={row.original.id} data-subject={row.original.subjectRef} data-owner={row.original.ownerAgencyId}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(rows.length > 0 || cursors.length > 1) && (
        <nav className="deadlines-paging" aria-label={t('deadlines.page.paging')}>
          <Button className="button secondary" isDisabled={cursors.length === 1} onPress={() => setCursors(cursors.slice(0, -1))}>
            {t('deadlines.page.previous')}
          </Button>
          <span>{t('deadlines.page.pageNumber', { page: cursors.length })}</span>
          <Button className="button secondary" isDisabled={!pageInfo?.hasNextPage} onPress={() => pageInfo?.endCursor && setCursors([...cursors, pageInfo.endCursor])}>
            {t('deadlines.page.next')}
          </Button>
        </nav>
      )}
    </section>
  );
}

export default DeadlinesPage;
