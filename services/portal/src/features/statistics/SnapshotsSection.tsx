import { useQuery } from '@apollo/client/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../DataTable';
import { apiProblems } from '../../errors';
import { formatDateTime } from '../../format';
import { CountsTable } from './CountsSection';
import { StatisticsSnapshotQuery, StatisticsSnapshotsQuery } from './operations';
import { usePeriodLabel } from './PeriodLabel';
import type { StatisticsSnapshotSummary, StatisticsTable } from './types';

const PAGE = 24;
type SnapshotKind = NonNullable<StatisticsSnapshotSummary['periodKind']>;
const KINDS: SnapshotKind[] = ['MONTH', 'QUARTER', 'YEAR'];

/** A snapshot's table by its measure and dimensions, e.g. "Identifications by sex and region". */
function useTableName() {
  const { t } = useTranslation();
  return (table: Pick<StatisticsTable, 'measure' | 'groupBy'>) =>
    table.groupBy.length
      ? t('statistics.snapshots.tableName', { measure: t(`statistics.measures.${table.measure}`), dimensions: table.groupBy.map((dimension) => t(`statistics.dimensions.${dimension}`)).join(t('statistics.and')) })
      : t(`statistics.measures.${table.measure}`);
}

/** A snapshot's period in words ("Q1 2026"); one stored before periods had a kind, by its two dates. */
function useSnapshotPeriod() {
  const periodLabel = usePeriodLabel();
  return (snapshot: Pick<StatisticsSnapshotSummary, 'periodStart' | 'periodEnd' | 'periodKind'>) =>
    periodLabel({ from: snapshot.periodStart, to: snapshot.periodEnd, granularity: snapshot.periodKind ?? 'EXACT' });
}

/** One snapshot opened: its period and revision, and any of its tables, one at a time. */
function SnapshotView({ id, onExport }: { id: string; onExport: (snapshot: StatisticsSnapshotSummary) => void }) {
  const { t } = useTranslation();
  const periodOf = useSnapshotPeriod();
  const tableName = useTableName();
  const selectId = useId();
  const [index, setIndex] = useState(0);
  const { data, error } = useQuery(StatisticsSnapshotQuery, { variables: { id } });
  const snapshot = data?.statisticsSnapshot;
  if (error)
    return (
      <p role="alert" className="alert">
        {t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}
      </p>
    );
  if (!data) return <p role="status">{t('common.loading')}</p>;
  if (!snapshot)
    return (
      <p role="alert" className="alert">
        {t('apiErrors.NOT_FOUND')}
      </p>
    );
  const tables = snapshot.tables ?? [];
  const table = tables[index];
  const title = t('statistics.snapshots.opened', { period: periodOf(snapshot), revision: snapshot.revision ?? 1 });
  return (
    <div className="card" aria-labelledby="statistics-snapshot-heading" role="group">
      <h3 id="statistics-snapshot-heading">{title}</h3>
      {snapshot.revisionNote && <p>{t('statistics.snapshots.revisionNote', { note: snapshot.revisionNote })}</p>}
      {/* A snapshot is published as files: the export threshold, higher than the page's, decides what it withholds. */}
      {snapshot.threshold !== null && <p className="hint">{t('statistics.snapshots.threshold', { threshold: snapshot.threshold })}</p>}
      <div className="field">
        <label htmlFor={selectId}>{t('statistics.snapshots.table')}</label>
        <select id={selectId} value={index} onChange={(event) => setIndex(Number(event.target.value))}>
          {tables.map((candidate, position) => (
            <option key={position} value={position}>
              {tableName(candidate)}
            </option>
          ))}
        </select>
      </div>
      {table && <CountsTable table={table} headingId="statistics-snapshot-heading" caption={`${title}: ${tableName(table)}`} />}
      <div className="actions">
        <Button className="button secondary" onPress={() => onExport(snapshot)}>
          {t('statistics.snapshots.export')}
        </Button>
      </div>
    </div>
  );
}

/** The published monthly, quarterly and yearly snapshots, each with its revision and the note of what changed. */
export function SnapshotsSection({ onExport }: { onExport: (snapshot: StatisticsSnapshotSummary) => void }) {
  const { t, i18n } = useTranslation();
  const periodOf = useSnapshotPeriod();
  const filterId = useId();
  const [periodKind, setPeriodKind] = useState<SnapshotKind | ''>('');
  const [opened, setOpened] = useState<string | null>(null);
  const { data, error, loading } = useQuery(StatisticsSnapshotsQuery, { variables: { first: PAGE, periodKind: periodKind || null } });
  const rows: StatisticsSnapshotSummary[] = useMemo(() => data?.statisticsSnapshots ?? [], [data]);
  const columns = useMemo(() => {
    const column = createColumnHelper<StatisticsSnapshotSummary>();
    return [
      column.display({ id: 'period', header: () => t('statistics.snapshots.period'), cell: (cell) => periodOf(cell.row.original) }),
      column.accessor('periodKind', { header: () => t('statistics.snapshots.kind'), cell: (cell) => t(`statistics.period.granularities.${cell.getValue() ?? 'EXACT'}`) }),
      column.accessor('revision', { header: () => t('statistics.snapshots.revision'), cell: (cell) => cell.getValue() ?? 1 }),
      column.accessor('revisionNote', { header: () => t('statistics.snapshots.note'), cell: (cell) => cell.getValue() ?? t('statistics.snapshots.firstRevision') }),
      column.accessor('computedAt', { header: () => t('statistics.snapshots.createdAt'), cell: (cell) => formatDateTime(cell.getValue(), i18n.language) }),
      column.display({
        id: 'open',
        header: () => t('statistics.snapshots.actions'),
        cell: (cell) => (
          <Button className="button secondary small" onPress={() => setOpened(cell.row.original.id)} aria-label={t('statistics.snapshots.openLabel', { period: periodOf(cell.row.original), revision: cell.row.original.revision ?? 1 })}>
            {t('statistics.snapshots.open')}
          </Button>
        ),
      }),
    ];
  }, [t, i18n.language]);
  return (
    <section aria-labelledby="statistics-snapshots-heading" className="statistics-section">
      <h2 id="statistics-snapshots-heading">{t('statistics.snapshots.title')}</h2>
      <p className="hint">{t('statistics.snapshots.intro')}</p>
      <div className="field">
        <label htmlFor={filterId}>{t('statistics.snapshots.filter')}</label>
        <select id={filterId} value={periodKind} onChange={(event) => setPeriodKind(event.target.value as SnapshotKind | '')}>
          <option value="">{t('statistics.snapshots.allKinds')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`statistics.period.granularities.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p role="alert" className="alert">
          {t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}
        </p>
      )}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && rows.length === 0 && <p>{t('statistics.snapshots.empty')}</p>}
      {rows.length > 0 && <DataTable labelledBy="statistics-snapshots-heading" caption={t('statistics.snapshots.caption')} rows={rows} columns={columns} rowId={(row) => row.id} className="statistics-table" testId="statistics-snapshots" />}
      {opened && <SnapshotView id={opened} onExport={onExport} />}
    </section>
  );
}
