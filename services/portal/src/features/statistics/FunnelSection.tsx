import { useQuery } from '@apollo/client/react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../DataTable';
import { apiProblems } from '../../errors';
import { BarsChart } from './charts';
import { FigureValue } from './Figures';
import { chartValue } from './model';
import { StatisticsFunnelQuery } from './operations';
import { usePeriodLabel } from './PeriodLabel';
import type { FunnelStep, StageDuration } from './types';

/**
 * The path of the persons identified in the period: identified → referred → accepted → formal identification
 * requested → outcome, and how many days each stage took (median and 90th percentile; docs/statistics.md says which
 * two events each stage runs between).
 */
export function FunnelSection({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { data, error, loading } = useQuery(StatisticsFunnelQuery, { variables: { from, to } });
  const funnel = data?.statisticsFunnel;
  const threshold = funnel?.threshold ?? 0;
  const days = (value: number | null) => (value === null ? t('statistics.noFigure') : t('statistics.funnel.days', { count: value, days: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value) }));
  const stepColumns = useMemo(() => {
    const column = createColumnHelper<FunnelStep>();
    return [
      column.accessor('stage', { header: () => t('statistics.funnel.stage'), cell: (cell) => t(`statistics.funnel.stages.${cell.getValue()}`) }),
      column.display({ id: 'count', header: () => t('statistics.funnel.persons'), cell: (cell) => <FigureValue figure={cell.row.original} threshold={threshold} /> }),
    ];
  }, [t, threshold]);
  const durationColumns = useMemo(() => {
    const column = createColumnHelper<StageDuration>();
    const withheld = (row: StageDuration, value: number | null) => (row.suppressed ? <FigureValue figure={row} threshold={threshold} /> : days(value));
    return [
      column.accessor('stage', { header: () => t('statistics.funnel.interval'), cell: (cell) => t(`statistics.funnel.intervals.${cell.getValue()}`) }),
      column.display({ id: 'median', header: () => t('statistics.funnel.median'), cell: (cell) => withheld(cell.row.original, cell.row.original.medianDays) }),
      column.display({ id: 'p90', header: () => t('statistics.funnel.p90'), cell: (cell) => withheld(cell.row.original, cell.row.original.p90Days) }),
      column.display({ id: 'count', header: () => t('statistics.funnel.persons'), cell: (cell) => <FigureValue figure={cell.row.original} threshold={threshold} /> }),
    ];
  }, [t, i18n.language, threshold]);
  return (
    <section aria-labelledby="statistics-funnel-heading" className="statistics-section">
      <h2 id="statistics-funnel-heading">{t('statistics.funnel.title')}</h2>
      {error && (
        <p role="alert" className="alert">
          {t(`apiErrors.${apiProblems(error)[0]?.code ?? 'INTERNAL'}`)}
        </p>
      )}
      {loading && !funnel && <p role="status">{t('common.loading')}</p>}
      {funnel && (
        <>
          <p className="hint">{t('statistics.counts.period', { period: periodLabel(funnel) })}</p>
          <DataTable labelledBy="statistics-funnel-heading" caption={t('statistics.funnel.caption')} rows={funnel.steps} columns={stepColumns} rowId={(row) => row.stage} className="statistics-table" testId="statistics-funnel" />
          <BarsChart
            label={t('statistics.chartOf', { what: t('statistics.funnel.caption') })}
            layout="vertical"
            data={funnel.steps.map((step) => ({ label: t(`statistics.funnel.stages.${step.stage}`), value: chartValue(step) }))}
            series={[{ key: 'value', label: t('statistics.funnel.persons') }]}
          />
          <h3 id="statistics-durations-heading">{t('statistics.funnel.durationsTitle')}</h3>
          <DataTable labelledBy="statistics-durations-heading" caption={t('statistics.funnel.durationsCaption')} rows={funnel.durations} columns={durationColumns} rowId={(row) => row.stage} className="statistics-table" testId="statistics-durations" />
        </>
      )}
    </section>
  );
}
