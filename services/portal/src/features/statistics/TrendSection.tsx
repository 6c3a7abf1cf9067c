import { useQuery } from '@apollo/client/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../DataTable';
import { apiProblems } from '../../errors';
import { LinesChart } from './charts';
import { FigureValue } from './Figures';
import { chartValue } from './model';
import type { StatisticsTrendQueryVariables } from '../../gql/graphql';
import { StatisticsTrendQuery } from './operations';
import { monthsOf } from './period';
import type { Figure, StatisticsMeasure } from './types';
import { formatCalendar } from '../../format';

interface MonthRow {
  month: number;
  figure: Figure;
}

/**
 * A measure's total for each month of a year, in one request (a month per field; the API counts each month as its own
 * published period, so the pattern of withheld months is the one the year's tables share).
 */
export function TrendSection({ year, measure, today }: { year: number; measure: StatisticsMeasure; today: Date }) {
  const { t, i18n } = useTranslation();
  const months = useMemo(() => monthsOf(year, today), [year, today]);
  const variables = useMemo(
    // m<n>: the month's input, i<n>: whether it has begun (StatisticsTrend's variables, one pair per month).
    () => Object.fromEntries(months.flatMap((month) => [[`m${month.month}`, { from: month.from, to: month.to, groupBy: [], measure }], [`i${month.month}`, month.started]])) as unknown as StatisticsTrendQueryVariables,
    [months, measure],
  );
  const { data, error, loading } = useQuery(StatisticsTrendQuery, { variables });
  const monthName = (month: number) => formatCalendar(`${year}-${month}`, 'LLL', i18n.language);
  const totals = (data ?? {}) as Partial<Record<string, { total?: number | null; totalSuppressed: boolean; threshold: number } | null>>;
  const rows: MonthRow[] = months.flatMap((month) => {
    const total = month.started ? totals[`m${month.month}`] : undefined;
    return total ? [{ month: month.month, figure: { count: total.total ?? null, suppressed: total.totalSuppressed } }] : [];
  });
  const threshold = Object.values(totals).find(Boolean)?.threshold ?? 0;
  const columns = useMemo(() => {
    const column = createColumnHelper<MonthRow>();
    return [
      column.accessor('month', { header: () => t('statistics.trend.month'), cell: (cell) => formatCalendar(`${year}-${cell.getValue()}`, 'LLLL', i18n.language) }),
      column.accessor('figure', { header: () => t(`statistics.measures.${measure}`), cell: (cell) => <FigureValue figure={cell.getValue()} threshold={threshold} /> }),
    ];
  }, [t, i18n.language, year, measure, threshold]);
  const what = t('statistics.trend.caption', { measure: t(`statistics.measures.${measure}`), year });
  return (
    <section aria-labelledby="statistics-trend-heading" className="statistics-section">
      <h2 id="statistics-trend-heading">{t('statistics.trend.title', { year })}</h2>
      {error && (
        <p role="alert" className="alert">
          {t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}
        </p>
      )}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {rows.length > 0 && (
        <>
          <LinesChart label={t('statistics.chartOf', { what })} data={rows.map((row) => ({ label: monthName(row.month), value: chartValue(row.figure) }))} series={[{ key: 'value', label: t(`statistics.measures.${measure}`) }]} />
          <DataTable labelledBy="statistics-trend-heading" caption={what} rows={rows} columns={columns} rowId={(row) => String(row.month)} className="statistics-table" testId="statistics-trend" />
        </>
      )}
    </section>
  );
}
