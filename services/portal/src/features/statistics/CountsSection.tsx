import { useQuery } from '@apollo/client/react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../DataTable';
import { apiProblems } from '../../errors';
import { BarsChart } from './charts';
import { FigureValue, SuppressionNote, useValueLabel } from './Figures';
import { chartValue, pivot, type PivotRow } from './model';
import { NationalStatisticsQuery } from './operations';
import { usePeriodLabel } from './PeriodLabel';
import type { StatisticsInput, StatisticsTable } from './types';

/** A counts table as the API gives it: rows by the first dimension, a column per value of the second, and the total. */
export function CountsTable({ table, headingId, caption }: { table: StatisticsTable; headingId: string; caption: string }) {
  const { t } = useTranslation();
  const label = useValueLabel();
  const layout = useMemo(() => pivot(table), [table]);
  const [rowsBy, columnsBy] = table.groupBy;
  const columns = useMemo(() => {
    const column = createColumnHelper<PivotRow>();
    const first: ColumnDef<PivotRow, string> = column.accessor('key', {
      header: () => (rowsBy ? t(`statistics.dimensions.${rowsBy}`) : t('statistics.total')),
      cell: (cell) => (rowsBy ? label(rowsBy, cell.getValue()) : t('statistics.total')),
    });
    const figures = layout.columns.map((value) =>
      column.display({
        id: `figure-${value}`,
        header: () => (columnsBy ? label(columnsBy, value) : t(`statistics.measures.${table.measure}`)),
        cell: (cell) => <FigureValue figure={cell.row.original.figures[value]!} threshold={table.threshold} />,
      }),
    );
    return [first, ...figures];
  }, [layout, rowsBy, columnsBy, label, t, table.measure, table.threshold]);
  return (
    <>
      <DataTable labelledBy={headingId} caption={caption} rows={layout.rows} columns={columns} rowId={(row) => row.key} className="statistics-table" testId="statistics-counts" />
      <p className="statistics-total">
        {t('statistics.totalOf', { measure: t(`statistics.measures.${table.measure}`) })}{' '}
        <strong>
          <FigureValue figure={{ count: table.total, suppressed: table.totalSuppressed }} threshold={table.threshold} />
        </strong>
        {table.groupBy.includes('EXPLOITATION_TYPE') && <span className="hint"> {t('statistics.multiValued')}</span>}
      </p>
    </>
  );
}

/** The same table as bars (stacked by the second dimension); withheld figures are not drawn. */
export function CountsChart({ table, label }: { table: StatisticsTable; label: string }) {
  const { t } = useTranslation();
  const valueName = useValueLabel();
  const layout = useMemo(() => pivot(table), [table]);
  const [rowsBy, columnsBy] = table.groupBy;
  const series = layout.columns.map((value, index) => ({ key: `s${index}`, label: columnsBy ? valueName(columnsBy, value) : t(`statistics.measures.${table.measure}`) }));
  const data = layout.rows.map((row) => ({
    label: rowsBy ? valueName(rowsBy, row.key) : t('statistics.total'),
    ...Object.fromEntries(layout.columns.map((value, index) => [`s${index}`, chartValue(row.figures[value])])),
  }));
  return <BarsChart label={label} data={data} series={series} stacked={series.length > 1} />;
}

/** Counts for the period, measure and dimensions chosen: the table, why figures are marked (for the whole page), the chart. */
export function CountsSection({ input, threshold }: { input: StatisticsInput; threshold: number }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { data, loading, error } = useQuery(NationalStatisticsQuery, { variables: { input } });
  const table = data?.nationalStatistics;
  const describe = (of: StatisticsTable) =>
    t('statistics.counts.caption', {
      measure: t(`statistics.measures.${of.measure}`),
      dimensions: of.groupBy.map((dimension) => t(`statistics.dimensions.${dimension}`)).join(t('statistics.and')),
      period: periodLabel(of),
    });
  return (
    <section aria-labelledby="statistics-counts-heading" className="statistics-section">
      <h2 id="statistics-counts-heading">{t('statistics.counts.title')}</h2>
      {error && (
        <div role="alert" className="alert">
          {apiProblems(error).map((problem, index) => (
            <p key={index}>{t(`statistics.errors.${problem.code}`, { defaultValue: t(`apiErrors.${problem.code}`) })}</p>
          ))}
        </div>
      )}
      {loading && !table && <p role="status">{t('common.loading')}</p>}
      {table && (
        <>
          <p className="hint" aria-live="polite">
            {t('statistics.counts.period', { period: periodLabel(table) })}
            {(table.from !== input.from || table.to !== input.to) && ` ${t('statistics.counts.snapped')}`}
          </p>
          {table.cells.length === 0 ? <p>{t('statistics.counts.empty')}</p> : <CountsTable table={table} headingId="statistics-counts-heading" caption={describe(table)} />}
          <SuppressionNote threshold={table.threshold} />
          {table.cells.length > 0 && <CountsChart table={table} label={t('statistics.chartOf', { what: describe(table) })} />}
        </>
      )}
      {/* Every section's marks point at this note: it stands even when the counts could not be read. */}
      {!table && <SuppressionNote threshold={threshold} />}
    </section>
  );
}
